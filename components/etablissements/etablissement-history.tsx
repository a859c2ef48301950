import type { EtablissementHistory } from "@/lib/etablissements/get-etablissement-history";
import { formatDecimal, formatInteger } from "@/lib/format";

const rentreeLabel = (rentree: number) => `${rentree}-${rentree + 1}`;
const count = (value: number | null) => (value === null ? "—" : formatInteger(value));

/** Pupils per rentrée and IPS, from the ministry's files, with their source. */
export function EtablissementHistoryTables({ history }: { history: EtablissementHistory }) {
  const sources = [
    ...new Set([...history.effectifs.map((e) => e.source), ...history.ips.map((i) => i.source)]),
  ];
  return (
    <section
      aria-labelledby="eleves-titre"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="eleves-titre">Élèves et indice de position sociale</h2>
      {history.effectifs.length === 0 ? (
        <p className="mt-2 text-slate-700">Aucun effectif importé pour cet établissement.</p>
      ) : (
        <div className="mt-3 relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="text-left font-medium">Élèves par rentrée</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Rentrée
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Total
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  6e
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  5e
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  4e
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  3e
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  dont Segpa
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  dont ULIS
                </th>
              </tr>
            </thead>
            <tbody>
              {history.effectifs.map((e) => (
                <tr key={e.rentree} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {rentreeLabel(e.rentree)}
                  </th>
                  <td className="px-3 py-2 text-right">{formatInteger(e.total)}</td>
                  <td className="px-3 py-2 text-right">{count(e.sixieme)}</td>
                  <td className="px-3 py-2 text-right">{count(e.cinquieme)}</td>
                  <td className="px-3 py-2 text-right">{count(e.quatrieme)}</td>
                  <td className="px-3 py-2 text-right">{count(e.troisieme)}</td>
                  <td className="px-3 py-2 text-right">{count(e.segpa)}</td>
                  <td className="px-3 py-2 text-right">{count(e.ulis)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.ips.length === 0 ? (
        <p className="mt-4 text-slate-700">Aucun IPS publié pour cet établissement.</p>
      ) : (
        <ul className="mt-4 space-y-1">
          {history.ips.map((i) => (
            <li key={i.rentree}>
              IPS {rentreeLabel(i.rentree)} : <strong>{formatDecimal(i.ips)}</strong>
              {i.ecartType !== null ? ` (écart-type ${formatDecimal(i.ecartType)})` : ""}
            </li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <p className="mt-4 text-xs text-slate-700">
          Source : {sources.join(" ; ")}, Licence Ouverte 2.0.
        </p>
      )}
    </section>
  );
}
