import type { GapRow } from "@/lib/inventory/gaps";
import { GAP_COST_CATEGORY, GAP_TARGET_LABELS, GAP_TARGETS } from "@/lib/inventory/gaps";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatInteger } from "@/lib/format";
import { GapsMethod } from "@/components/inventory/gaps/gaps-method";
import { ScrollRegion } from "@/components/ui/scroll-region";

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
          <ScrollRegion label="Tableau (défilement horizontal)" className="mt-3">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="px-3 py-2 text-left font-semibold">
                Besoins, équipements en service et coût estimé du manque
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Équipement
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Requis
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    En service
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Manquants
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Au-delà
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Coût unitaire retenu
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Coût estimé du manque
                  </th>
                </tr>
              </thead>
              <tbody>
                {GAP_TARGETS.map((t) => {
                  const line = gaps.lines[t];
                  return (
                    <tr key={t} className="border-t border-slate-200">
                      <th scope="row" className="px-3 py-2 font-medium">
                        {GAP_TARGET_LABELS[t]}
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatInteger(line.required)}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatInteger(line.actual)}
                      </td>
                      <td
                        className={`px-3 py-2 text-right tabular-nums ${line.missing > 0 ? "font-semibold text-red-900" : ""}`}
                      >
                        {formatInteger(line.missing)}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatInteger(line.excess)}
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatCents(line.unitCostCents)}
                        <span className="block text-xs text-slate-700">
                          {CATEGORY_LABELS[GAP_COST_CATEGORY[t]]}
                        </span>
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatCents(line.missingCostCents)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot className="border-t-2 border-slate-400 bg-slate-50">
                <tr>
                  <th scope="row" colSpan={6} className="px-3 py-2 text-left">
                    Total
                  </th>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">
                    {formatCents(gaps.missingCostCents)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollRegion>
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
