import Link from "next/link";
import type { IncidentDetail } from "@/lib/assistance/get-incident";
import { formatWorkingMinutes } from "@/lib/assistance/sla-state";
import {
  INCIDENT_KIND_LABELS,
  INCIDENT_STATUS_LABELS,
  QUEUE_LABELS,
} from "@/lib/assistance/vocabulary";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { EquipmentStatusBadge } from "@/components/inventory/equipment-status-badge";
import { SlaBadge, UrgencyBadge } from "@/components/assistance/incident-badges";

type Incident = IncidentDetail["incident"];

const CARD = "rounded-lg border border-slate-200 bg-white p-4";
const GRID = "mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]";

const minutes = (value: number | null) => (value === null ? "—" : formatWorkingMinutes(value));

/** Where the incident was sent, and by which rule: a default route says no convention decided. */
export function RoutingNote({ incident }: { incident: Incident }) {
  return (
    <div className={CARD}>
      <p>
        <strong>Aiguillage :</strong> {QUEUE_LABELS[incident.party]}, niveau {incident.level}.{" "}
        {incident.routingNote}
      </p>
      {incident.routingSource !== "CONVENTION" ? (
        <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-900">
          Aucune convention en vigueur n&apos;a décidé de cet aiguillage :{" "}
          {incident.routingSource === "MODELE"
            ? "il suit le modèle de convention actuel de la collectivité."
            : "ni convention ni modèle ne nomment ce domaine ; l'incident va par défaut au service de la collectivité, niveau N2."}
        </p>
      ) : incident.convention ? (
        <p className="mt-2 text-sm">Convention {incident.convention.reference}.</p>
      ) : null}
    </div>
  );
}

/** What was reported: the collège, the nature, the domain, the reporter, the room. */
export function IncidentFacts({ incident }: { incident: Incident }) {
  const e = incident.etablissement;
  const rows: DetailRow[] = [
    ["Collège", `${e.name} (${e.uai}), ${e.communeName}`],
    ["Nature", INCIDENT_KIND_LABELS[incident.kind]],
    ["Domaine", incident.domainLabel],
    ["Urgence", <UrgencyBadge key="u" urgency={incident.urgency} />],
    ["Salle", incident.room ?? "—"],
    [
      "Service concerné",
      incident.digitalService
        ? `${incident.digitalService.name} (${incident.digitalService.provider})`
        : "—",
    ],
    ["Signalé par", `${incident.reporter.name}, le ${formatDateTime(incident.reportedAt)}`],
    ["Attribué à", incident.assignee?.name ?? "personne pour l'instant"],
  ];
  if (incident.reopenCount > 0) rows.push(["Réouvertures", String(incident.reopenCount)]);
  return (
    <div className={CARD}>
      <DetailList rows={rows} className={GRID.replace("mt-2 ", "")} />
      <h3 className="mt-4 text-base font-semibold">Description</h3>
      <p className="whitespace-pre-line">{incident.description}</p>
      {incident.resolution ? (
        <>
          <h3 className="mt-4 text-base font-semibold">Résolution</h3>
          <p className="whitespace-pre-line">{incident.resolution}</p>
        </>
      ) : null}
    </div>
  );
}

/** The service level: its targets, deadlines, the measured times and where it stands now. */
export function SlaBlock({ detail }: { detail: IncidentDetail }) {
  const { incident: i, sla } = detail;
  const rows: DetailRow[] = [
    ["Engagement", i.slaLabel ?? "aucun délai n'est prévu pour ce cas"],
    ["Où en est le délai", <SlaBadge key="s" sla={sla} />],
    ["Délai de prise en charge", minutes(i.takeChargeTargetMinutes)],
    ["Prise en charge avant le", formatDateTime(i.takeChargeDueAt)],
    ["Prise en charge mesurée", minutes(i.takeChargeWorkMinutes)],
    ["Délai de résolution", minutes(i.resolveTargetMinutes)],
    ["Résolution avant le", formatDateTime(i.resolveDueAt)],
    ["Résolution mesurée", minutes(i.resolveWorkMinutes)],
  ];
  if (sla.pauses.length > 0)
    rows.push([
      "Attentes (délai suspendu)",
      <ul key="p" className="list-disc pl-5">
        {sla.pauses.map((p) => (
          <li key={p.startedAt.toISOString()}>
            {INCIDENT_STATUS_LABELS[p.reason]} : du {formatDateTime(p.startedAt)}
            {p.endedAt ? ` au ${formatDateTime(p.endedAt)}` : ", en cours"}
          </li>
        ))}
      </ul>,
    ]);
  return (
    <section aria-labelledby="delais-titre" className={CARD}>
      <h2 id="delais-titre" className="text-lg">
        Délais
      </h2>
      <DetailList rows={rows} className={GRID} />
      <p className="mt-2 text-sm text-slate-700">
        Les délais se comptent en temps ouvré : heures de travail, hors week-ends et jours fériés
        {i.closedAt ? "" : " ; une attente du collège ou d'un fournisseur les suspend"}.
      </p>
    </section>
  );
}

/** The equipment the incident is about, linked to its page of the inventory. */
export function IncidentEquipment({
  incident,
  inventoryHref,
}: {
  incident: Incident;
  inventoryHref: string | null;
}) {
  const e = incident.equipment;
  if (!e) return null;
  const name = `${CATEGORY_LABELS[e.category]}${e.model ? ` ${[e.manufacturer, e.model].filter(Boolean).join(" ")}` : ""}`;
  const numbers = [
    e.inventoryNumber && `n° d'inventaire ${e.inventoryNumber}`,
    e.serialNumber && `n° de série ${e.serialNumber}`,
    e.location,
  ].filter(Boolean);
  return (
    <section aria-labelledby="equipement-titre" className={CARD}>
      <h2 id="equipement-titre" className="text-lg">
        Équipement
      </h2>
      <p className="mt-2">
        {inventoryHref ? <Link href={`${inventoryHref}/${e.id}`}>{name}</Link> : name}
        {numbers.length > 0 ? ` (${numbers.join(", ")})` : ""} —{" "}
        <EquipmentStatusBadge status={e.status} />
      </p>
      {incident.disposal ? (
        <p className="mt-2">
          Réformé le {formatDate(incident.disposal.disposedOn)} : {incident.disposal.reason}
        </p>
      ) : null}
    </section>
  );
}
