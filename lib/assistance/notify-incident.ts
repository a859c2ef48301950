import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { partyRoles } from "@/lib/conventions/notify-parties";
import { SECTOR_ROLES } from "@/lib/access/context";
import { appBaseUrl, queueMail } from "@/lib/mail/send-mail";
import { INCIDENT_STATUS_LABELS, QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import type { IncidentStatus } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/** What a notification needs of an incident. */
export interface NotifiedIncident {
  id: string;
  reference: string;
  title: string;
  status: IncidentStatus;
  party: ConventionParty;
  level: string;
  reporterId: string;
  reporterParty: ConventionParty;
  collectiviteId: string;
  academieCode: string;
  etablissement: { id: string; uai: string; name: string; sectorId: string | null };
  collectivite: { code: string };
}

/** The incident's page in the space of a party's members. */
export function incidentLink(incident: NotifiedIncident, party: ConventionParty): string {
  const base = appBaseUrl();
  if (party === "ETAT") return `${base}/a/${incident.academieCode}/assistance/${incident.id}`;
  if (party === "EPLE") return `${base}/e/${incident.etablissement.uai}/assistance/${incident.id}`;
  return `${base}/c/${incident.collectivite.code}/assistance/${incident.id}`;
}

/**
 * The members of the queue handling the incident: for the collectivité, the technicians of the
 * collège's secteur, or its agents when the secteur has none; for the State, the académie's
 * assistance; for the EPLE, the chef and the référent technique.
 */
async function queueMembers(tx: Tx, incident: NotifiedIncident) {
  const roles = partyRoles(incident.party, "incident.handle");
  const active = { user: { disabledAt: null } };
  const select = { user: { select: { id: true, email: true, name: true } } } as const;
  if (incident.party === "COLLECTIVITE") {
    const where = {
      ...active,
      scopeType: "COLLECTIVITE" as const,
      collectiviteId: incident.collectiviteId,
    };
    const sectorId = incident.etablissement.sectorId;
    const field = sectorId
      ? await tx.membership.findMany({
          where: { ...where, role: { in: [...SECTOR_ROLES] }, sectorId },
          select,
        })
      : [];
    if (field.length > 0) return field;
    return tx.membership.findMany({
      where: { ...where, role: { in: roles.filter((r) => !SECTOR_ROLES.includes(r)) } },
      select,
    });
  }
  if (incident.party === "ETAT")
    return tx.membership.findMany({
      where: {
        ...active,
        scopeType: "ACADEMIE",
        academieCode: incident.academieCode,
        role: { in: roles },
      },
      select,
    });
  return tx.membership.findMany({
    where: {
      ...active,
      scopeType: "ETABLISSEMENT",
      etablissementId: incident.etablissement.id,
      role: { in: roles },
    },
    select,
  });
}

function mailText(
  name: string,
  lines: readonly string[],
  incident: NotifiedIncident,
  link: string,
) {
  return [
    `Bonjour ${name},`,
    "",
    ...lines,
    "",
    `${incident.reference} — ${incident.title}`,
    `${incident.etablissement.name} (${incident.etablissement.uai})`,
    `État : ${INCIDENT_STATUS_LABELS[incident.status]} · ${QUEUE_LABELS[incident.party]}, niveau ${incident.level}`,
    link,
    "",
    "— Tripartite",
  ].join("\n");
}

/** Tells the handling queue of a new (or re-routed) incident. Returns the outbox ids. */
export async function notifyQueue(
  tx: Tx,
  incident: NotifiedIncident,
  lines: readonly string[],
  actorId: string,
): Promise<string[]> {
  const members = await queueMembers(tx, incident);
  const link = incidentLink(incident, incident.party);
  const ids: string[] = [];
  const seen = new Set<string>([actorId]);
  for (const { user } of members) {
    if (seen.has(user.id)) continue;
    seen.add(user.id);
    ids.push(
      await queueMail(tx, {
        to: user.email,
        subject: `Nouvel incident ${incident.reference} — ${incident.etablissement.name}`,
        text: mailText(user.name, lines, incident, link),
      }),
    );
  }
  return ids;
}

/** Tells the reporter of a change they did not make themselves. Returns the outbox ids. */
export async function notifyReporter(
  tx: Tx,
  incident: NotifiedIncident,
  lines: readonly string[],
  actorId: string,
): Promise<string[]> {
  if (incident.reporterId === actorId) return [];
  const reporter = await tx.user.findFirst({
    where: { id: incident.reporterId, disabledAt: null },
    select: { email: true, name: true },
  });
  if (!reporter) return [];
  const id = await queueMail(tx, {
    to: reporter.email,
    subject: `Votre signalement ${incident.reference} : ${INCIDENT_STATUS_LABELS[incident.status].toLowerCase()}`,
    text: mailText(reporter.name, lines, incident, incidentLink(incident, incident.reporterParty)),
  });
  return [id];
}

/** Tells the person an incident was assigned to, unless they assigned it to themselves. */
export async function notifyAssignee(
  tx: Tx,
  incident: NotifiedIncident,
  assignee: { id: string; name: string; email: string },
  actor: { id: string; name: string },
): Promise<string[]> {
  if (assignee.id === actor.id) return [];
  const id = await queueMail(tx, {
    to: assignee.email,
    subject: `Incident ${incident.reference} attribué — ${incident.etablissement.name}`,
    text: mailText(
      assignee.name,
      [`${actor.name} vous a attribué cet incident.`],
      incident,
      incidentLink(incident, incident.party),
    ),
  });
  return [id];
}
