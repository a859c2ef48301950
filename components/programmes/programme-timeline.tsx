import { formatDate, plural } from "@/lib/format";
import type { ProgrammeDetail } from "@/lib/programmes/read-programmes";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { tableOnly } from "@/components/charts/chart-types";

type Wave = Pick<ProgrammeDetail["waves"][number], "number" | "prefiguration" | "deploymentOn">;

/** « Vague 1 (préfiguration), 01/09/2027 ». */
export function waveLabel(wave: Wave): string {
  return `Vague ${wave.number}${wave.prefiguration ? " (préfiguration)" : ""}, ${formatDate(wave.deploymentOn)}`;
}

/** The waves in date order: the collèges ready and not yet, with the units and cost in the table. */
export function ProgrammeTimeline({ programme }: { programme: ProgrammeDetail }) {
  const rows = programme.waves.map((wave) => ({
    key: wave.id,
    label: waveLabel(wave),
    axisLabel: `V${wave.number} ${wave.deploymentOn.getUTCFullYear()}`,
    values: {
      ready: wave.ready,
      notReady: wave.notReady,
      units: wave.units,
      cost: wave.costCents,
    },
  }));
  return (
    <section aria-labelledby="calendrier-titre" className="space-y-2">
      <h2 id="calendrier-titre">Calendrier des vagues</h2>
      <BarChartWithTable
        caption="Collèges de chaque vague, prêts ou non, équipements et coût estimé"
        summary={`Calendrier du programme : ${plural(rows.length, "vague")} dans l'ordre des dates, avec pour chacune les collèges prêts et ceux qui ne le sont pas encore.`}
        categoryHeader="Vague"
        series={[
          { key: "ready", label: "Collèges prêts", kind: "integer" },
          { key: "notReady", label: "Collèges pas encore prêts", kind: "integer" },
          tableOnly("units", "Équipements prévus", "integer"),
          tableOnly("cost", "Coût estimé", "cents"),
        ]}
        rows={rows}
        total={{
          key: "total",
          label: "Total",
          values: {
            ready: programme.waves.reduce((sum, w) => sum + w.ready, 0),
            notReady: programme.waves.reduce((sum, w) => sum + w.notReady, 0),
            units: programme.units,
            cost: programme.costCents,
          },
        }}
        height={260}
      />
    </section>
  );
}
