import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { getEtablissementInventorySummary } from "@/lib/inventory/summary";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import {
  columnOfAggregate,
  columnOfCollege,
  IndicatorComparison,
} from "@/components/inventory/indicators/indicator-comparison";
import { EtablissementInventorySummaryTable } from "@/components/inventory/etablissement-inventory-summary";
import { orNullIfNotFound } from "@/app/_server/or-not-found";

/**
 * The inventory part of a collège's page in any space: its equipment per category and status,
 * with links to the lists and indicators. Nothing when the member may not read the inventory.
 */
export async function EtablissementInventorySection({
  ctx,
  etablissement,
}: {
  ctx: AccessContext;
  etablissement: { id: string; uai: string };
}) {
  if (!ctx.permissions.has("inventory.read") || ctx.scope.type === "PLATFORM") return null;
  const [summary, indicators] = await Promise.all([
    getEtablissementInventorySummary(ctx, etablissement.id),
    // Indicators exist for open public collèges only: a private or closed one has none.
    orNullIfNotFound(getEtablissementIndicators(ctx, etablissement.uai)),
  ]);
  const base = `${spaceHref(ctx)}/inventaire`;
  const own = ctx.scope.type === "ETABLISSEMENT";
  const listHref = own ? base : `${base}?uai=${etablissement.uai}`;
  return (
    <section aria-labelledby="inventaire-college-titre" className="space-y-3">
      <h2 id="inventaire-college-titre">Inventaire</h2>
      <EtablissementInventorySummaryTable summary={summary} listHref={listHref} />
      {summary.total > 0 && indicators ? (
        <IndicatorComparison
          caption={`Indicateurs ETIC du collège (équipements en service), moyenne de ${indicators.collectivite.name} et références nationales`}
          columns={[
            columnOfCollege(indicators.college.name, indicators.college),
            columnOfAggregate(
              `Moyenne : ${indicators.collectivite.name}`,
              indicators.collectivite.aggregate,
            ),
          ]}
          references={indicators.references}
        />
      ) : null}
      <p className="text-sm">
        <Link href={listHref}>Voir les équipements</Link>
        {" · "}
        <Link href={own ? `${base}/indicateurs` : `${base}/indicateurs?uai=${etablissement.uai}`}>
          Indicateurs
        </Link>
      </p>
    </section>
  );
}
