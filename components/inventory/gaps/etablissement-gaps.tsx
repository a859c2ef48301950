import type { GapRow } from "@/lib/inventory/gaps";
import { GAP_COST_CATEGORY, GAP_TARGET_LABELS, GAP_TARGETS } from "@/lib/inventory/gaps";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatInteger } from "@/lib/format";
import { GapsMethod } from "@/components/inventory/gaps/gaps-method";
import { DataTable } from "@/components/ui/data-table";

/** One collège's gaps against its collectivité's référentiel, target by target. */
export function EtablissementGaps({
  row,
  collectiviteName,
}: {
  row: GapRow;
  collectiviteName: string;
}) {
  const gaps = row.gaps;
  return (
    <section aria-labelledby="ecarts-college" className="mt-10">
      <h2 id="ecarts-college">Écarts au référentiel de la collectivité</h2>
      <p className="mt-2 max-w-3xl text-slate-800">
        Ce qui manque au collège pour atteindre le référentiel d&apos;équipement de sa collectivité
        ({collectiviteName}), et ce qui le dépasse.
      </p>
      {!gaps ? (
        <p className="mt-3 rounded border border-slate-400 bg-slate-50 p-3 text-sm">
          Non calculable : l&apos;effectif du collège n&apos;est pas connu, les besoins ne peuvent
          pas en être déduits.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-800">
            {formatInteger(row.effectif!.total)} élèves (rentrée {row.effectif!.rentree}), soit{" "}
            {formatInteger(gaps.salles)} salles estimées.
          </p>
          <DataTable
            caption="Besoins, équipements en service et coût estimé du manque"
            captionVisible
            label="Tableau (défilement horizontal)"
            className="mt-3"
            rows={GAP_TARGETS.map((t) => ({ t, line: gaps.lines[t] }))}
            rowKey={({ t }) => t}
            columns={[
              {
                key: "target",
                header: "Équipement",
                rowHeader: true,
                className: "font-medium",
                cell: ({ t }) => GAP_TARGET_LABELS[t],
              },
              {
                key: "required",
                header: "Requis",
                numeric: true,
                cell: ({ line }) => formatInteger(line.required),
              },
              {
                key: "actual",
                header: "En service",
                numeric: true,
                cell: ({ line }) => formatInteger(line.actual),
              },
              {
                key: "missing",
                header: "Manquants",
                numeric: true,
                cell: ({ line }) =>
                  line.missing > 0 ? (
                    <span className="font-semibold text-red-900">
                      {formatInteger(line.missing)}
                    </span>
                  ) : (
                    formatInteger(line.missing)
                  ),
              },
              {
                key: "excess",
                header: "Au-delà",
                numeric: true,
                cell: ({ line }) => formatInteger(line.excess),
              },
              {
                key: "unitCost",
                header: "Coût unitaire retenu",
                numeric: true,
                cell: ({ t, line }) => (
                  <>
                    {formatCents(line.unitCostCents)}
                    <span className="block text-xs text-slate-700">
                      {CATEGORY_LABELS[GAP_COST_CATEGORY[t]]}
                    </span>
                  </>
                ),
              },
              {
                key: "missingCost",
                header: "Coût estimé du manque",
                numeric: true,
                cell: ({ line }) => formatCents(line.missingCostCents),
              },
            ]}
            totals={{ label: "Total", cells: { missingCost: formatCents(gaps.missingCostCents) } }}
          />
          <p className="mt-2 text-sm">
            {gaps.enEcart
              ? "Le collège est en écart : il lui manque de l'équipement."
              : "Le collège atteint le référentiel sur chacun des quatre objectifs."}
          </p>
        </>
      )}
      <GapsMethod />
    </section>
  );
}
