import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { formatDate, formatInteger, plural } from "@/lib/format";
import { getNetworkPanel, CONTRACT_WINDOW_MONTHS } from "@/lib/network/panel";
import { openSuggestions } from "@/lib/network/suggestions";
import { bandText, formatMbps, THRESHOLDS_SOURCE, type SpeedBand } from "@/lib/network/rules";
import { CollegeMap, type MapPattern } from "@/components/charts/college-map";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { BarChartWithTable } from "@/components/charts/bar-chart-with-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import { ThresholdsForm } from "@/components/network/thresholds-form";
import { NetworkImportForm } from "@/components/network/network-import";
import { ExportLinks } from "@/components/ui/export-links";

/** Each band on the map: a mark printed on the circle and a pattern, as well as a colour (≥ 3:1). */
const BAND_STYLES: readonly {
  band: SpeedBand;
  mark: string;
  pattern: MapPattern;
  color: string;
}[] = [
  { band: "CRITIQUE", mark: "1", pattern: "hatch", color: "#b91c1c" },
  { band: "MINIMAL", mark: "2", pattern: "dots", color: "#b45309" },
  { band: "CIBLE", mark: "3", pattern: "solid", color: "#047857" },
  { band: "ELEVE", mark: "4", pattern: "solid", color: "#1e3a8a" },
  { band: "INCONNU", mark: "?", pattern: "empty", color: "#334155" },
];

type Row = Awaited<ReturnType<typeof getNetworkPanel>>["rows"][number];

function Readiness({ r }: { r: Row }) {
  const a = r.assessment;
  if (a.ready === true) return <Badge tone="success">Prêt</Badge>;
  return (
    <>
      <Badge tone={a.ready === false ? "warning" : "neutral"}>
        {a.ready === false ? "Pas prêt" : "Inconnu"}
      </Badge>
      <span className="mt-1 block">{a.issues.join(" ; ")}</span>
    </>
  );
}

/** The collectivité's network panel: its collèges by band, contracts ending, readiness, thresholds. */
export async function NetworkPanelPage({ ctx }: { ctx: AccessContext }) {
  const [panel, suggestions] = await Promise.all([getNetworkPanel(ctx), openSuggestions(ctx)]);
  const base = `${spaceHref(ctx)}/etablissements`;
  const t = panel.thresholds;
  return (
    <section aria-labelledby="reseau-titre" className="space-y-6">
      <p className="text-sm">
        <Link href={base}>← Retour au registre</Link>
      </p>
      <h1 id="reseau-titre">Réseau des collèges</h1>
      <p>
        <Link href={`${base}/services`}>
          Catalogue des services numériques : ENT, filtrage, gestion de flotte, logiciels…
        </Link>
      </p>
      <p className="max-w-3xl text-slate-800">
        Ce que la collectivité sait de l&apos;accès internet, du Wi-Fi et des services de ses
        collèges publics ouverts, comparé à ses seuils :{" "}
        {plural(panel.recorded, "collège renseigné", "collèges renseignés")} sur{" "}
        {formatInteger(panel.rows.length)} ; {plural(panel.ready, "collège prêt", "collèges prêts")}{" "}
        pour des équipements interactifs ou mobiles,{" "}
        {plural(panel.notReady, "collège qui ne l'est pas", "collèges qui ne le sont pas")}. Chaque
        collège se renseigne depuis sa fiche.
      </p>
      <p className="max-w-3xl text-slate-800">
        <strong>
          {panel.perPupilKnown === 0
            ? "Débit par élève inconnu"
            : `${formatInteger(Math.round((panel.perPupilOk / panel.perPupilKnown) * 100))} %`}
        </strong>{" "}
        des collèges dont le débit et l&apos;effectif sont connus (
        {formatInteger(panel.perPupilKnown)}) atteignent {t.kbpsPerPupil} kbit/s par élève.
      </p>
      <h2>Carte des collèges par palier de débit</h2>
      {panel.map.points.length === 0 ? (
        <p>Aucun collège n&apos;a de coordonnées connues : la carte ne peut pas être tracée.</p>
      ) : (
        <CollegeMap
          id="carte-reseau"
          width={panel.map.width}
          height={panel.map.height}
          scaleBar={panel.map.scaleBar}
          classes={BAND_STYLES.map((b) => ({
            key: b.band,
            label: `${b.mark} : ${bandText(b.band, t)}`,
            pattern: b.pattern,
            color: b.color,
          }))}
          summary={`Carte des ${panel.map.points.length} collèges publics situés, chacun marqué de son palier de débit (1 sous le seuil critique à 4 très haut débit, ? inconnu) ; le tableau ci-dessous donne chaque collège.`}
          points={panel.map.points.map((p) => ({
            key: p.uai,
            x: p.x,
            y: p.y,
            classKey: p.assessment.band,
            mark: BAND_STYLES.find((b) => b.band === p.assessment.band)!.mark,
            title: `${p.name} : ${formatMbps(p.profile?.downKbps ?? null)}`,
          }))}
        />
      )}
      <BarChartWithTable
        caption="Collèges par palier de débit descendant"
        summary={`Répartition des ${panel.rows.length} collèges publics ouverts entre les paliers de débit : sous le seuil critique, usages de base, cible atteinte, très haut débit, inconnu.`}
        categoryHeader="Palier"
        series={[{ key: "colleges", label: "Collèges", kind: "integer" }]}
        rows={panel.byBand.map((b) => ({
          key: b.band,
          label: bandText(b.band, t),
          values: { colleges: b.colleges },
        }))}
        height={240}
      />
      <DataTable
        caption="Corrections suggérées par les collèges, en attente de réponse"
        captionVisible
        rows={suggestions}
        rowKey={(s) => s.id}
        empty="Aucune correction suggérée n'attend de réponse."
        columns={[
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (s) => (
              <Link href={`${base}/${s.etablissement.uai}`}>{s.etablissement.name}</Link>
            ),
          },
          {
            key: "by",
            header: "Déclaré par",
            cell: (s) => `${s.createdByName}, le ${formatDate(s.createdAt)}`,
          },
          { key: "message", header: "Correction suggérée", cell: (s) => s.message },
        ]}
      />
      <DataTable
        caption={`Contrats d'accès internet qui se terminent dans les ${CONTRACT_WINDOW_MONTHS} mois (ou déjà terminés)`}
        captionVisible
        rows={panel.contracts}
        rowKey={(r) => r.uai}
        empty={`Aucun contrat d'accès connu ne se termine dans les ${CONTRACT_WINDOW_MONTHS} mois.`}
        columns={[
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (r) => <Link href={`${base}/${r.uai}`}>{r.name}</Link>,
          },
          { key: "operator", header: "Opérateur", cell: (r) => r.profile?.operator ?? "—" },
          {
            key: "end",
            header: "Fin du contrat",
            cell: (r) => formatDate(r.profile!.contractEndsOn),
          },
        ]}
      />
      <DataTable
        caption="Collèges publics ouverts, leur débit, leur débit par élève et leur couverture Wi-Fi"
        captionVisible
        rows={panel.rows}
        rowKey={(r) => r.uai}
        rowClassName="align-top"
        columns={[
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (r) => <Link href={`${base}/${r.uai}`}>{`${r.name} (${r.uai})`}</Link>,
          },
          {
            key: "speed",
            header: "Débit descendant",
            cell: (r) => (
              <>
                {formatMbps(r.profile?.downKbps ?? null)}
                <span className="block text-xs text-slate-700">
                  {bandText(r.assessment.band, t)}
                </span>
              </>
            ),
          },
          {
            key: "perPupil",
            header: "Par élève",
            numeric: true,
            cell: (r) =>
              r.assessment.perPupilKbps === null
                ? "—"
                : `${formatInteger(r.assessment.perPupilKbps)} kbit/s`,
          },
          {
            key: "coverage",
            header: "Couverture Wi-Fi",
            numeric: true,
            cell: (r) =>
              r.assessment.coveragePct === null ? "—" : `${r.assessment.coveragePct} %`,
          },
          {
            key: "ready",
            header: "Équipements interactifs ou mobiles",
            cell: (r) => <Readiness r={r} />,
          },
        ]}
      />
      <ExportLinks href={`${base}/reseau/export`} what="le réseau des collèges" />
      {panel.canEdit ? (
        <section aria-labelledby="import-reseau-titre" className="space-y-2">
          <h2 id="import-reseau-titre">Importer un fichier réseau</h2>
          <p className="max-w-3xl text-sm text-slate-800">
            Le fichier de l&apos;opérateur ou du département, une ligne par collège public de la
            collectivité : un aperçu montre d&apos;abord chaque changement, puis la confirmation
            enregistre tout le fichier ou rien. Les débits et salles modifiés entrent dans
            l&apos;historique de chaque collège. L&apos;export ci-dessus a les colonnes que
            l&apos;import relit.
          </p>
          {panel.demo ? (
            <p className="max-w-3xl rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
              <strong>Données fictives.</strong> Le réseau de cette démonstration est inventé. Un
              relevé d&apos;opérateur fictif est disponible pour essayer l&apos;import :{" "}
              <a href={`${base}/reseau/demonstration?format=csv`} download>
                relevé fictif (CSV)
              </a>
              .
            </p>
          ) : null}
          <NetworkImportForm {...scopePropsOf(ctx, `${base}/reseau`)} />
        </section>
      ) : null}
      <section aria-labelledby="seuils-titre" className="space-y-2">
        <h2 id="seuils-titre">Seuils</h2>
        <p className="max-w-3xl text-sm text-slate-800">
          Seuil critique {t.criticalMbps} Mbit/s, palier cible {t.targetMbps} Mbit/s, très haut
          débit {t.highMbps} Mbit/s, {t.kbpsPerPupil} kbit/s par élève, Wi-Fi dans{" "}
          {t.wifiCoveragePct} % des salles d&apos;enseignement (
          {t.customised ? "seuils de la collectivité" : "valeurs par défaut"}). Source des valeurs
          par défaut : {THRESHOLDS_SOURCE}
        </p>
        {panel.canSetThresholds ? (
          <ThresholdsForm {...scopePropsOf(ctx, `${base}/reseau`)} values={t} />
        ) : null}
      </section>
    </section>
  );
}
