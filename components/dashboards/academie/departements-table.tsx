import Link from "next/link";
import type {
  AcademieDashboard,
  BacklogFigures,
  CoverageFigures,
} from "@/lib/dashboards/academie-dashboard";
import { coverageRate, departementLabel } from "@/lib/dashboards/academie-tables";
import type { IndicatorAggregate } from "@/lib/inventory/indicator-math";
import { formatDecimal, formatInteger, plural } from "@/lib/format";
import { schoolYearOf } from "@/lib/inventory/schemas";
import { Figure } from "@/components/inventory/indicators/figures";
import { indicatorColumns } from "@/components/dashboards/academie/indicator-columns";
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { DataTable, type Column } from "@/components/ui/data-table";

const num = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** A count linking to the list it summarises; the hidden words (« conventions en vigueur, en Finistère (29) ») make each link's name unique. */
function CountLink({
  value,
  href,
  noun,
  where,
}: {
  value: number;
  href: string;
  noun: readonly [string, string];
  where: string;
}) {
  return (
    <Link href={href}>
      {formatInteger(value)}
      <span className="sr-only">
        {" "}
        {value > 1 ? noun[1] : noun[0]}, {where}
      </span>
    </Link>
  );
}

const COLLEGES = ["collège public ouvert", "collèges publics ouverts"] as const;
const IN_FORCE = ["convention en vigueur", "conventions en vigueur"] as const;
const IN_SIGNATURE = ["convention en signature", "conventions en signature"] as const;
const TO_SIGN = [
  "convention à signer par l'académie",
  "conventions à signer par l'académie",
] as const;
const NEEDS = ["besoin sans avis", "besoins sans avis"] as const;

interface RowFigures {
  coverage: CoverageFigures;
  backlog: BacklogFigures;
  indicators: IndicatorAggregate | null;
  needs: number;
}

/** A row of figures: a département's, or the académie's; `code` scopes its links to the département. */
interface FiguresRow {
  f: RowFigures;
  code?: string;
  where: string;
}

/** The ten figures of a row, the académie's total row included. */
function figureColumns(links: DashboardLinks, signer: boolean): Column<FiguresRow>[] {
  return [
    {
      key: "colleges",
      header: "Collèges publics ouverts",
      numeric: true,
      cell: ({ f, code, where }) => (
        <CountLink
          value={f.coverage.colleges}
          href={links.colleges(code)}
          noun={COLLEGES}
          where={where}
        />
      ),
    },
    {
      key: "inForce",
      header: "Convention en vigueur",
      numeric: true,
      cell: ({ f, code, where }) => (
        <CountLink
          value={f.coverage.inForce}
          href={links.conventions("en-vigueur", code)}
          noun={IN_FORCE}
          where={where}
        />
      ),
    },
    {
      key: "coverage",
      header: "Couverture",
      numeric: true,
      className: "font-semibold",
      cell: ({ f }) => {
        const rate = coverageRate(f.coverage);
        return rate === null ? (
          <Figure value={null} reason="aucun collège" />
        ) : (
          `${formatDecimal(rate * 100)} %`
        );
      },
    },
    {
      key: "inSignature",
      header: "Conventions en signature",
      numeric: true,
      cell: ({ f, code, where }) => (
        <CountLink
          value={f.backlog.inSignature}
          href={links.conventions("en-signature", code)}
          noun={IN_SIGNATURE}
          where={where}
        />
      ),
    },
    {
      key: "awaiting",
      header: "Dont en attente de l'académie",
      numeric: true,
      cell: ({ f, code, where }) =>
        signer ? (
          <CountLink
            value={f.backlog.awaitingAcademie}
            href={links.conventions("a-signer", code)}
            noun={TO_SIGN}
            where={where}
          />
        ) : (
          formatInteger(f.backlog.awaitingAcademie)
        ),
    },
    ...indicatorColumns(
      ({ f }: FiguresRow) => f.indicators?.indicators ?? null,
      ({ f, code, where }, figure) =>
        f.indicators ? (
          <Link href={links.indicators(code)}>
            {figure}
            <span className="sr-only"> terminaux pour 100 élèves, {where}</span>
          </Link>
        ) : (
          <Figure value={null} reason="aucun collège" />
        ),
    ),
    {
      key: "needs",
      header: "Besoins sans avis de l'académie",
      numeric: true,
      cell: ({ f, where }) =>
        f.needs > 0 ? (
          <CountLink value={f.needs} href={links.campaigns()} noun={NEEDS} where={where} />
        ) : (
          formatInteger(0)
        ),
    },
  ];
}

/** Every département in one row, the académie below, the national references last. */
export function DepartementsTable({
  dashboard,
  links,
  signer,
}: {
  dashboard: AcademieDashboard;
  links: DashboardLinks;
  signer: boolean;
}) {
  const { departements, total, references, cadres, filter } = dashboard;
  const figures = figureColumns(links, signer);
  const current = (code: string) => filter.kind === "departement" && filter.code === code;
  const ref = (key: keyof typeof references) =>
    `${references[key].value} (${references[key].year})`;
  return (
    <>
      <DataTable
        caption="Conventions, équipement et besoins de chaque département de l'académie"
        captionVisible
        label="Tableau des départements (défilement horizontal)"
        className=""
        headClassName="bg-slate-100 align-bottom"
        wrapHeaders
        rows={departements.map((d) => ({
          code: d.code,
          label: departementLabel(d),
          f: { ...d, needs: d.needsAwaitingOpinion },
          where: `en ${departementLabel(d)}`,
        }))}
        rowKey={(d) => d.code}
        rowClassName={(d) => (current(d.code) ? "bg-blue-50" : undefined)}
        columns={[
          {
            key: "departement",
            header: "Département",
            rowHeader: true,
            cell: (d) => (
              <Link
                href={links.dashboard(d.code)}
                aria-current={current(d.code) ? "page" : undefined}
              >
                {d.label}
              </Link>
            ),
          },
          ...figures,
        ]}
        totals={{
          label: "Académie",
          cells: Object.fromEntries(
            figures.map((c) => [
              c.key,
              c.cell({
                f: { ...total, needs: total.needsAwaitingOpinion },
                where: "dans l'académie",
              }),
            ]),
          ),
        }}
        footer={
          <tr className="border-t border-slate-200 font-normal">
            <th scope="row" className="px-3 py-2 font-normal">
              Référence nationale (enquête ETIC, collèges publics)
            </th>
            <td colSpan={5} className="px-3 py-2 text-slate-700">
              sans objet
            </td>
            <td className={num}>{ref("terminauxPour100")}</td>
            <td className="px-3 py-2 text-right">{ref("elevesParTerminal")}</td>
            <td className={num}>{ref("partPlus5Ans")}</td>
            <td className={num}>{ref("affichagesPour1000")}</td>
            <td className="px-3 py-2 text-slate-700">sans objet</td>
          </tr>
        }
      />
      <ul className="list-disc space-y-1 pl-6 text-sm text-slate-800">
        <li>
          La couverture rapporte les collèges publics ouverts dotés d&apos;une convention tripartite
          en vigueur à tous les collèges publics ouverts.
        </li>
        <li>
          Les ratios par élève ne comptent que les équipements en service des collèges dont
          l&apos;effectif est connu
          {dashboard.rentree === null ? "" : ` pour la rentrée ${schoolYearOf(dashboard.rentree)}`}
          {total.indicators.colleges > total.indicators.collegesAvecEffectif
            ? ` (${plural(total.indicators.colleges - total.indicators.collegesAvecEffectif, "collège")} sans effectif connu dans l'académie)`
            : ""}
          .
        </li>
        {cadres.inSignature > 0 ? (
          <li>
            Le total de l&apos;académie compte aussi{" "}
            {plural(cadres.inSignature, "convention-cadre", "conventions-cadres")} en signature, qui
            ne relèvent d&apos;aucun collège (dont {formatInteger(cadres.awaitingAcademie)} en
            attente de l&apos;académie).
          </li>
        ) : null}
      </ul>
    </>
  );
}
