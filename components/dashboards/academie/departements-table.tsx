import Link from "next/link";
import type { ReactNode } from "react";
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
import type { DashboardLinks } from "@/components/dashboards/academie/links";
import { ScrollRegion } from "@/components/ui/scroll-region";

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

function Cells({
  f,
  code,
  where,
  links,
  signer,
}: {
  f: RowFigures;
  code?: string;
  where: string;
  links: DashboardLinks;
  signer: boolean;
}) {
  const rate = coverageRate(f.coverage);
  const i = f.indicators?.indicators;
  const awaiting = signer ? (
    <CountLink
      value={f.backlog.awaitingAcademie}
      href={links.conventions("a-signer", code)}
      noun={TO_SIGN}
      where={where}
    />
  ) : (
    formatInteger(f.backlog.awaitingAcademie)
  );
  return (
    <>
      <td className={num}>
        <CountLink
          value={f.coverage.colleges}
          href={links.colleges(code)}
          noun={COLLEGES}
          where={where}
        />
      </td>
      <td className={num}>
        <CountLink
          value={f.coverage.inForce}
          href={links.conventions("en-vigueur", code)}
          noun={IN_FORCE}
          where={where}
        />
      </td>
      <td className={`${num} font-semibold`}>
        {rate === null ? (
          <Figure value={null} reason="aucun collège" />
        ) : (
          `${formatDecimal(rate * 100)} %`
        )}
      </td>
      <td className={num}>
        <CountLink
          value={f.backlog.inSignature}
          href={links.conventions("en-signature", code)}
          noun={IN_SIGNATURE}
          where={where}
        />
      </td>
      <td className={num}>{awaiting}</td>
      <td className={num}>
        {i ? (
          <Link href={links.indicators(code)}>
            <Figure value={i.terminauxPour100} />
            <span className="sr-only"> terminaux pour 100 élèves, {where}</span>
          </Link>
        ) : (
          <Figure value={null} reason="aucun collège" />
        )}
      </td>
      <td className={num}>
        <Figure value={i?.elevesParTerminal ?? null} />
      </td>
      <td className={num}>
        <Figure value={i?.partPlus5Ans ?? null} kind="percent" reason="aucun terminal daté" />
      </td>
      <td className={num}>
        <Figure value={i?.affichagesPour1000 ?? null} />
      </td>
      <td className={num}>
        {f.needs > 0 ? (
          <CountLink value={f.needs} href={links.campaigns()} noun={NEEDS} where={where} />
        ) : (
          formatInteger(0)
        )}
      </td>
    </>
  );
}

const HEADERS: readonly ReactNode[] = [
  "Collèges publics ouverts",
  "Convention en vigueur",
  "Couverture",
  "Conventions en signature",
  "Dont en attente de l'académie",
  "Terminaux pour 100 élèves",
  "Élèves par terminal",
  "Terminaux de plus de 5 ans",
  <>Affichages interactifs pour 1&nbsp;000 élèves</>,
  "Besoins sans avis de l'académie",
];

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
  const ref = (key: keyof typeof references) =>
    `${references[key].value} (${references[key].year})`;
  return (
    <>
      <ScrollRegion label="Tableau des départements (défilement horizontal)" className="">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="px-3 py-2 text-left font-semibold">
            Conventions, équipement et besoins de chaque département de l&apos;académie
          </caption>
          <thead className="bg-slate-100 align-bottom">
            <tr>
              <th scope="col" className="px-3 py-2">
                Département
              </th>
              {HEADERS.map((h, index) => (
                <th key={index} scope="col" className="px-3 py-2 text-right">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {departements.map((d) => (
              <tr
                key={d.code}
                className={`border-t border-slate-200 ${filter.kind === "departement" && filter.code === d.code ? "bg-blue-50" : ""}`}
              >
                <th scope="row" className="px-3 py-2 font-normal">
                  <Link
                    href={links.dashboard(d.code)}
                    aria-current={
                      filter.kind === "departement" && filter.code === d.code ? "page" : undefined
                    }
                  >
                    {departementLabel(d)}
                  </Link>
                </th>
                <Cells
                  f={{ ...d, needs: d.needsAwaitingOpinion }}
                  code={d.code}
                  where={`en ${departementLabel(d)}`}
                  links={links}
                  signer={signer}
                />
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-400 bg-slate-50">
            <tr className="font-semibold">
              <th scope="row" className="px-3 py-2">
                Académie
              </th>
              <Cells
                f={{ ...total, needs: total.needsAwaitingOpinion }}
                where="dans l'académie"
                links={links}
                signer={signer}
              />
            </tr>
            <tr className="border-t border-slate-200">
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
          </tfoot>
        </table>
      </ScrollRegion>
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
