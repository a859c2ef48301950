import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import type { ConventionDetail } from "@/lib/conventions/get-convention";
import type { ConventionProposalRow } from "@/lib/conventions/proposals";
import { articleSchema, matrixRowSchema, signingKindOf } from "@/lib/conventions/content";
import { partyOfScope } from "@/lib/conventions/machine";
import {
  fillVariables,
  MATRIX_HOLDER_LABELS,
  PARTY_IN_SENTENCE,
  PARTY_LABELS,
  partiesOf,
  PROPOSAL_STATUS_LABELS,
} from "@/lib/conventions/vocabulary";
import { formatDate } from "@/lib/format";
import type { ScopeProps } from "@/components/forms/action-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  DecideProposalForms,
  ProposeForm,
  WithdrawProposalForm,
} from "@/components/conventions/proposal-forms";

const STATUS_TONES: Record<ConventionProposalRow["status"], BadgeTone> = {
  OUVERTE: "warning",
  ACCEPTEE: "success",
  REJETEE: "danger",
  RETIREE: "muted",
};

function RowChange({ before, proposed }: { before: unknown; proposed: unknown }) {
  const from = matrixRowSchema.safeParse(before);
  const to = matrixRowSchema.safeParse(proposed);
  if (!from.success || !to.success) return null;
  const level = (l: string) => l || "sans niveau";
  return (
    <dl className="grid gap-x-4 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium">Responsable</dt>
      <dd>
        {MATRIX_HOLDER_LABELS[from.data.holder]} → {MATRIX_HOLDER_LABELS[to.data.holder]}
      </dd>
      <dt className="font-medium">Niveau</dt>
      <dd>
        {level(from.data.level)} → {level(to.data.level)}
      </dd>
      <dt className="font-medium">Précision</dt>
      <dd>
        {from.data.detail || "—"} → {to.data.detail || "—"}
      </dd>
    </dl>
  );
}

function ArticleChange({
  before,
  proposed,
  fill,
}: {
  before: unknown;
  proposed: unknown;
  fill: (text: string) => string;
}) {
  const from = articleSchema.safeParse(before);
  const to = articleSchema.safeParse(proposed);
  if (!from.success || !to.success) return null;
  return (
    <div className="space-y-2 text-sm">
      <p className="font-medium">Texte proposé :</p>
      <blockquote className="whitespace-pre-line border-l-4 border-blue-700 pl-3">
        {fill(to.data.body)}
      </blockquote>
      <details>
        <summary className="cursor-pointer">Texte du brouillon quand il a été proposé</summary>
        <blockquote className="mt-2 whitespace-pre-line border-l-4 border-slate-400 pl-3">
          {fill(from.data.body)}
        </blockquote>
      </details>
    </div>
  );
}

function ProposalItem({
  proposal: p,
  decide,
  withdraw,
  fill,
  scope,
}: {
  proposal: ConventionProposalRow;
  decide: boolean;
  withdraw: boolean;
  fill: (text: string) => string;
  scope: ScopeProps;
}) {
  return (
    <li className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
      <h3 className="text-base">{p.targetLabel}</h3>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={STATUS_TONES[p.status]}>{PROPOSAL_STATUS_LABELS[p.status]}</Badge>
        <span>
          {p.proposed ? "Proposée" : "Commentaire"} par {PARTY_IN_SENTENCE[p.party]} ({p.authorName}
          ), le {formatDate(p.createdAt)} — version {p.versionNumber}
        </span>
      </p>
      <p className="whitespace-pre-line">
        <span className="font-medium">Motif : </span>
        {p.rationale}
      </p>
      {p.target === "ARTICLE" && (
        <ArticleChange before={p.before} proposed={p.proposed} fill={fill} />
      )}
      {p.target === "MATRICE" && <RowChange before={p.before} proposed={p.proposed} />}
      {p.status !== "OUVERTE" && p.decidedAt && (
        <p className="text-sm">
          {p.status === "RETIREE" ? "Retirée" : p.status === "ACCEPTEE" ? "Acceptée" : "Rejetée"}{" "}
          par {p.decidedByName} le {formatDate(p.decidedAt)}
          {p.decisionReason ? ` — ${p.decisionReason}` : ""}
        </p>
      )}
      {decide && <DecideProposalForms proposalId={p.id} change={p.proposed !== null} {...scope} />}
      {withdraw && <WithdrawProposalForm proposalId={p.id} {...scope} />}
    </li>
  );
}

/**
 * How the draft was written together: the académie's and the collège's proposals with the pilot's
 * answers, on every version; on a draft, the form to propose (the académie, the collège) and the
 * answers to give (the collectivité).
 */
export function ProposalsSection({
  ctx,
  convention: c,
  proposals,
  scope,
}: {
  ctx: AccessContext;
  convention: ConventionDetail;
  proposals: readonly ConventionProposalRow[];
  scope: ScopeProps;
}) {
  const draft = c.status === "BROUILLON";
  const party = partyOfScope(ctx.scope.type);
  const pilot = party === "COLLECTIVITE" && can(ctx, "convention.write");
  const proposer =
    party !== null &&
    party !== "COLLECTIVITE" &&
    can(ctx, "convention.propose") &&
    partiesOf(
      signingKindOf({
        kind: c.kind,
        etablissementId: c.etablissement?.uai ?? null,
        academieCode: c.academie?.code ?? null,
      }),
    ).includes(party);
  if (proposals.length === 0 && !(draft && proposer)) return null;
  const open = proposals.filter((p) => p.status === "OUVERTE").length;
  // Texts read as the document does: variables filled with this version's values.
  const fill = (text: string) =>
    fillVariables(text, c.current.values, c.current.content.notApplicable);
  return (
    <section aria-labelledby="propositions-titre" className="space-y-3">
      <h2 id="propositions-titre">Propositions des parties</h2>
      {draft && pilot && open > 0 && (
        <p>
          {open === 1
            ? "Une proposition attend votre réponse"
            : `${open} propositions attendent votre réponse`}{" "}
          : la convention ne peut être soumise à la signature qu&apos;une fois chacune acceptée ou
          rejetée.
        </p>
      )}
      {proposals.length > 0 && (
        <ol className="space-y-3">
          {proposals.map((p) => (
            <ProposalItem
              key={p.id}
              proposal={p}
              decide={draft && pilot && p.status === "OUVERTE"}
              withdraw={draft && proposer && p.status === "OUVERTE" && p.party === party}
              fill={fill}
              scope={scope}
            />
          ))}
        </ol>
      )}
      {draft && proposer && (
        <>
          <h3 className="text-base">Proposer une modification</h3>
          <p className="text-sm">
            Seule la collectivité modifie le brouillon : elle accepte votre proposition (elle est
            alors appliquée) ou la rejette en donnant son motif. Votre proposition est faite au nom
            de {PARTY_IN_SENTENCE[party]} ({PARTY_LABELS[party]}).
          </p>
          <ProposeForm
            conventionId={c.id}
            articles={c.current.content.articles}
            matrix={c.current.content.matrix}
            {...scope}
          />
        </>
      )}
    </section>
  );
}
