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
import { ScrollRegion } from "@/components/ui/scroll-region";

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

const LINES: readonly Line[] = [
  {
    label: "Élèves",
    value: (c) => <Figure value={c.eleves} kind="integer" reason="effectif inconnu" />,
  },
  {
    label: "Terminaux en service (rapportés aux élèves)",
    value: (c) => <Figure value={c.terminaux} kind="integer" />,
  },
  {
    label: "Terminaux pour 100 élèves",
    value: (c) => <Figure value={c.indicators.terminauxPour100} />,
    reference: "terminauxPour100",
  },
  {
    label: "Élèves par terminal",
    value: (c) => <Figure value={c.indicators.elevesParTerminal} />,
    reference: "elevesParTerminal",
  },
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
  {
    label: "Affichages interactifs (TNI/TBI, VPI, ENI) pour 1 000 élèves",
    value: (c) => <Figure value={c.indicators.affichagesPour1000} />,
    reference: "affichagesPour1000",
  },
  {
    label: "Vidéoprojecteurs pour 1 000 élèves",
    value: (c) => <Figure value={c.indicators.videoprojecteursPour1000} />,
    reference: "videoprojecteursPour1000",
  },
  {
    label: "Classes mobiles pour 1 000 élèves",
    value: (c) => <Figure value={c.indicators.classesMobilesPour1000} />,
  },
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
    <ScrollRegion label="Tableau (défilement horizontal)" className="">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Indicateur
            </th>
            {columns.map((c) => (
              <th key={c.heading} scope="col" className="px-3 py-2 text-right">
                {c.heading}
                <span className="block text-xs font-normal text-slate-700">{c.detail}</span>
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              Référence nationale (collèges)
            </th>
          </tr>
        </thead>
        <tbody>
          {LINES.map((line) => (
            <tr key={line.label} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium">
                {line.label}
              </th>
              {columns.map((c) => (
                <td key={c.heading} className="px-3 py-2 text-right tabular-nums">
                  {line.value(c)}
                </td>
              ))}
              <td className="px-3 py-2">
                <ReferenceCell
                  reference={line.reference ? references[line.reference] : undefined}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
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
