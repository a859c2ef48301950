import type { CoverageRow } from "@/lib/conventions/coverage";
import { DataTable } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";

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
      <DataTable<CoverageRow>
        caption="Collèges publics ouverts couverts par une convention tripartite en vigueur, par collectivité"
        rows={rows}
        rowKey={(r) => r.collectiviteCode}
        columns={[
          { key: "name", header: "Collectivité", rowHeader: true, cell: (r) => r.collectiviteName },
          countColumn("colleges", "Collèges publics", (r) => r.colleges),
          countColumn("inForce", "Convention en vigueur", (r) => r.inForce),
          {
            key: "coverage",
            header: "Couverture",
            numeric: true,
            className: "font-semibold",
            cell: (r) => (r.colleges ? percent.format(r.inForce / r.colleges) : "—"),
          },
          countColumn("inSignature", "En signature", (r) => r.inSignature),
          countColumn("drafts", "En brouillon", (r) => r.drafts),
        ]}
      />
    </section>
  );
}
