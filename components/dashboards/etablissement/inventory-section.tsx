import Link from "next/link";
import type { CollegeInventory } from "@/lib/dashboards/etablissement-dashboard";
import type { IndicatorValues } from "@/lib/inventory/indicator-math";
import { formatDecimal, formatInteger } from "@/lib/format";
import { EtablissementInventorySummaryTable } from "@/components/inventory/etablissement-inventory-summary";
import { DemoNotice } from "@/components/inventory/demo-notice";
import {
  AgeChart,
  EquipmentChart,
  ReferentialChart,
} from "@/components/dashboards/etablissement/charts";

type Indicators = NonNullable<CollegeInventory["indicators"]>;

const decimal = (value: number | null) =>
  value === null ? "non calculable" : formatDecimal(value);

/** The two ETIC ratios people quote, with one decimal, beside the average and the national reference. */
function KeyRatios({ data }: { data: Indicators }) {
  const { college, collectivite, references } = data;
  const lines: {
    label: string;
    value: (i: IndicatorValues) => number | null;
    reference: string;
  }[] = [
    {
      label: "Terminaux pour 100 élèves",
      value: (i) => i.terminauxPour100,
      reference: `${references.terminauxPour100.value} (${references.terminauxPour100.year})`,
    },
    {
      label: "Élèves par terminal",
      value: (i) => i.elevesParTerminal,
      reference: `${references.elevesParTerminal.value} (${references.elevesParTerminal.year})`,
    },
  ];
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {lines.map((l) => (
        <div key={l.label} className="rounded border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">{l.label}</dt>
          <dd>
            <span className="text-xl font-semibold tabular-nums">
              {decimal(l.value(college.indicators))}
            </span>
            <span className="block text-sm text-slate-700">
              Moyenne de {collectivite.name} : {decimal(l.value(collectivite.aggregate.indicators))}{" "}
              ; référence nationale : {l.reference}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function IndicatorCharts({ uai, data }: { uai: string; data: Indicators }) {
  const { college } = data;
  return (
    <div className="space-y-3">
      <h3>
        Mes indicateurs face à la moyenne de {data.collectivite.name} et aux références nationales
      </h3>
      <p className="text-sm">
        {college.effectif
          ? `Équipements en service rapportés à ${formatInteger(college.effectif.total)} élèves (rentrée ${college.effectif.rentree}, source : ${college.effectif.source}). La moyenne de la collectivité est pondérée par les élèves de ses collèges.`
          : "L'effectif du collège n'est pas connu : ses ratios par élève ne sont pas calculables (« — »)."}
      </p>
      <KeyRatios data={data} />
      <EquipmentChart uai={uai} data={data} />
      <AgeChart uai={uai} data={data} />
    </div>
  );
}

/** « Mon inventaire et mes indicateurs »: equipment by category, ETIC indicators, gaps to the référentiel. */
export function InventorySection({ uai, inventory }: { uai: string; inventory: CollegeInventory }) {
  const base = `/e/${uai}/inventaire`;
  const { summary, indicators, gaps, demo } = inventory;
  return (
    <section
      aria-labelledby="inventaire-titre"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="inventaire-titre">Mon inventaire et mes indicateurs</h2>
      {demo ? <DemoNotice /> : null}
      <EtablissementInventorySummaryTable summary={summary} listHref={base} />
      {summary.total > 0 && indicators ? <IndicatorCharts uai={uai} data={indicators} /> : null}
      {summary.total > 0 && !indicators ? (
        <p>Les indicateurs ETIC ne sont calculés que pour les collèges publics ouverts.</p>
      ) : null}
      {gaps ? (
        <div className="space-y-3">
          <h3>Face au référentiel de {gaps.collectivite.name}</h3>
          {gaps.row.gaps ? (
            <ReferentialChart
              uai={uai}
              gaps={gaps.row.gaps}
              collegeName={gaps.row.name}
              collectiviteName={gaps.collectivite.name}
            />
          ) : (
            <p>
              L&apos;effectif du collège n&apos;est pas connu : l&apos;écart au référentiel
              n&apos;est pas calculable.
            </p>
          )}
        </div>
      ) : null}
      <p className="text-sm">
        <Link href={base}>Voir les équipements du collège</Link>
        {" · "}
        <Link href={`${base}/indicateurs`}>
          Voir le détail des indicateurs et des écarts au référentiel
        </Link>
      </p>
    </section>
  );
}
