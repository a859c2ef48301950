import type { EtablissementHistory } from "@/lib/etablissements/get-etablissement-history";
import { formatDecimal, formatInteger } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";

const rentreeLabel = (rentree: number) => `${rentree}-${rentree + 1}`;
const count = (value: number | null) => (value === null ? "—" : formatInteger(value));

type Effectif = EtablissementHistory["effectifs"][number];

/** The columns of the pupils per level, after the total. */
const GRADES = [
  ["sixieme", "6e"],
  ["cinquieme", "5e"],
  ["quatrieme", "4e"],
  ["troisieme", "3e"],
  ["segpa", "dont Segpa"],
  ["ulis", "dont ULIS"],
] as const satisfies readonly (readonly [keyof Effectif, string])[];

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
        <DataTable<Effectif>
          caption="Élèves par rentrée"
          captionVisible
          className="mt-3"
          rows={history.effectifs}
          rowKey={(e) => e.rentree}
          columns={[
            {
              key: "rentree",
              header: "Rentrée",
              rowHeader: true,
              cell: (e) => rentreeLabel(e.rentree),
            },
            countColumn("total", "Total", (e) => e.total),
            ...GRADES.map(([key, header]): Column<Effectif> => ({
              key,
              header,
              numeric: true,
              cell: (e) => count(e[key]),
            })),
          ]}
        />
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
