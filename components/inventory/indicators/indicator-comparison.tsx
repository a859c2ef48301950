import type { ReactNode } from "react";
import type { IndicatorValues } from "@/lib/inventory/indicator-math";
import type { IndicatorRow } from "@/lib/inventory/indicator-math";
import type { IndicatorAggregate } from "@/lib/inventory/indicator-math";
import {
  describeReference,
  type NationalReference,
  type NationalReferenceKey,
} from "@/lib/inventory/national-references";
import { schoolYearOf } from "@/lib/inventory/schemas";
import { formatInteger, plural } from "@/lib/format";
import { Figure } from "@/components/inventory/indicators/figures";
import { DataTable, type Column } from "@/components/ui/data-table";

/** One column of the comparison: a collège, or the aggregate of several. */
export interface ComparisonColumn {
  heading: string;
  /** Under the heading: how many collèges, which rentrée. */
  detail: string;
  eleves: number | null;
  terminaux: number;
  terminauxSansDate: number;
  indicators: IndicatorValues;
}

export function columnOfCollege(heading: string, row: IndicatorRow): ComparisonColumn {
  return {
    heading,
    detail: row.effectif ? `effectif de la rentrée ${row.effectif.rentree}` : "effectif inconnu",
    eleves: row.effectif?.total ?? null,
    terminaux: row.terminaux,
    terminauxSansDate: row.terminaux - row.terminauxDates,
    indicators: row.indicators,
  };
}

export function columnOfAggregate(
  heading: string,
  aggregate: IndicatorAggregate,
): ComparisonColumn {
  return {
    heading,
    detail: `${plural(aggregate.colleges, "collège")}, dont ${formatInteger(aggregate.collegesAvecEffectif)} avec effectif connu`,
    eleves: aggregate.collegesAvecEffectif > 0 ? aggregate.eleves : null,
    terminaux: aggregate.counts.terminaux,
    terminauxSansDate: aggregate.age.terminauxSansDate,
    indicators: aggregate.indicators,
  };
}

interface Line {
  label: string;
  value: (c: ComparisonColumn) => ReactNode;
  reference?: NationalReferenceKey;
}

/** A ratio of the indicators, beside its national reference when there is one. */
function ratio(label: string, key: keyof IndicatorValues, reference?: NationalReferenceKey): Line {
  return { label, value: (c) => <Figure value={c.indicators[key]} />, reference };
}

const LINES: readonly Line[] = [
  {
    label: "Élèves",
    value: (c) => <Figure value={c.eleves} kind="integer" reason="effectif inconnu" />,
  },
  {
    label: "Terminaux en service (rapportés aux élèves)",
    value: (c) => <Figure value={c.terminaux} kind="integer" />,
  },
  ratio("Terminaux pour 100 élèves", "terminauxPour100", "terminauxPour100"),
  ratio("Élèves par terminal", "elevesParTerminal", "elevesParTerminal"),
  {
    label: "Part des terminaux de plus de 5 ans",
    value: (c) => (
      <>
        <Figure value={c.indicators.partPlus5Ans} kind="percent" reason="aucun terminal daté" />
        {c.terminauxSansDate > 0 ? (
          <span className="block text-xs text-slate-700">
            {plural(c.terminauxSansDate, "terminal", "terminaux")} sans date exclus
          </span>
        ) : null}
      </>
    ),
    reference: "partPlus5Ans",
  },
  ratio(
    "Affichages interactifs (TNI/TBI, VPI, ENI) pour 1 000 élèves",
    "affichagesPour1000",
    "affichagesPour1000",
  ),
  ratio(
    "Vidéoprojecteurs pour 1 000 élèves",
    "videoprojecteursPour1000",
    "videoprojecteursPour1000",
  ),
  ratio("Classes mobiles pour 1 000 élèves", "classesMobilesPour1000"),
];

function ReferenceCell({ reference }: { reference?: NationalReference }) {
  if (!reference) return <span className="text-slate-700">pas de valeur nationale</span>;
  return (
    <>
      {reference.value} <span className="text-slate-700">({reference.year})</span>
      {reference.history?.length ? (
        <span className="block text-xs text-slate-700">
          {reference.history.map((h) => `${h.value} en ${h.year}`).join(", ")}
        </span>
      ) : null}
    </>
  );
}

/** The ETIC indicators of one or more columns side by side, with the national reference values. */
export function IndicatorComparison({
  caption,
  columns,
  references,
}: {
  caption: string;
  columns: readonly ComparisonColumn[];
  references: Record<NationalReferenceKey, NationalReference>;
}) {
  return (
    <DataTable
      caption={caption}
      captionVisible
      label="Tableau (défilement horizontal)"
      className=""
      rows={LINES}
      rowKey={(line) => line.label}
      columns={[
        {
          key: "indicator",
          header: "Indicateur",
          rowHeader: true,
          className: "font-medium",
          cell: (line) => line.label,
        },
        ...columns.map((c): Column<Line> => ({
          key: c.heading,
          header: (
            <>
              {c.heading}
              <span className="block text-xs font-normal text-slate-700">{c.detail}</span>
            </>
          ),
          headerClassName: "text-right",
          className: "text-right tabular-nums",
          cell: (line) => line.value(c),
        })),
        {
          key: "reference",
          header: "Référence nationale (collèges)",
          cell: (line) => (
            <ReferenceCell reference={line.reference ? references[line.reference] : undefined} />
          ),
        },
      ]}
    />
  );
}

/** How the figures are computed and where the references come from. */
export function IndicatorMethod({
  references,
  rentree = null,
}: {
  references: Record<NationalReferenceKey, NationalReference>;
  rentree?: number | null;
}) {
  const sources = [...new Set(Object.values(references).map((r) => r.source))];
  return (
    <details className="mt-4 rounded border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">Méthode de calcul et sources</summary>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Seuls les équipements <strong>en service</strong> sont comptés (ni en panne, ni en stock,
          ni réformés).
        </li>
        <li>
          Terminaux : postes fixes, ordinateurs portables, ultra-portables, tablettes et équipements
          individuels mobiles (EIM) ; une classe mobile est comptée à part, ses appareils sont des
          terminaux.
        </li>
        <li>
          {rentree === null
            ? "Effectif : la dernière rentrée connue de chaque collège. Sans effectif, les ratios par élève ne sont pas calculables (« — »)."
            : `Effectif : celui de la rentrée ${schoolYearOf(rentree)}. Un collège sans effectif pour cette rentrée n'a pas de ratio par élève (« — », effectif inconnu).`}
        </li>
        <li>
          Une collectivité, un département ou une académie : somme des équipements divisée par la
          somme des élèves des collèges dont l&apos;effectif est connu (moyenne pondérée par les
          élèves).
        </li>
        <li>
          Part des terminaux de plus de 5 ans : terminaux acquis plus de 5 ans avant
          aujourd&apos;hui, rapportés aux terminaux dont la date d&apos;acquisition est connue ; les
          terminaux sans date sont exclus et leur nombre est indiqué.
        </li>
        {Object.values(references).map((r) => (
          <li key={r.label}>
            {r.label}, référence nationale : {describeReference(r)}.
          </li>
        ))}
        <li>
          Sources des références : {sources.join(" ; ")}. Ce sont des moyennes constatées, pas des
          objectifs.
        </li>
      </ul>
    </details>
  );
}
