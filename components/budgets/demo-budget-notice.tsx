import type { AccessContext } from "@/lib/access/context";
import { isDemoBudget } from "@/lib/budgets/demo";

/** « Données fictives » on every budget page whose figures come from the demo seed; nothing otherwise. */
export async function DemoBudgetNotice({ ctx }: { ctx: AccessContext }) {
  if (!(await isDemoBudget(ctx))) return null;
  const what =
    ctx.scope.type === "ETABLISSEMENT"
      ? "Ces dotations de démonstration sont générées à partir de la grille de coûts du terrain : elles ne décrivent pas ce que la collectivité attribue réellement au collège."
      : "Ce budget de démonstration est généré à partir de la grille de coûts du terrain : les lignes, autorisations de programme, attributions et campagnes ne décrivent pas le budget réel de la collectivité.";
  return (
    <p className="my-3 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
      <strong>Données fictives.</strong> {what}
    </p>
  );
}
