import type { AccessContext } from "@/lib/access/context";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { formatDate, formatDateTime, formatInteger } from "@/lib/format";
import { getCollegeNetwork, type CollegeNetwork } from "@/lib/network/read-network";
import {
  ACCESS_TECHNOLOGY_LABELS,
  bandText,
  formatMbps,
  MEASURE_LABELS,
  THRESHOLDS_SOURCE,
} from "@/lib/network/rules";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/ui/detail-list";
import { Badge } from "@/components/ui/badge";
import { NetworkForm } from "@/components/network/network-form";
import { NetworkSuggestions } from "@/components/network/suggestions-list";
import { servicesOfCollege } from "@/lib/network/services";
import { SERVICE_KIND_LABELS } from "@/lib/network/service-labels";
import { orNullIfNotFound } from "@/app/_server/or-not-found";

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
const text = (v: string | null | undefined) => v ?? "—";

function Assessment({ n }: { n: CollegeNetwork }) {
  const { assessment: a, thresholds: t } = n;
  const ok = (value: boolean | null, yes: string, no: string) =>
    value === null ? "Inconnu" : value ? yes : no;
  return (
    <>
      <p>
        {a.ready === null ? (
          <Badge tone="neutral">Prêt pour des équipements interactifs ou mobiles : inconnu</Badge>
        ) : a.ready ? (
          <Badge tone="success">Prêt pour des équipements interactifs ou mobiles</Badge>
        ) : (
          <Badge tone="warning">Pas prêt pour des équipements interactifs ou mobiles</Badge>
        )}
        {a.issues.length > 0 ? <span className="ml-2">({a.issues.join(" ; ")})</span> : null}
      </p>
      <DetailList
        rows={[
          [
            "Débit descendant",
            `${formatMbps(n.profile?.downKbps ?? null)} — ${bandText(a.band, t)}`,
          ],
          [
            "Débit par élève",
            a.perPupilKbps === null
              ? "Inconnu"
              : `${formatInteger(a.perPupilKbps)} kbit/s pour ${formatInteger(n.pupils!.total)} élèves (rentrée ${n.pupils!.rentree}) — ${ok(a.perPupilOk, "cible atteinte", "sous la cible")} de ${t.kbpsPerPupil} kbit/s`,
          ],
          [
            "Couverture Wi-Fi",
            a.coveragePct === null
              ? "Inconnue"
              : `${a.coveragePct} % des salles d'enseignement — ${ok(a.coverageOk, "cible atteinte", "sous la cible")} de ${t.wifiCoveragePct} %`,
          ],
        ]}
      />
      <p className="text-sm text-slate-800">
        Seuils {t.customised ? "fixés par la collectivité" : "par défaut"}. Source des valeurs par
        défaut : {THRESHOLDS_SOURCE}
      </p>
    </>
  );
}

function Profile({ n }: { n: CollegeNetwork }) {
  const p = n.profile;
  if (!p) return <p>La collectivité n&apos;a encore rien renseigné du réseau de ce collège.</p>;
  return (
    <>
      <DetailList
        rows={[
          ["Accès", p.accessTechnology ? ACCESS_TECHNOLOGY_LABELS[p.accessTechnology] : "—"],
          ["Débit montant", formatMbps(p.upKbps)],
          [
            "Opérateur et contrat",
            `${text(p.operator)}${p.contractEndsOn ? `, jusqu'au ${formatDate(p.contractEndsOn)}` : ""}`,
          ],
          ["Lien de secours", text(p.backupLink)],
          [
            "Cœur de réseau",
            p.backboneMbps === null ? "—" : `${formatInteger(p.backboneMbps)} Mbit/s`,
          ],
          ["Dernier audit", p.lastAuditOn ? formatDate(p.lastAuditOn) : "—"],
          [
            "Salles",
            p.teachingRooms === null
              ? "—"
              : `${formatInteger(p.teachingRooms)} salles d'enseignement, ${p.wifiRooms === null ? "couverture Wi-Fi inconnue" : `${formatInteger(p.wifiRooms)} couvertes par le Wi-Fi`}`,
          ],
          [
            "Filtrage",
            `${text(p.filteringSolution)}${p.filteringParty ? ` (assuré par : ${PARTY_LABELS[p.filteringParty]})` : ""}`,
          ],
          [
            "ENT",
            `${text(p.entName)}${p.entGroupement ? `, groupement ${p.entGroupement}` : ""}${p.entSince ? `, depuis le ${formatDate(p.entSince)}` : ""}`,
          ],
          ["GAR", p.garEnabled === null ? "Inconnu" : p.garEnabled ? "Activé" : "Non activé"],
          ["Messagerie", text(p.messaging)],
          [
            "Mis à jour",
            `le ${formatDateTime(p.updatedAt)}${p.updatedByName ? ` par ${p.updatedByName}` : ""} (${p.source})`,
          ],
        ]}
      />
      <DataTable
        caption="Historique des débits et des salles, le plus récent d'abord"
        rows={n.history}
        rowKey={(m) => m.id}
        empty="Aucune valeur enregistrée."
        columns={[
          { key: "at", header: "Date", rowHeader: true, cell: (m) => formatDateTime(m.recordedAt) },
          { key: "kind", header: "Mesure", cell: (m) => MEASURE_LABELS[m.kind] },
          {
            key: "value",
            header: "Valeur",
            numeric: true,
            cell: (m) =>
              m.kind === "DEBIT_DESCENDANT" || m.kind === "DEBIT_MONTANT"
                ? formatMbps(m.value)
                : formatInteger(m.value),
          },
          { key: "source", header: "Source", cell: (m) => m.source },
        ]}
      />
    </>
  );
}

/** The services of the collectivité's catalogue the collège uses. */
function CollegeServices({
  services,
}: {
  services: Awaited<ReturnType<typeof servicesOfCollege>>;
}) {
  return (
    <DataTable
      caption="Services du catalogue de la collectivité utilisés par le collège"
      captionVisible
      rows={services}
      rowKey={(s) => s.id}
      empty="Aucun service du catalogue n'est renseigné pour ce collège."
      columns={[
        { key: "name", header: "Service", rowHeader: true, cell: (s) => s.name },
        { key: "kind", header: "Type", cell: (s) => SERVICE_KIND_LABELS[s.kind] },
        { key: "provider", header: "Fournisseur", cell: (s) => s.provider },
        {
          key: "end",
          header: "Fin du contrat",
          cell: (s) => (s.contractEndsOn ? formatDate(s.contractEndsOn) : "—"),
        },
        { key: "party", header: "Responsable", cell: (s) => PARTY_LABELS[s.responsibleParty] },
      ]}
    />
  );
}

/**
 * A collège's network and digital services, against the thresholds: read by the collectivité,
 * the académie and the collège; recorded by the collectivité's agents.
 */
export async function NetworkSection({
  ctx,
  uai,
  path,
}: {
  ctx: AccessContext;
  uai: string;
  path: string;
}) {
  const [n, services] = await Promise.all([
    orNullIfNotFound(getCollegeNetwork(ctx, uai)),
    orNullIfNotFound(servicesOfCollege(ctx, uai)),
  ]);
  if (!n) return null;
  const p = n.profile;
  const mbps = (kbps: number | null | undefined) =>
    kbps === null || kbps === undefined ? "" : String(kbps / 1000).replace(".", ",");
  const count = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return (
    <section aria-labelledby="reseau-titre" className="space-y-3">
      <h2 id="reseau-titre">Réseau et services numériques</h2>
      <Assessment n={n} />
      <Profile n={n} />
      {n.canEdit ? (
        <details>
          <summary className="cursor-pointer">Renseigner ou corriger le réseau du collège</summary>
          <div className="mt-2">
            <NetworkForm
              {...scopePropsOf(ctx, path)}
              uai={n.college.uai}
              values={{
                accessTechnology: p?.accessTechnology ?? "",
                downMbps: mbps(p?.downKbps),
                upMbps: mbps(p?.upKbps),
                operator: p?.operator ?? "",
                contractEndsOn: day(p?.contractEndsOn),
                backupLink: p?.backupLink ?? "",
                backboneMbps: count(p?.backboneMbps),
                lastAuditOn: day(p?.lastAuditOn),
                teachingRooms: count(p?.teachingRooms),
                wifiRooms: count(p?.wifiRooms),
                filteringSolution: p?.filteringSolution ?? "",
                filteringParty: p?.filteringParty ?? "",
                entName: p?.entName ?? "",
                entGroupement: p?.entGroupement ?? "",
                entSince: day(p?.entSince),
                garEnabled:
                  p?.garEnabled === null || p?.garEnabled === undefined
                    ? ""
                    : p.garEnabled
                      ? "oui"
                      : "non",
                messaging: p?.messaging ?? "",
              }}
            />
          </div>
        </details>
      ) : null}
      <CollegeServices services={services ?? []} />
      <NetworkSuggestions ctx={ctx} n={n} path={path} />
    </section>
  );
}
