import type { Fleet } from "@/lib/dashboards/collectivite-fleet";
import { EQUITY_CLASSES, type Equity, type EquityClass } from "@/lib/dashboards/equity-map";
import { formatInteger, plural } from "@/lib/format";
import { CollegeMap, type MapClass } from "@/components/charts/college-map";
import { DataDisclosure } from "@/components/charts/data-disclosure";
import { DataTable } from "@/components/ui/data-table";
import { ExportLinks } from "@/components/ui/export-links";
import { EquityChart, per100 } from "@/components/dashboards/collectivite/charts";
import { exportHref } from "@/components/dashboards/collectivite/export-href";
import { FleetFigures } from "@/components/dashboards/collectivite/fleet-section";
import { DashboardSection } from "@/components/dashboards/collectivite/section";

/** Each class of the map: a pattern as well as a colour (≥ 3:1 on white). */
const STYLE: Record<EquityClass, Pick<MapClass, "pattern" | "color">> = {
  HAUT: { pattern: "solid", color: "#1e3a8a" },
  MOYEN: { pattern: "dots", color: "#047857" },
  BAS: { pattern: "hatch", color: "#b45309" },
  INCONNU: { pattern: "empty", color: "#334155" },
};

const MAP_CLASSES: MapClass[] = EQUITY_CLASSES.map((c) => ({
  key: c.key,
  label: c.label,
  ...STYLE[c.key],
}));
const classLabel = (key: EquityClass) => EQUITY_CLASSES.find((c) => c.key === key)!.label;

function mapSummary(equity: Equity, collectivite: string): string {
  const { points, missing } = equity.map;
  const count = (key: EquityClass) => points.filter((p) => p.equityClass === key).length;
  const measured = equity.ranked.filter((c) => c.rank !== null);
  const best = measured[0];
  const worst = measured.at(-1);
  const classes = EQUITY_CLASSES.map(
    (c) => `${formatInteger(count(c.key))} : ${c.label.toLowerCase()}`,
  ).join(" ; ");
  const extremes =
    best && worst
      ? ` Le mieux équipé : ${best.name} (${best.communeName}), ${per100(best.terminauxPour100)} ; le moins bien équipé : ${worst.name} (${worst.communeName}), ${per100(worst.terminauxPour100)}.`
      : "";
  const absent =
    missing.length > 0
      ? ` ${plural(missing.length, "collège")} sans coordonnées ne ${missing.length > 1 ? "sont" : "est"} pas placé${missing.length > 1 ? "s" : ""}.`
      : "";
  return `Carte de ${plural(points.length, "collège public", "collèges publics")} de ${collectivite} placés selon leurs coordonnées, par terminaux pour 100 élèves. ${classes}.${extremes}${absent} Les mêmes données figurent dans le tableau qui suit la carte.`;
}

function MapTable({ equity }: { equity: Equity }) {
  return (
    <DataDisclosure summary="Voir les données de la carte">
      <DataTable
        caption="Collèges de la carte : rang, terminaux pour 100 élèves et classe"
        captionVisible
        wrapHeaders
        rows={equity.ranked}
        rowKey={(c) => c.uai}
        columns={[
          {
            key: "rank",
            header: "N° sur la carte",
            numeric: true,
            cell: (c) => c.rank ?? "—",
          },
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (c) => (
              <>
                {c.name} ({c.uai})
                {c.latitude === null || c.longitude === null ? " – sans coordonnées" : ""}
              </>
            ),
          },
          { key: "commune", header: "Commune", cell: (c) => c.communeName },
          {
            key: "terminauxPour100",
            header: "Terminaux pour 100 élèves",
            numeric: true,
            cell: (c) => per100(c.terminauxPour100),
          },
          { key: "class", header: "Classe", cell: (c) => classLabel(c.equityClass) },
        ]}
      />
    </DataDisclosure>
  );
}

/** Equipment equity across collèges: the indicators, a ranking and a map, each with its data. */
export function EquitySection({
  code,
  collectivite,
  fleet,
  equity,
}: {
  code: string;
  collectivite: string;
  fleet: Fleet;
  equity: Equity;
}) {
  const { map } = equity;
  return (
    <DashboardSection id="equite" title="L'équipement des collèges : l'équité entre établissements">
      <FleetFigures code={code} fleet={fleet} />
      <h3>Taux d&apos;équipement par collège</h3>
      <EquityChart equity={equity} fleet={fleet} />
      <ExportLinks
        href={exportHref(code, "equite", { rentree: fleet.rentree })}
        what="le taux d'équipement par collège"
      />
      <h3>Carte des collèges</h3>
      {map.points.length === 0 ? (
        <p>Aucun collège n&apos;a de coordonnées connues : la carte ne peut pas être tracée.</p>
      ) : (
        <CollegeMap
          id="carte-colleges"
          width={map.width}
          height={map.height}
          scaleBar={map.scaleBar}
          classes={MAP_CLASSES}
          summary={mapSummary(equity, collectivite)}
          points={map.points.map((p) => ({
            key: p.uai,
            x: p.x,
            y: p.y,
            classKey: p.equityClass,
            mark: p.rank === null ? null : String(p.rank),
            title: `${p.rank === null ? "" : `${p.rank}. `}${p.name} (${p.communeName}) : ${per100(p.terminauxPour100)} terminaux pour 100 élèves`,
          }))}
        />
      )}
      <MapTable equity={equity} />
      <ExportLinks
        href={exportHref(code, "carte", { rentree: fleet.rentree })}
        what="les données de la carte"
      />
    </DashboardSection>
  );
}
