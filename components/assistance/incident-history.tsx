import type { IncidentDetail } from "@/lib/assistance/get-incident";
import { HANDLER_PARTY_LABELS, QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import { formatBytes, formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

type Event = IncidentDetail["events"][number];

const EVENT_LABELS: Record<Event["kind"], string> = {
  SIGNALE: "Signalé",
  REAIGUILLE: "Réaiguillé",
  PRIS_EN_CHARGE: "Pris en charge",
  ASSIGNE: "Attribué",
  MIS_EN_ATTENTE: "Mis en attente",
  REPRIS: "Traitement repris",
  RESOLU: "Résolu",
  CONFIRME: "Résolution confirmée",
  CLOS_AUTO: "Clos automatiquement",
  ROUVERT: "Rouvert",
  COMMENTAIRE: "Commentaire",
};

/** « vers Service numérique de la collectivité, niveau N2 » for the report and each re-route. */
const hop = (e: Event) =>
  (e.kind === "SIGNALE" || e.kind === "REAIGUILLE") && e.party
    ? ` vers ${QUEUE_LABELS[e.party]}, niveau ${e.level ?? "—"}`
    : "";

/** The incident's life in order: each step, who took it and for which party, each hop. */
export function IncidentHistory({ events }: { events: IncidentDetail["events"] }) {
  return (
    <section aria-labelledby="historique-titre">
      <h2 id="historique-titre">Historique</h2>
      <ol className="mt-2 space-y-3 border-l-2 border-slate-300 pl-4">
        {events.map((e) => (
          <li key={e.id}>
            <p>
              <strong>
                {EVENT_LABELS[e.kind]}
                {hop(e)}
              </strong>{" "}
              {e.internal ? <Badge tone="warning">Note interne</Badge> : null}
            </p>
            <p className="text-sm text-slate-700">
              le {formatDateTime(e.at)} par {e.actorName}
              {e.actorParty ? ` (${HANDLER_PARTY_LABELS[e.actorParty]})` : ""}
            </p>
            {e.body ? <p className="whitespace-pre-line">{e.body}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The files joined to the incident, each downloaded through the space's route. */
export function IncidentAttachments({
  attachments,
  incidentHref,
}: {
  attachments: IncidentDetail["incident"]["attachments"];
  incidentHref: string;
}) {
  return (
    <section aria-labelledby="pieces-titre">
      <h2 id="pieces-titre">Pièces jointes</h2>
      {attachments.length === 0 ? (
        <p className="mt-2">Aucune pièce jointe.</p>
      ) : (
        <ul className="mt-2 list-disc pl-5">
          {attachments.map((a) => (
            <li key={a.id}>
              {/* A download, not a page: a plain link, without the client router. */}
              <a href={`${incidentHref}/pieces/${a.id}`}>{a.fileName}</a> ({formatBytes(a.size)},
              ajouté par {a.uploadedBy.name} le {formatDateTime(a.createdAt)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
