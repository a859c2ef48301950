import { notFound } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import { getEtablissementGaps } from "@/lib/inventory/gaps";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { formatInteger } from "@/lib/format";
import { InventoryPageTabs } from "@/components/inventory/inventory-tabs";
import {
  columnOfAggregate,
  columnOfCollege,
  IndicatorComparison,
  IndicatorMethod,
} from "@/components/inventory/indicators/indicator-comparison";
import { EtablissementGaps } from "@/components/inventory/gaps/etablissement-gaps";
import { orNotFound } from "@/app/_server/or-not-found";

/** A collège's own indicators beside its collectivité's average and the national references, then its gaps. */
export async function EtablissementIndicatorsPage({ ctx }: { ctx: AccessContext }) {
  if (ctx.scope.type !== "ETABLISSEMENT") notFound();
  const uai = ctx.scope.uai;
  const [data, gaps, demo] = await orNotFound(
    Promise.all([
      getEtablissementIndicators(ctx, uai),
      getEtablissementGaps(ctx, uai),
      hasDemoInventory(ctx),
    ]),
  );
  const { college, collectivite } = data;
  return (
    <>
      <InventoryPageTabs ctx={ctx} current="indicateurs" demo={demo} />
      <h1>Indicateurs du collège</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Indicateurs au sens de l&apos;enquête ETIC, calculés à partir de l&apos;inventaire du
        collège : seuls les équipements <strong>en service</strong> sont comptés. La moyenne de la
        collectivité est pondérée par les élèves de ses collèges.
      </p>
      <p className="mt-2 text-sm text-slate-800">
        {college.effectif ? (
          <>
            Effectif retenu : {formatInteger(college.effectif.total)} élèves, rentrée{" "}
            {college.effectif.rentree} (source : {college.effectif.source}).
          </>
        ) : (
          <>
            L&apos;effectif du collège n&apos;est pas connu : ses ratios par élève ne sont pas
            calculables (« — »).
          </>
        )}
      </p>
      <div className="mt-4">
        <IndicatorComparison
          caption={`Indicateurs du collège, moyenne de sa collectivité (${collectivite.name}) et références nationales`}
          columns={[
            columnOfCollege(college.name, college),
            columnOfAggregate(`Moyenne : ${collectivite.name}`, collectivite.aggregate),
          ]}
          references={data.references}
        />
      </div>
      <IndicatorMethod references={data.references} />
      <EtablissementGaps row={gaps.row} collectiviteName={collectivite.name} />
    </>
  );
}
