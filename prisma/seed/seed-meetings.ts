import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionState, BodyKind, ConventionParty } from "@/lib/generated/prisma/enums";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { parisInstant, todayInParisIso } from "@/lib/dates";
import { readMinutesDocument } from "@/lib/governance/minutes-document";
import { renderApprovedMinutesPdf, renderMinutesPdf } from "@/lib/governance/minutes-pdf";

type Tx = Prisma.TransactionClient;

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (séances fictives)" };
const DAY = 86_400_000;

/**
 * Where a demo meeting stands: minutes approved, frozen and awaiting some co-chairs, in draft,
 * or a meeting to come (convened or not yet).
 */
export type DemoMeetingState = "APPROUVE" | "EN_APPROBATION" | "BROUILLON" | "CONVOQUEE" | "PREVUE";

export interface DemoMeetingPlan {
  /** Months from the seed's day (negative: past); the meeting falls on the Thursday after. */
  months: number;
  state: DemoMeetingState;
}

interface DemoBodyRef {
  id: string;
  name: string;
  kind: BodyKind;
  collectiviteId: string;
  academieCode: string;
  etablissementId: string | null;
  secretariatParty: ConventionParty;
}

/** What each kind of body discusses, in turn (fictitious but plausible minutes). */
const TOPICS: Record<BodyKind, { agenda: string[]; decision: string; action: string }[]> = {
  COMITE_PILOTAGE: [
    {
      agenda: [
        "Bilan du déploiement des équipements — DRANE",
        "Programme de renouvellement de l'année",
        "Questions diverses",
      ],
      decision: "Le programme de renouvellement des postes de plus de sept ans est adopté.",
      action: "Présenter au prochain comité le taux d'équipement par collège",
    },
    {
      agenda: [
        "Suivi des engagements de la convention-cadre",
        "Formation des référents numériques — DRANE",
        "Calendrier des commissions numériques",
      ],
      decision: "Un référent numérique formé par collège d'ici la fin de l'année scolaire.",
      action: "Organiser deux sessions de formation des référents numériques",
    },
    {
      agenda: [
        "Niveaux de service de l'assistance",
        "Bilan annuel de la convention-cadre",
        "Questions diverses",
      ],
      decision:
        "Le délai de prise en charge des incidents bloquants reste fixé à 4 heures ouvrées.",
      action: "Transmettre le relevé des incidents du trimestre aux membres du comité",
    },
  ],
  COMITE_TECHNIQUE: [
    {
      agenda: [
        "Incidents du trimestre et délais de résolution",
        "Raccordement et débit des collèges",
        "Points techniques divers",
      ],
      decision: "Les collèges sous 8 Mb/s par classe sont prioritaires pour le raccordement.",
      action: "Établir la liste des collèges sous le seuil de débit",
    },
    {
      agenda: [
        "Préparation de la rentrée : comptes et ENT",
        "Maintenance proactive : visites du trimestre",
        "Points techniques divers",
      ],
      decision: "Une visite de maintenance proactive par collège et par trimestre.",
      action: "Vérifier l'ouverture des comptes ENT des nouveaux élèves",
    },
  ],
  GROUPE_THEMATIQUE: [
    {
      agenda: ["Usages pédagogiques", "Ressources numériques", "Questions diverses"],
      decision: "Un atelier d'échange de pratiques par trimestre.",
      action: "Recenser les ressources numériques utilisées dans les collèges",
    },
  ],
  COMITE_SUIVI: [
    {
      agenda: ["Suivi de la convention", "Questions diverses"],
      decision: "Le suivi de la convention se fait deux fois par an.",
      action: "Préparer le bilan de la convention",
    },
  ],
  COMMISSION_NUMERIQUE: [
    {
      agenda: [
        "Autodiagnostic du collège (13 facteurs)",
        "Besoins en équipement pour l'an prochain",
        "Questions diverses",
      ],
      decision: "Les besoins prioritaires sont les vidéoprojecteurs des salles de sciences.",
      action: "Déposer les besoins du collège dans la campagne en cours",
    },
    {
      agenda: [
        "Usages de l'ENT par les familles",
        "Formation des enseignants",
        "Questions diverses",
      ],
      decision: "Une présentation de l'ENT aux familles de 6e à chaque rentrée.",
      action: "Planifier la formation des enseignants arrivés cette année",
    },
  ],
};

/** The Thursday on or after the day `months` from `now`, as AAAA-MM-JJ. */
function meetingDay(now: Date, months: number): string {
  const day = new Date(`${todayInParisIso(now)}T12:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  while (day.getUTCDay() !== 4) day.setTime(day.getTime() + DAY);
  return day.toISOString().slice(0, 10);
}

/** The party that owns the nth action of a body: each party in turn. */
function ownerParty(body: DemoBodyRef, index: number): ConventionParty {
  const parties: ConventionParty[] = body.etablissementId
    ? ["EPLE", "COLLECTIVITE"]
    : ["ETAT", "COLLECTIVITE"];
  return parties[index % parties.length]!;
}

/**
 * Writes a body's demo meetings, oldest first, as the product would have left them: agenda,
 * attendance, minutes with a decision and an action, approvals by the co-chairs in office with
 * their frozen and approved PDFs, actions followed by their owner party. A meeting to come is
 * convened (members on the roll) or only scheduled.
 */
export async function seedBodyMeetings(
  tx: Tx,
  body: DemoBodyRef,
  plans: readonly DemoMeetingPlan[],
  createdById: string,
  now: Date,
): Promise<number> {
  const members = await tx.bodyMember.findMany({
    where: { bodyId: body.id, endedAt: null },
    select: { id: true, party: true, role: true, userId: true, name: true, qualite: true },
    orderBy: [{ party: "asc" }, { name: "asc" }],
  });
  const topics = TOPICS[body.kind];
  let actionIndex = 0;
  for (const [index, plan] of plans.entries()) {
    const topic = topics[index % topics.length]!;
    const day = meetingDay(now, plan.months);
    const startsAt = parisInstant(day, "14:00");
    const endsAt = parisInstant(day, "16:00");
    const upcoming = plan.state === "CONVOQUEE" || plan.state === "PREVUE";
    const meeting = await tx.meeting.create({
      data: {
        bodyId: body.id,
        title: `Séance du ${new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(startsAt)}`,
        startsAt,
        endsAt,
        place: body.etablissementId ? "Salle du conseil d'administration" : "Salle des commissions",
        videoUrl: body.etablissementId ? null : "https://visio.demo.tripartite.fr/instances",
        status: plan.state === "PREVUE" ? "PREVUE" : "CONVOQUEE",
        icsUid: `${randomUUID()}@tripartite`,
        convenedAt: plan.state === "PREVUE" ? null : new Date(startsAt.getTime() - 21 * DAY),
        createdById,
        agenda: {
          create: topic.agenda.map((line, position) => {
            const [title = line, presenter] = line.split(" — ");
            return {
              position,
              title,
              presenter: presenter ?? null,
              minutes:
                upcoming || (plan.state === "BROUILLON" && position > 0)
                  ? ""
                  : `Le point est présenté puis débattu. ${position === 0 ? "Les membres relèvent les progrès accomplis depuis la séance précédente." : "Les échanges portent sur le calendrier et les moyens."}`,
            };
          }),
        },
      },
      select: { id: true, agenda: { select: { id: true }, orderBy: { position: "asc" } } },
    });
    await tx.meetingAttendance.createMany({
      data: members.map((m, i) => ({
        meetingId: meeting.id,
        memberId: m.id,
        convokedAt: plan.state === "PREVUE" ? null : new Date(startsAt.getTime() - 21 * DAY),
        status: upcoming ? null : i % 4 === 3 ? "EXCUSE" : "PRESENT",
        recordedAt: upcoming ? null : endsAt,
      })),
    });
    await appendAuditEvent(tx, {
      actor: DEMO_ACTOR,
      scope: partiesAuditScope(body),
      action: "governance.meeting.schedule",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { startsAt, endsAt },
    });
    if (upcoming) continue;

    await tx.meeting.update({
      where: { id: meeting.id },
      data: { summary: "Le quorum est atteint ; la séance est ouverte à 14 h." },
    });
    const party = ownerParty(body, actionIndex++);
    const dueOn = new Date(`${meetingDay(new Date(startsAt.getTime()), 2)}T00:00:00Z`);
    // Old actions are done; the last ones are still open, one of them late.
    const state: ActionState =
      dueOn.getTime() < now.getTime() - 90 * DAY
        ? "FAITE"
        : plan.months >= -3
          ? "EN_COURS"
          : "A_FAIRE";
    const owner = members.find((m) => m.party === party && m.role === "MEMBRE") ?? null;
    await tx.bodyDecision.createMany({
      data: [
        {
          bodyId: body.id,
          meetingId: meeting.id,
          agendaItemId: meeting.agenda[1]?.id ?? null,
          kind: "DECISION",
          text: topic.decision,
        },
        {
          bodyId: body.id,
          meetingId: meeting.id,
          agendaItemId: meeting.agenda[0]!.id,
          kind: "ACTION",
          text: topic.action,
          ownerParty: party,
          ownerMemberId: owner?.id ?? null,
          dueOn,
          state,
          stateNote: state === "FAITE" ? "Réalisée." : state === "EN_COURS" ? "En cours." : null,
          stateAt: state === "A_FAIRE" ? null : new Date(Math.min(dueOn.getTime(), now.getTime())),
        },
      ],
    });
    if (plan.state === "BROUILLON") continue;

    const chairs = members.filter((m) => m.role === "COPRESIDENT" && m.userId);
    const frozenAt = new Date(endsAt.getTime() + 3 * DAY);
    const doc = await readMinutesDocument(
      tx,
      meeting.id,
      chairs.map((c) => ({ name: c.name, party: c.party, qualite: c.qualite })),
      frozenAt,
    );
    const frozenPdf = await renderMinutesPdf(doc);
    const frozenSha256 = sha256Hex(frozenPdf);
    // Awaiting approval: the secretariat's co-chair has approved, the others not yet.
    const approves = (party: ConventionParty) =>
      plan.state === "APPROUVE" || party === body.secretariatParty;
    const approvedAt = new Date(frozenAt.getTime() + 5 * DAY);
    await tx.minutesApproval.createMany({
      data: chairs.map((c) => ({
        meetingId: meeting.id,
        round: 1,
        frozenSha256,
        party: c.party,
        memberId: c.id,
        userId: c.userId!,
        name: c.name,
        qualite: c.qualite,
        status: approves(c.party) ? "APPROUVEE" : "EN_ATTENTE",
        decidedAt: approves(c.party) ? approvedAt : null,
      })),
    });
    const finalPdf =
      plan.state === "APPROUVE"
        ? await renderApprovedMinutesPdf(frozenPdf, {
            doc,
            frozenSha256,
            approvals: chairs.map((c) => ({
              name: c.name,
              party: c.party,
              qualite: c.qualite,
              decidedAt: approvedAt,
              ip: null,
              userAgent: null,
              sha256: frozenSha256,
            })),
            approvedAt,
          })
        : null;
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        minutesStatus: plan.state === "APPROUVE" ? "APPROUVE" : "EN_APPROBATION",
        minutesRound: 1,
        frozenPdf: new Uint8Array(frozenPdf),
        frozenSha256,
        frozenAt,
        finalPdf: finalPdf ? new Uint8Array(finalPdf) : null,
        finalSha256: finalPdf ? sha256Hex(finalPdf) : null,
        approvedAt: finalPdf ? approvedAt : null,
      },
    });
  }
  return plans.length;
}
