import type { AssistanceMeasures } from "@/lib/assistance/measures";
import { measuresSearchOf, MAX_MONTHS, shiftMonth } from "@/lib/assistance/measures-schemas";
import type { AssistanceExportKey } from "@/lib/assistance/measures-schemas";
import { filtersLabel } from "@/lib/assistance/measures-tables";
import { HANDLER_PARTIES, HANDLER_PARTY_LABELS, ROUTING_LEVELS } from "@/lib/assistance/vocabulary";
import { todayInParisIso } from "@/lib/dates";
import { formatDecimal, formatInteger, formatMonth } from "@/lib/format";
import { labelledOptions } from "@/components/ui/select";
import { FilterForm } from "@/components/ui/filter-form";
import { ExportLinks } from "@/components/ui/export-links";
import { DashboardSection, Figure } from "@/components/dashboards/collectivite/section";
import {
  BacklogChart,
  DelaysChart,
  EquipmentCharts,
  VolumeChart,
} from "@/components/assistance/measures-charts";

/*
 * The « Assistance » panel of the collectivité, académie and collège dashboards (members with
 * incident.read): volume, delays, backlog and failing equipment, each chart with its table and
 * its export, under one filter form (queue, level, months).
 */

const hours = (value: number | null) => (value === null ? "—" : `${formatDecimal(value)} h`);
const rate = (value: number | null) =>
  value === null ? "sans engagement mesuré" : `${formatDecimal(value * 100)} %`;

/** The months one can pick: the last MAX_MONTHS, newest first. */
function monthOptions(now: Date) {
  const current = todayInParisIso(now).slice(0, 7);
  return Array.from({ length: MAX_MONTHS }, (_, i) => {
    const month = shiftMonth(current, -i);
    return { value: month, label: formatMonth(month) };
  });
}

function MeasuresFiltersForm({ action, m }: { action: string; m: AssistanceMeasures }) {
  const months = monthOptions(m.now);
  return (
    <FilterForm
      action={`${action}#assistance-titre`}
      resetHref={`${action}#assistance-titre`}
      submitLabel="Afficher les mesures"
      className="mt-0"
      values={measuresSearchOf(m.filters)}
      filters={[
        {
          name: "partie",
          label: "File",
          all: "Toutes",
          options: labelledOptions(HANDLER_PARTIES, HANDLER_PARTY_LABELS),
        },
        {
          name: "niveau",
          label: "Niveau",
          all: "Tous",
          options: ROUTING_LEVELS.map((l) => ({ value: l, label: l })),
        },
        { name: "du", label: "Du mois", options: months },
        { name: "au", label: "Au mois", options: months },
      ]}
    />
  );
}

export function AssistancePanel({
  m,
  action,
  exportPath,
}: {
  m: AssistanceMeasures;
  /** The dashboard's URL, where the filter form sends. */
  action: string;
  /** The dashboard's export route (`…/tableau-de-bord/export`). */
  exportPath: string;
}) {
  const search = measuresSearchOf(m.filters);
  const href = (key: AssistanceExportKey) =>
    `${exportPath}?${new URLSearchParams({ graphique: key, ...search }).toString()}`;
  const all = m.delays.find((d) => d.party === null);
  const open = m.backlog.find((b) => b.party === null);
  return (
    <DashboardSection id="assistance" title="Assistance">
      <p className="text-sm text-slate-800">Incidents et demandes {filtersLabel(m.filters)}.</p>
      <MeasuresFiltersForm action={action} m={m} />
      <dl className="grid gap-4 sm:grid-cols-4">
        <Figure label="Signalés sur la période" value={formatInteger(m.volume.total)} />
        <Figure label="Ouverts aujourd'hui" value={formatInteger(open?.open ?? 0)}>
          dont {formatInteger(open?.overdue ?? 0)} hors délai
        </Figure>
        <Figure label="Prise en charge, médiane" value={hours(all?.takeMedian ?? null)}>
          dans le délai : {rate(all?.takeRate ?? null)}
        </Figure>
        <Figure label="Résolution, médiane" value={hours(all?.resolveMedian ?? null)}>
          dans le délai : {rate(all?.resolveRate ?? null)}
        </Figure>
      </dl>
      <VolumeChart m={m} />
      <ExportLinks href={href("assistance-volume")} what="le volume par mois et par domaine" />
      <DelaysChart m={m} />
      <ExportLinks
        href={href("assistance-delais")}
        what="les délais et le respect des engagements"
      />
      <BacklogChart m={m} />
      <ExportLinks href={href("assistance-stock")} what="les incidents ouverts par ancienneté" />
      {m.equipment ? (
        <>
          <EquipmentCharts m={m} />
          <ExportLinks
            href={href("assistance-equipements")}
            what="les incidents pour 100 équipements"
          />
          <ExportLinks href={href("assistance-modeles")} what="les modèles les plus touchés" />
        </>
      ) : null}
    </DashboardSection>
  );
}
