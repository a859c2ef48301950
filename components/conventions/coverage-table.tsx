import type { CoverageRow } from "@/lib/conventions/coverage";
import { formatInteger } from "@/lib/format";

const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** Share of the public collèges with a tripartite convention in force, per collectivité. */
export function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section
      aria-labelledby="couverture-titre"
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="couverture-titre">Couverture des collèges publics</h2>
      <div className="mt-2 relative overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            Collèges publics ouverts couverts par une convention tripartite en vigueur, par
            collectivité
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Collectivité
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Collèges publics
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Convention en vigueur
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Couverture
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                En signature
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                En brouillon
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.collectiviteCode} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-normal">
                  {r.collectiviteName}
                </th>
                <td className="px-3 py-2 text-right">{formatInteger(r.colleges)}</td>
                <td className="px-3 py-2 text-right">{formatInteger(r.inForce)}</td>
                <td className="px-3 py-2 text-right font-semibold">
                  {r.colleges ? percent.format(r.inForce / r.colleges) : "—"}
                </td>
                <td className="px-3 py-2 text-right">{formatInteger(r.inSignature)}</td>
                <td className="px-3 py-2 text-right">{formatInteger(r.drafts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
