import Link from "next/link";
import type { Fleet } from "@/lib/dashboards/collectivite-fleet";
import { AGE_COLUMNS, type AgePyramid } from "@/lib/dashboards/age-pyramid";
import { schoolYearOf, toEffectifBasis } from "@/lib/inventory/schemas";
import { formatCents, formatDecimal, formatInteger, plural } from "@/lib/format";
import { CategoryCountsTable } from "@/components/inventory/category-counts-table";
import { ExportLinks } from "@/components/ui/export-links";
import { DataDisclosure } from "@/components/charts/data-disclosure";
import { AgePyramidChart, GapsChart, per100 } from "@/components/dashboards/collectivite/charts";
import { exportHref, withFilters } from "@/components/dashboards/collectivite/export-href";
import { DashboardSection, Figure } from "@/components/dashboards/collectivite/section";

/** The three headline indicators against their national references, and what they are computed on (which rentrée's effectifs). */
export function FleetFigures({ code, fleet }: { code: string; fleet: Fleet }) {
  const { aggregate: a, references: r, rentree } = fleet;
  const i = a.indicators;
  return (
    <>
      <dl className="grid gap-4 sm:grid-cols-3">
        <Figure label="Terminaux pour 100 élèves" value={per100(i.terminauxPour100)}>
          Référence nationale : {r.terminauxPour100.value} ({r.terminauxPour100.year})
        </Figure>
        <Figure
          label="Élèves par terminal"
          value={
            i.elevesParTerminal === null ? "non calculable" : formatDecimal(i.elevesParTerminal)
          }
        >
          Référence : {r.elevesParTerminal.value} ({r.elevesParTerminal.year})
        </Figure>
        <Figure
          label="Part des terminaux de plus de 5 ans"
          value={i.partPlus5Ans === null ? "non calculable" : `${formatDecimal(i.partPlus5Ans)} %`}
        >
          Référence nationale : {r.partPlus5Ans.value} ({r.partPlus5Ans.year})
        </Figure>
      </dl>
      <p className="text-sm text-slate-800">
        Ratios rapportés {toEffectifBasis(rentree)}, calculés sur{" "}
        {plural(a.collegesAvecEffectif, "collège public", "collèges publics")} dont l&apos;effectif{" "}
        {rentree === null ? "" : `de la rentrée ${schoolYearOf(rentree)} `}est connu, sur{" "}
        {formatInteger(a.colleges)} ({formatInteger(a.eleves)} élèves,{" "}
        {formatInteger(a.counts.terminaux)} terminaux en service) ; part des plus de 5 ans sur{" "}
        {plural(a.age.terminauxDates, "terminal daté", "terminaux datés")}
        {a.age.terminauxSansDate > 0
          ? `, ${plural(a.age.terminauxSansDate, "terminal sans date d'acquisition", "terminaux sans date d'acquisition")} non comptés`
          : ""}
        .{" "}
        <Link
          href={withFilters(`/c/${code}/inventaire/indicateurs`, { rentree })}
        >{`Voir les indicateurs par collège (${formatInteger(a.colleges)})`}</Link>
      </p>
      <ExportLinks
        href={exportHref(code, "indicateurs", { rentree })}
        what="les indicateurs du parc"
      />
    </>
  );
}

/** Every category's equipment in service per age band, each linked to the inventory filtered on it. */
function PyramidCategoryTable({ code, pyramid }: { code: string; pyramid: AgePyramid }) {
  return (
    <DataDisclosure summary="Voir le détail par catégorie" open={false}>
      <CategoryCountsTable
        caption="Équipements en service par catégorie et par tranche d'âge"
        buckets={AGE_COLUMNS}
        rows={pyramid.byCategory}
        totals={pyramid.totals}
        total={pyramid.total}
        categoryHref={(category) => `/c/${code}/inventaire?status=EN_SERVICE&category=${category}`}
      />
    </DataDisclosure>
  );
}

/** The fleet at a glance: indicators, then the age pyramid by category. */
export function FleetSection({
  code,
  fleet,
  pyramid,
}: {
  code: string;
  fleet: Fleet;
  pyramid: AgePyramid | null;
}) {
  return (
    <DashboardSection id="parc" title="Le parc en un coup d'œil">
      <FleetFigures code={code} fleet={fleet} />
      {pyramid ? (
        <>
          <h3>Pyramide des âges des équipements en service</h3>
          {pyramid.total === 0 ? (
            <p>Aucun équipement en service n&apos;est inventorié.</p>
          ) : (
            <>
              <p className="text-sm text-slate-800">
                Âge en années révolues depuis l&apos;acquisition, par famille d&apos;équipements ;
                le détail par catégorie suit le graphique.{" "}
                <Link
                  href={`/c/${code}/inventaire?status=EN_SERVICE`}
                >{`Voir les équipements en service dans l'inventaire (${formatInteger(pyramid.total)})`}</Link>
              </p>
              <AgePyramidChart pyramid={pyramid} />
              <ExportLinks
                href={exportHref(code, "pyramide")}
                what="la pyramide des âges par famille"
              />
              <PyramidCategoryTable code={code} pyramid={pyramid} />
              <ExportLinks
                href={exportHref(code, "pyramide-categories")}
                what="les âges par catégorie"
              />
            </>
          )}
        </>
      ) : null}
    </DashboardSection>
  );
}

/** The collèges furthest from the référentiel (top 10 of the gap analysis). */
export function GapsSection({ code, fleet }: { code: string; fleet: Fleet }) {
  const t = fleet.gapTotals;
  const measured = t.colleges - t.nonCalculables;
  return (
    <DashboardSection id="ecarts" title="Collèges les plus éloignés du référentiel">
      {measured === 0 ? (
        <p>
          Aucun collège n&apos;a d&apos;effectif connu : les écarts au référentiel ne peuvent pas
          être mesurés.
        </p>
      ) : (
        <p>
          {plural(t.enEcart, "collège")} sur{" "}
          {plural(measured, "collège mesuré", "collèges mesurés")}{" "}
          {t.enEcart > 1 ? "n'atteignent" : "n'atteint"} pas le référentiel d&apos;équipement de la
          collectivité ; combler tous les manques coûterait environ{" "}
          <strong>{formatCents(t.missingCostCents)}</strong> au coût unitaire du référentiel.
          {t.nonCalculables > 0
            ? ` ${plural(t.nonCalculables, "collège")} sans effectif connu ${t.nonCalculables > 1 ? "ne peuvent" : "ne peut"} pas être mesuré${t.nonCalculables > 1 ? "s" : ""}.`
            : ""}
          {fleet.rentree === null
            ? ""
            : " Comme l'analyse des écarts, ils sont mesurés sur le dernier effectif connu de chaque collège, quelle que soit la rentrée choisie pour les ratios."}
        </p>
      )}
      {fleet.furthest.length === 0 ? (
        <p>Aucun collège n&apos;est en écart avec le référentiel.</p>
      ) : (
        <>
          <GapsChart fleet={fleet} />
          <ExportLinks
            href={exportHref(code, "ecarts")}
            what="les collèges les plus éloignés du référentiel"
          />
        </>
      )}
      <p>
        <Link
          href={`/c/${code}/inventaire/ecarts?ecart=1`}
        >{`Voir l'analyse des écarts : collèges en écart (${formatInteger(t.enEcart)})`}</Link>
      </p>
    </DashboardSection>
  );
}
