import type { CollegeNetwork } from "@/lib/network/read-network";
import { formatDate } from "@/lib/format";
import { scopePropsOf } from "@/components/forms/scope-fields";
import type { AccessContext } from "@/lib/access/context";
import { Badge } from "@/components/ui/badge";
import { AnswerSuggestionForm, SuggestionForm } from "@/components/network/suggestion-forms";

const STATUS = {
  OUVERTE: { label: "En attente de la collectivité", tone: "warning" },
  PRISE_EN_COMPTE: { label: "Prise en compte", tone: "success" },
  ECARTEE: { label: "Écartée", tone: "neutral" },
} as const;

/**
 * The corrections the collège suggested (declarations of the collège, answered by the collectivité):
 * the collège suggests, the collectivité answers; the académie does not see them.
 */
export function NetworkSuggestions({
  ctx,
  n,
  path,
}: {
  ctx: AccessContext;
  n: CollegeNetwork;
  path: string;
}) {
  if (!n.canSuggest && n.suggestions.length === 0) return null;
  const scope = scopePropsOf(ctx, path);
  return (
    <section aria-labelledby="suggestions-reseau-titre" className="space-y-2">
      <h3 id="suggestions-reseau-titre">Corrections suggérées par le collège</h3>
      <p className="text-sm text-slate-800">
        Déclarations du collège : seule la collectivité corrige la fiche réseau.
      </p>
      {n.suggestions.length === 0 ? (
        <p className="text-sm">Aucune correction suggérée.</p>
      ) : (
        <ul className="space-y-3">
          {n.suggestions.map((s) => (
            <li key={s.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p>
                <Badge tone={STATUS[s.status].tone}>{STATUS[s.status].label}</Badge> Déclaré par{" "}
                {s.createdByName} (collège) le {formatDate(s.createdAt)} :
              </p>
              <blockquote className="mt-1 border-l-4 border-slate-300 pl-3">{s.message}</blockquote>
              {s.answeredAt ? (
                <p className="mt-1">
                  Réponse de {s.answeredByName} (collectivité) le {formatDate(s.answeredAt)}
                  {s.answer ? ` : ${s.answer}` : "."}
                </p>
              ) : n.canEdit ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">Répondre à cette suggestion</summary>
                  <div className="mt-2">
                    <AnswerSuggestionForm suggestionId={s.id} {...scope} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {n.canSuggest ? (
        <details>
          <summary className="cursor-pointer">Suggérer une correction à la collectivité</summary>
          <div className="mt-2">
            <SuggestionForm {...scope} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
