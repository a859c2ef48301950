import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { getAcademieNetwork } from "@/lib/network/academie-view";
import { THRESHOLDS_SOURCE } from "@/lib/network/rules";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { tableOnly } from "@/components/charts/chart-types";
import { ExportLinks } from "@/components/ui/export-links";

/** The académie's network page: its départements side by side (shares of the recorded collèges). */
export async function AcademieNetworkPage({ ctx }: { ctx: AccessContext }) {
  const rows = await getAcademieNetwork(ctx);
  const base = `${spaceHref(ctx)}/etablissements`;
  return (
    <section aria-labelledby="reseau-academie-titre" className="space-y-6">
      <p className="text-sm">
        <Link href={base}>← Retour aux établissements</Link>
      </p>
      <h1 id="reseau-academie-titre">Réseau des collèges par département</h1>
      <p className="max-w-3xl text-slate-800">
        Ce que chaque collectivité a renseigné du réseau de ses collèges publics ouverts, comparé à
        ses propres seuils (par défaut : {THRESHOLDS_SOURCE}). Les parts sont celles des collèges
        renseignés ; un département qui n&apos;a rien renseigné n&apos;a pas de part.
      </p>
      <BarChartWithTable
        caption="Collèges renseignés au débit par élève visé, avec le Wi-Fi visé, et prêts, par département"
        summary={`Part des collèges renseignés qui atteignent le débit par élève visé, la couverture Wi-Fi visée, et qui sont prêts pour des équipements interactifs ou mobiles, dans ${rows.length} départements.`}
        categoryHeader="Département"
        series={[
          { key: "perPupil", label: "Au débit par élève visé", kind: "rate" },
          { key: "wifi", label: "Wi-Fi visé", kind: "rate" },
          { key: "ready", label: "Prêts", kind: "rate" },
          tableOnly("colleges", "Collèges publics ouverts", "integer"),
          tableOnly("recorded", "Renseignés", "integer"),
          tableOnly("critical", "Sous le seuil critique", "integer"),
        ]}
        rows={rows.map((d) => ({
          key: d.code,
          label: `${d.name} (${d.code})`,
          values: {
            perPupil: d.perPupilShare,
            wifi: d.wifiShare,
            ready: d.readyShare,
            colleges: d.colleges,
            recorded: d.recorded,
            critical: d.critical,
          },
        }))}
      />
      <ExportLinks href={`${base}/reseau/export`} what="le réseau par département" />
    </section>
  );
}
