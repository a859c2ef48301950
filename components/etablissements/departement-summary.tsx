import Link from "next/link";
import { formatInteger } from "@/lib/format";

interface Row {
  code: string;
  name: string;
  public: number;
  prive: number;
  total: number;
}

/** Open établissements per département, each linked to the registry filtered on it. */
export function DepartementSummary({ rows, listHref }: { rows: Row[]; listHref: string }) {
  const sum = (key: "public" | "prive" | "total") => rows.reduce((acc, r) => acc + r[key], 0);
  return (
    <table className="mt-3 w-full border-collapse text-left text-sm">
      <caption className="sr-only">Collèges ouverts par département</caption>
      <thead className="bg-slate-100">
        <tr>
          <th scope="col" className="px-3 py-2">Département</th>
          <th scope="col" className="px-3 py-2 text-right">Publics</th>
          <th scope="col" className="px-3 py-2 text-right">Privés</th>
          <th scope="col" className="px-3 py-2 text-right">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} className="border-t border-slate-200">
            <th scope="row" className="px-3 py-2 font-normal">
              <Link href={`${listHref}?departement=${r.code}`}>{r.name} ({r.code})</Link>
            </th>
            <td className="px-3 py-2 text-right">{formatInteger(r.public)}</td>
            <td className="px-3 py-2 text-right">{formatInteger(r.prive)}</td>
            <td className="px-3 py-2 text-right">{formatInteger(r.total)}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > 1 && (
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" className="px-3 py-2">Total</th>
            <td className="px-3 py-2 text-right">{formatInteger(sum("public"))}</td>
            <td className="px-3 py-2 text-right">{formatInteger(sum("prive"))}</td>
            <td className="px-3 py-2 text-right">{formatInteger(sum("total"))}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
