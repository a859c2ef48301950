import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { GAP_COST_CATEGORY, GAP_TARGET_NOUNS, GAP_TARGETS } from "@/lib/inventory/gaps";

/** How the needs are derived from the pupils and the référentiel, and how the missing is priced. */
export function GapsMethod({ referentialHref }: { referentialHref?: string }) {
  return (
    <details className="mt-4 rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">Méthode de calcul</summary>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Chaque collège est mesuré au référentiel de <strong>sa</strong> collectivité
          {referentialHref ? (
            <>
              {" "}
              (<a href={referentialHref}>voir le référentiel</a>)
            </>
          ) : null}
          , à partir de son dernier effectif connu ; sans effectif, il n&apos;est pas calculable.
        </li>
        <li>Salles estimées = effectif ÷ élèves par salle, arrondi à l&apos;unité supérieure.</li>
        <li>
          Terminaux requis = effectif ÷ élèves par terminal ; affichages interactifs requis = salles
          × affichages par salle ; bornes Wi-Fi requises = salles × bornes par salle (arrondis à
          l&apos;unité supérieure) ; classes mobiles requises = le nombre fixé par collège.
        </li>
        <li>
          En service : seuls les équipements en service sont comptés (terminaux : postes fixes,
          portables, ultra-portables, tablettes, EIM ; affichages : TNI/TBI, VPI, ENI).
        </li>
        <li>
          Coût estimé du manque, aux coûts unitaires du référentiel :{" "}
          {GAP_TARGETS.map(
            (t) =>
              `${GAP_TARGET_NOUNS[t]} au coût unitaire de la catégorie « ${CATEGORY_LABELS[GAP_COST_CATEGORY[t]]} »`,
          ).join(", ")}
          . Ce n&apos;est pas un devis.
        </li>
        <li>
          Ce qui dépasse le référentiel est indiqué (« au-delà ») mais n&apos;entre dans aucun coût.
        </li>
      </ul>
    </details>
  );
}
