import Link from "next/link";
import type { ProgrammeYears } from "@/lib/programmes/read-programmes";
import type { PlanCell } from "@/lib/inventory/renewal-plan";
import { formatCents, plural } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

interface Row {
  key: string;
  label: string;
  perYear: { units: number; costCents: number }[];
  total: number;
}

const cost = (cell: { units: number; costCents: number }) =>
  cell.costCents === 0 ? (
    "—"
  ) : (
    <>
      {formatCents(cell.costCents)}
      <span className="block text-xs text-slate-700">{plural(cell.units, "équipement")}</span>
    </>
  );

/**
 * The waves of the adopted deployment programmes beside the renewal of the fleet, per plan year:
 * what the collectivité spends on equipment, renewal and programmes together.
 */
export function PlanProgrammes({
  programmes,
  renewal,
  years,
  programmesHref,
}: {
  programmes: ProgrammeYears;
  renewal: PlanCell[];
  years: readonly number[];
  programmesHref: string;
}) {
  const rows: Row[] = programmes.map((p) => ({
    key: p.id,
    label: `Programme « ${p.title} »`,
    perYear: p.perYear,
    total: p.costCents,
  }));
  const renewalRow: Row = {
    key: "renouvellement",
    label: "Renouvellement du parc (ce plan)",
    perYear: renewal.map((c) => ({ units: c.count, costCents: c.costCents })),
    total: renewal.reduce((sum, c) => sum + c.costCents, 0),
  };
  const all = [...rows, renewalRow];
  return (
    <section aria-labelledby="plan-programmes-titre" className="mt-6 space-y-2">
      <h2 id="plan-programmes-titre">Avec les programmes de déploiement</h2>
      <p className="max-w-3xl text-sm text-slate-800">
        Les vagues des programmes adoptés équipent des collèges en plus du renouvellement (leur coût
        : équipements prévus × coût unitaire du programme). Les filtres du plan ne s&apos;appliquent
        pas aux programmes. Un programme qui remplace des équipements dus au renouvellement (des
        vidéoprojecteurs par des écrans, par exemple) les compterait deux fois : fixez l&apos;année
        de ces équipements dans la liste du plan, ou réformez-les à la livraison.{" "}
        <Link href={programmesHref}>Voir les programmes</Link>
      </p>
      <DataTable<Row>
        caption="Renouvellement et programmes de déploiement, par exercice"
        rows={all}
        rowKey={(r) => r.key}
        rowClassName="align-top"
        wrapHeaders
        columns={[
          { key: "label", header: "Dépense", rowHeader: true, cell: (r) => r.label },
          ...years.map((year, i) => ({
            key: String(year),
            header: String(year),
            numeric: true,
            cell: (r: Row) => cost(r.perYear[i]!),
          })),
          { key: "total", header: "Total", numeric: true, cell: (r) => formatCents(r.total) },
        ]}
        totals={{
          label: "Total",
          cells: {
            ...Object.fromEntries(
              years.map((year, i) => [
                String(year),
                formatCents(all.reduce((sum, r) => sum + r.perYear[i]!.costCents, 0)),
              ]),
            ),
            total: formatCents(all.reduce((sum, r) => sum + r.total, 0)),
          },
        }}
      />
    </section>
  );
}
