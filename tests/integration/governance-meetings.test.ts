import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { createBody } from "@/lib/governance/create-body";
import { designateMember } from "@/lib/governance/members";
import {
  cancelMeeting,
  conveneMeeting,
  recordAttendance,
  scheduleMeeting,
  updateMeeting,
} from "@/lib/governance/meetings";
import {
  addDecision,
  approveMinutes,
  freezeMinutes,
  removeDecision,
  reopenMinutes,
  requestCorrection,
  saveMinutes,
} from "@/lib/governance/minutes";
import {
  listPartyActions,
  unsafeSendActionReminders,
  updateActionState,
} from "@/lib/governance/body-actions";
import { getMeeting } from "@/lib/governance/get-meeting";
import { addMeetingDocuments, removeMeetingDocument } from "@/lib/governance/meeting-documents";
import { carriedActions } from "@/lib/governance/minutes-document";
import { verifyMinutesDocument } from "@/lib/governance/verify-minutes";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { createUsers, people, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { A14, A70, C14, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { pdfText } from "../support/pdf-text";
import { signInAs } from "../support/session";
import { calendarPart, startSmtpPeer, type SmtpPeer } from "../support/smtp-peer";
import * as rows from "../support/rows";

/*
 * Meetings of a governance body (issue 17): the secretariat convenes (a real SMTP peer receives
 * each mail, whose invitation a real iCalendar parser reads), records attendance and drafts the
 * minutes; each co-chair approves them from their own account; each party follows its actions.
 */

const PASSWORD = "Secret2026!";
const users: Record<string, string> = {};
const as = accessAs(users);
const college: Record<string, rows.College> = {};
const meta = { ip: "203.0.113.9", userAgent: "Vitest" };
let smtp: SmtpPeer;
let copil: string;
let meeting: string;
let member: Record<string, string> = {};
const previousSmtp = process.env.SMTP_URL;

/** Instants around the meeting of 14 January 2027, 14:00–16:00 Paris time (13:00–15:00 UTC). */
const BEFORE = new Date("2027-01-05T09:00:00Z");
const DURING = new Date("2027-01-14T14:00:00Z");
const AFTER = new Date("2027-01-15T09:00:00Z");

const meetingFields = {
  title: "Comité de pilotage du 1er trimestre",
  day: "2027-01-14",
  start: "14:00",
  end: "16:00",
  place: "Hôtel du Département, salle 3, Rennes",
  videoUrl: "https://visio.example.fr/copil-35",
  agenda: "Bilan du déploiement — DRANE\nPlan de renouvellement 2027\nQuestions diverses",
};

/** Everything a refused write could have touched. */
async function snapshot() {
  const [meetings, items, attendance, decisions, approvals, documents, mails, events] =
    await Promise.all([
      db.meeting.findMany({ orderBy: { id: "asc" } }),
      db.agendaItem.findMany({ orderBy: { id: "asc" } }),
      db.meetingAttendance.findMany({ orderBy: { id: "asc" } }),
      db.bodyDecision.findMany({ orderBy: { id: "asc" } }),
      db.minutesApproval.findMany({ orderBy: { id: "asc" } }),
      db.meetingDocument.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true } }),
      db.outboxEmail.count(),
      db.auditEvent.count(),
    ]);
  return { meetings, items, attendance, decisions, approvals, documents, mails, events };
}

/** A write refused with `code`, leaving everything as it was. */
async function refused(code: string, write: () => Promise<unknown>) {
  const before = await snapshot();
  expect((await appErrorOf(write)).code).toBe(code);
  expect(await snapshot()).toEqual(before);
}

/** The VEVENT of an iCalendar text, read by ical.js (Mozilla's parser, as Thunderbird uses). */
function eventOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

beforeAll(async () => {
  smtp = await startSmtpPeer();
  process.env.SMTP_URL = smtp.url;
  await seedReferentialsAndColleges();
  await rows.loadColleges(college);
  await createUsers(
    users,
    people("agent35", "sign35", "elu35", "agent14", "drane14", "recteur14", "drane70", "chefG"),
  );
  const g = college[UAI.gayeulles]!;
  const cadre = await rows.insertConvention({
    reference: "CC-35-2026-0001",
    title: "Convention-cadre numérique 35",
    kind: "CADRE",
    owner: { id: null, collectiviteId: g.collectiviteId, academieCode: g.academieCode },
    status: "EN_VIGUEUR",
  });
  copil = (
    await createBody(await as("agent35", C35), {
      name: "Comité de pilotage numérique 35",
      kind: "COMITE_PILOTAGE",
      cadence: "TRIMESTRIELLE",
      attachment: `cadre:${cadre.id}`,
    })
  ).id;
  const seat = async (user: string, scope: typeof C35, input: Record<string, string>) =>
    (await designateMember(await as(user, scope), { bodyId: copil, ...input })).id;
  member = {
    sign35: await seat("agent35", C35, {
      role: "COPRESIDENT",
      userId: users.sign35!,
      qualite: "Vice-présidente déléguée aux collèges",
    }),
    invite: await seat("agent35", C35, {
      role: "MEMBRE",
      name: "Yann Le Gall",
      email: "yann.legall@ille-et-vilaine.example",
      qualite: "Chef du service des collèges",
    }),
    paper: await seat("agent35", C35, {
      role: "MEMBRE",
      name: "Anne Morvan",
      qualite: "Conseillère départementale",
    }),
    recteur14: await seat("drane14", A14, {
      role: "COPRESIDENT",
      userId: users.recteur14!,
      qualite: "Rectrice de l'académie de Rennes",
    }),
    drane14: await seat("drane14", A14, {
      role: "MEMBRE",
      userId: users.drane14!,
      qualite: "DRANE",
    }),
  };
});

afterAll(async () => {
  if (previousSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtp;
  await smtp.close();
});

describe("scheduling a meeting", () => {
  it("is the secretariat's: the collectivité that created the body schedules it in Paris time", async () => {
    const created = await scheduleMeeting(await as("agent35", C35), {
      bodyId: copil,
      ...meetingFields,
    });
    meeting = created.id;
    const stored = await db.meeting.findUniqueOrThrow({
      where: { id: meeting },
      include: { agenda: { orderBy: { position: "asc" } } },
    });
    expect(stored.startsAt.toISOString()).toBe("2027-01-14T13:00:00.000Z");
    expect(stored.endsAt.toISOString()).toBe("2027-01-14T15:00:00.000Z");
    expect(stored.status).toBe("PREVUE");
    expect(stored.agenda.map((i) => [i.title, i.presenter])).toEqual([
      ["Bilan du déploiement", "DRANE"],
      ["Plan de renouvellement 2027", null],
      ["Questions diverses", null],
    ]);
  });

  it("refuses another party, another collectivité and a reader, writing nothing", async () => {
    await refused("FORBIDDEN", async () =>
      scheduleMeeting(await as("drane14", A14), { bodyId: copil, ...meetingFields }),
    );
    await refused("NOT_FOUND", async () =>
      scheduleMeeting(await as("agent14", C14), { bodyId: copil, ...meetingFields }),
    );
    await refused("NOT_FOUND", async () =>
      scheduleMeeting(await as("drane70", A70), { bodyId: copil, ...meetingFields }),
    );
    await refused("FORBIDDEN", async () =>
      scheduleMeeting(await as("elu35", C35), { bodyId: copil, ...meetingFields }),
    );
  });

  it("says in French what is wrong with the form", async () => {
    const ctx = await as("agent35", C35);
    const issues = async (input: Record<string, string>) => {
      const error = await scheduleMeeting(ctx, { bodyId: copil, ...meetingFields, ...input }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ZodError);
      return (error as ZodError).issues.map((i) => i.message);
    };
    expect(await issues({ end: "13:00" })).toEqual(["Fin : après le début de la séance."]);
    expect(await issues({ place: "", videoUrl: "" })).toEqual([
      "Indiquez un lieu, un lien de visioconférence, ou les deux.",
    ]);
    expect(await issues({ videoUrl: "http://visio.example.fr" })).toEqual([
      "Lien de visioconférence : une adresse https:// complète.",
    ]);
    expect(await issues({ agenda: " \n  " })).toEqual([
      "Ordre du jour : au moins un point, un par ligne.",
    ]);
    expect(await issues({ day: "31/02/2027" })).toEqual([
      "Date : date invalide (JJ/MM/AAAA ou AAAA-MM-JJ).",
    ]);
  });
});

describe("convening", () => {
  it("sends each member with an address a mail carrying a valid invitation, through SMTP", async () => {
    smtp.clear();
    const result = await conveneMeeting(await as("agent35", C35), { meetingId: meeting }, BEFORE);
    expect(result).toEqual({ mails: 4, withoutEmail: ["Anne Morvan"] });
    expect(smtp.received.map((m) => m.to && "text" in m.to && m.to.text).sort()).toEqual([
      "drane14@test.fr",
      "recteur14@test.fr",
      "signataire35@test.fr",
      "yann.legall@ille-et-vilaine.example",
    ]);
    const mail = smtp.received.find((m) => m.subject?.includes("Convocation"))!;
    expect(mail.subject).toBe(
      "Convocation : Comité de pilotage numérique 35 — jeudi 14 janvier 2027, de 14 h 00 à 16 h 00",
    );
    expect(mail.text).toContain("1. Bilan du déploiement (DRANE)");
    const part = calendarPart(mail)!;
    expect(part.method).toBe("REQUEST");
    const { calendar, event, vevent } = eventOf(part.ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting } });
    expect(event.uid).toBe(stored.icsUid);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-01-14T13:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-01-14T15:00:00.000Z");
    expect(event.location).toBe(
      "Hôtel du Département, salle 3, Rennes — https://visio.example.fr/copil-35",
    );
    const address = (value: unknown) => String(value).replace(/^mailto:/i, "mailto:");
    expect(address(vevent.getFirstPropertyValue("organizer"))).toBe("mailto:agent35@test.fr");
    expect(event.attendees.map((a) => address(a.getFirstValue())).sort()).toEqual([
      "mailto:drane14@test.fr",
      "mailto:recteur14@test.fr",
      "mailto:signataire35@test.fr",
      "mailto:yann.legall@ille-et-vilaine.example",
    ]);
    // The académie's members are sent to the meeting in their own space.
    const recteur = smtp.received.find((m) => m.text?.startsWith("Bonjour recteur14"))!;
    expect(recteur.text).toContain(`/a/14/instances/seances/${meeting}`);
    const attendance = await db.meetingAttendance.findMany({ where: { meetingId: meeting } });
    expect(attendance).toHaveLength(5);
    expect(attendance.filter((a) => a.convokedAt === null)).toHaveLength(1);
  });

  it("convenes only the newcomers a second time, and never a meeting that has begun", async () => {
    await refused("CONFLICT", async () =>
      conveneMeeting(await as("agent35", C35), { meetingId: meeting }, BEFORE),
    );
    await refused("CONFLICT", async () =>
      conveneMeeting(await as("agent35", C35), { meetingId: meeting }, DURING),
    );
    await refused("FORBIDDEN", async () =>
      conveneMeeting(await as("drane14", A14), { meetingId: meeting }, BEFORE),
    );
    await refused("NOT_FOUND", async () =>
      conveneMeeting(await as("agent14", C14), { meetingId: meeting }, BEFORE),
    );
  });

  it("sends a change with the same UID and the next SEQUENCE", async () => {
    smtp.clear();
    const result = await updateMeeting(
      await as("agent35", C35),
      { meetingId: meeting, ...meetingFields, start: "14:30" },
      BEFORE,
    );
    expect(result.mails).toBe(4);
    const part = calendarPart(smtp.received[0]!)!;
    const { event } = eventOf(part.ics);
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting } });
    expect(event.uid).toBe(stored.icsUid);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-01-14T13:30:00.000Z");
    expect(smtp.received[0]!.subject).toMatch(/^Séance modifiée : /);
    // Back to 14:00 for the rest of the journey.
    await updateMeeting(await as("agent35", C35), { meetingId: meeting, ...meetingFields }, BEFORE);
  });

  it("cancels a convened meeting with a CANCEL the calendar understands", async () => {
    const ctx = await as("agent35", C35);
    const other = await scheduleMeeting(ctx, {
      bodyId: copil,
      ...meetingFields,
      title: "Séance extraordinaire",
      day: "2027-02-04",
    });
    await conveneMeeting(ctx, { meetingId: other.id }, BEFORE);
    await refused("FORBIDDEN", async () =>
      cancelMeeting(await as("drane14", A14), { meetingId: other.id, reason: "Non" }, BEFORE),
    );
    smtp.clear();
    expect(
      await cancelMeeting(ctx, { meetingId: other.id, reason: "Ordre du jour reporté." }, BEFORE),
    ).toEqual({ title: "Séance extraordinaire", mails: 4 });
    const part = calendarPart(smtp.received[0]!)!;
    expect(part.method).toBe("CANCEL");
    const { event, vevent } = eventOf(part.ics);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.sequence).toBe(1);
    expect(smtp.received[0]!.text).toContain("Motif : Ordre du jour reporté.");
    await refused("CONFLICT", () =>
      updateMeeting(ctx, { meetingId: other.id, ...meetingFields }, BEFORE),
    );
  });
});

describe("attendance and minutes", () => {
  const fullAttendance = () => ({
    meetingId: meeting,
    [`presence.${member.sign35}`]: "PRESENT",
    [`presence.${member.invite}`]: "PRESENT",
    [`presence.${member.paper}`]: "EXCUSE",
    [`presence.${member.recteur14}`]: "REPRESENTE",
    [`represente.${member.recteur14}`]: "M. Le Bris, IA-DASEN d'Ille-et-Vilaine",
    [`presence.${member.drane14}`]: "PRESENT",
  });

  it("records attendance once the meeting has begun, for the roll's members only", async () => {
    const ctx = await as("agent35", C35);
    await refused("CONFLICT", () => recordAttendance(ctx, fullAttendance(), BEFORE));
    await refused("FORBIDDEN", async () =>
      recordAttendance(await as("drane14", A14), fullAttendance(), DURING),
    );
    await refused("INVALID_INPUT", () =>
      recordAttendance(ctx, { meetingId: meeting, "presence.inconnu": "PRESENT" }, DURING),
    );
    await expect(
      recordAttendance(
        ctx,
        { meetingId: meeting, [`presence.${member.recteur14}`]: "REPRESENTE" },
        DURING,
      ),
    ).rejects.toBeInstanceOf(ZodError);
    // Part of the roll first: the minutes cannot be frozen while someone's presence is missing.
    await recordAttendance(
      ctx,
      { meetingId: meeting, [`presence.${member.sign35}`]: "PRESENT" },
      DURING,
    );
    await saveMinutes(ctx, { meetingId: meeting, summary: "Séance ouverte à 14 h." }, DURING);
    await refused("CONFLICT", () => freezeMinutes(ctx, { meetingId: meeting }, AFTER));
    expect(await recordAttendance(ctx, fullAttendance(), DURING)).toEqual({ recorded: 5 });
  });

  it("drafts the minutes per agenda item, with a decision and an action", async () => {
    const ctx = await as("agent35", C35);
    const items = await db.agendaItem.findMany({
      where: { meetingId: meeting },
      orderBy: { position: "asc" },
    });
    await saveMinutes(
      ctx,
      {
        meetingId: meeting,
        summary: "Le comité constate l'avancement du déploiement.",
        [`point.${items[0]!.id}`]: "La DRANE présente le taux d'équipement des collèges.",
        [`point.${items[1]!.id}`]: "Le plan 2027 remplace 420 postes de plus de 7 ans.",
      },
      AFTER,
    );
    await addDecision(
      ctx,
      {
        meetingId: meeting,
        agendaItemId: items[1]!.id,
        kind: "DECISION",
        text: "Le plan de renouvellement 2027 est adopté.",
      },
      AFTER,
    );
    await expect(
      addDecision(ctx, { meetingId: meeting, kind: "ACTION", text: "Sans échéance" }, AFTER),
    ).rejects.toBeInstanceOf(ZodError);
    await refused("INVALID_INPUT", () =>
      addDecision(
        ctx,
        {
          meetingId: meeting,
          kind: "ACTION",
          text: "Porteur d'une autre partie",
          ownerParty: "ETAT",
          ownerMemberId: member.sign35!,
          dueOn: "2027-03-31",
        },
        AFTER,
      ),
    );
    await addDecision(
      ctx,
      {
        meetingId: meeting,
        agendaItemId: items[0]!.id,
        kind: "ACTION",
        text: "Former les référents numériques des 12 collèges du bassin de Rennes.",
        ownerParty: "ETAT",
        ownerMemberId: member.drane14!,
        dueOn: "2027-03-31",
      },
      AFTER,
    );
    const extra = await addDecision(
      ctx,
      { meetingId: meeting, kind: "DECISION", text: "À retirer" },
      AFTER,
    );
    await refused("FORBIDDEN", async () =>
      removeDecision(await as("drane14", A14), { decisionId: extra.id }, AFTER),
    );
    await refused("NOT_FOUND", async () =>
      removeDecision(await as("agent14", C14), { decisionId: extra.id }, AFTER),
    );
    await removeDecision(ctx, { decisionId: extra.id }, AFTER);
    expect(await db.bodyDecision.count({ where: { meetingId: meeting } })).toBe(2);
    await refused("CONFLICT", () =>
      cancelMeeting(ctx, { meetingId: meeting, reason: "Trop tard" }, AFTER),
    );
  });

  it("joins each party's documents: an export's snapshot, an upload checked by its content", async () => {
    const pdf = new File([`%PDF-1.4\n% Bilan DRANE\n%%EOF\n`], "bilan-drane.pdf", {
      type: "application/pdf",
    });
    expect(
      await addMeetingDocuments(
        await as("agent35", C35),
        { meetingId: meeting, source: "plan-colleges", title: "" },
        [],
        AFTER,
      ),
    ).toEqual({ added: 1 });
    expect(
      await addMeetingDocuments(
        await as("drane14", A14),
        { meetingId: meeting, source: "fichier", title: "Bilan de la DRANE" },
        [pdf],
        AFTER,
      ),
    ).toEqual({ added: 1 });
    const documents = await db.meetingDocument.findMany({
      where: { meetingId: meeting },
      orderBy: { addedAt: "asc" },
    });
    expect(documents.map((d) => [d.party, d.title, d.contentType])).toEqual([
      [
        "COLLECTIVITE",
        "Plan de renouvellement, par collège",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
      ["ETAT", "Bilan de la DRANE", "application/pdf"],
    ]);
    expect(documents[1]!.sha256).toBe(sha256Hex(new Uint8Array(await pdf.arrayBuffer())));
    // A program renamed .pdf, another collectivité, a reader: refused, nothing written.
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])], "bilan.pdf");
    await refused("INVALID_INPUT", async () =>
      addMeetingDocuments(await as("agent35", C35), { meetingId: meeting, source: "fichier" }, [
        exe,
      ]),
    );
    await refused("NOT_FOUND", async () =>
      addMeetingDocuments(await as("agent14", C14), { meetingId: meeting, source: "fichier" }, [
        pdf,
      ]),
    );
    await refused("FORBIDDEN", async () =>
      addMeetingDocuments(await as("elu35", C35), { meetingId: meeting, source: "fichier" }, [pdf]),
    );
    // Each party withdraws its own documents only.
    await refused("FORBIDDEN", async () =>
      removeMeetingDocument(await as("agent35", C35), { documentId: documents[1]!.id }),
    );
    await refused("NOT_FOUND", async () =>
      removeMeetingDocument(await as("drane70", A70), { documentId: documents[1]!.id }),
    );
    const extra = await addMeetingDocuments(
      await as("drane14", A14),
      { meetingId: meeting, source: "fichier", title: "Doublon" },
      [pdf],
      AFTER,
    );
    expect(extra).toEqual({ added: 1 });
    const doublon = await db.meetingDocument.findFirstOrThrow({ where: { title: "Doublon" } });
    await removeMeetingDocument(await as("drane14", A14), { documentId: doublon.id }, AFTER);
    expect(await db.meetingDocument.count({ where: { meetingId: meeting } })).toBe(2);
  });
});

describe("approving the minutes", () => {
  let frozen: string;

  it("freezes them into a PDF, asking each co-chair in office", async () => {
    smtp.clear();
    const result = await freezeMinutes(await as("agent35", C35), { meetingId: meeting }, AFTER);
    frozen = result.sha256;
    expect(result.approvers).toBe(2);
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting } });
    expect(stored.minutesStatus).toBe("EN_APPROBATION");
    expect(sha256Hex(stored.frozenPdf!)).toBe(frozen);
    const text = pdfText(stored.frozenPdf!);
    for (const expected of [
      "Compte rendu de séance",
      "Comité de pilotage numérique 35",
      "jeudi 14 janvier 2027, de 14 h 00 à 16 h 00",
      "représenté par M. Le Bris",
      "1. Bilan du déploiement",
      "– Décision : Le plan de renouvellement 2027 est adopté.\n",
      "Action : Former les référents numériques",
      "drane14",
      "Rectrice de l'académie de Rennes",
      "Dossier de séance",
      "Bilan de la DRANE",
    ])
      expect(text).toContain(expected);
    expect(smtp.received.map((m) => m.subject)).toEqual([
      "Compte rendu à approuver : Comité de pilotage numérique 35 — séance du 14 janvier 2027",
      "Compte rendu à approuver : Comité de pilotage numérique 35 — séance du 14 janvier 2027",
    ]);
    await refused("CONFLICT", async () =>
      saveMinutes(await as("agent35", C35), { meetingId: meeting, summary: "Modifié" }, AFTER),
    );
  });

  it("is each co-chair's own act: no other member, party or space approves", async () => {
    const input = { meetingId: meeting, sha256: frozen, password: PASSWORD };
    await refused("FORBIDDEN", async () => approveMinutes(await as("drane14", A14), input, meta));
    await refused("FORBIDDEN", async () => approveMinutes(await as("agent35", C35), input, meta));
    await refused("NOT_FOUND", async () => approveMinutes(await as("agent14", C14), input, meta));
    await refused("NOT_FOUND", async () => approveMinutes(await as("drane70", A70), input, meta));
    await refused("NOT_FOUND", async () =>
      approveMinutes(await as("chefG", E(UAI.gayeulles)), input, meta),
    );
    const wrong = await appErrorOf(async () =>
      approveMinutes(await as("sign35", C35), { ...input, password: "mauvais" }, meta),
    );
    expect(wrong.fieldErrors.password).toBe("Mot de passe incorrect.");
    expect(wrong.message).toBe("Mot de passe incorrect : l'approbation n'a pas été enregistrée.");
    await refused("CONFLICT", async () =>
      approveMinutes(await as("sign35", C35), { ...input, sha256: "0".repeat(64) }, meta),
    );
  });

  it("goes back to draft when a co-chair asks for a correction", async () => {
    expect(
      await approveMinutes(
        await as("sign35", C35),
        { meetingId: meeting, sha256: frozen, password: PASSWORD },
        meta,
        AFTER,
      ),
    ).toEqual({ complete: false });
    await refused("FORBIDDEN", async () =>
      requestCorrection(
        await as("drane14", A14),
        { meetingId: meeting, sha256: frozen, reason: "Non" },
        AFTER,
      ),
    );
    await requestCorrection(
      await as("recteur14", A14),
      { meetingId: meeting, sha256: frozen, reason: "Préciser le nombre de collèges formés." },
      AFTER,
    );
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting } });
    expect(stored).toMatchObject({ minutesStatus: "BROUILLON", frozenSha256: null });
    const verified = await verifyMinutesDocument(db, frozen);
    expect(verified).toMatchObject({ kind: "frozen", replaced: true });
  });

  it("is approved by both co-chairs, the final PDF recognised on the verification page", async () => {
    const secretariat = await as("agent35", C35);
    await saveMinutes(
      secretariat,
      { meetingId: meeting, summary: "Le comité constate l'avancement ; 12 collèges formés." },
      AFTER,
    );
    frozen = (await freezeMinutes(secretariat, { meetingId: meeting }, AFTER)).sha256;
    // The secretariat may take it back before anyone answered, and freeze again.
    await reopenMinutes(secretariat, { meetingId: meeting }, AFTER);
    frozen = (await freezeMinutes(secretariat, { meetingId: meeting }, AFTER)).sha256;
    const input = { meetingId: meeting, sha256: frozen, password: PASSWORD };
    await approveMinutes(await as("sign35", C35), input, meta, AFTER);
    await refused("CONFLICT", async () => approveMinutes(await as("sign35", C35), input, meta));
    expect(await approveMinutes(await as("recteur14", A14), input, meta, AFTER)).toEqual({
      complete: true,
    });
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting } });
    expect(stored.minutesStatus).toBe("APPROUVE");
    expect(sha256Hex(stored.finalPdf!)).toBe(stored.finalSha256);
    const text = pdfText(stored.finalPdf!);
    expect(text).toContain("Certificat d'approbation");
    expect(text).toContain(frozen);
    expect(text).toContain("(identique à celle du compte rendu figé)");
    expect(text).not.toContain("DIFFÉRENTE");
    expect(text).toContain("203.0.113.9");
    const final = await verifyMinutesDocument(db, stored.finalSha256!);
    expect(final).toMatchObject({
      kind: "final",
      replaced: false,
      minutesStatus: "APPROUVE",
      bodyName: "Comité de pilotage numérique 35",
    });
    expect(final!.approvals.map((a) => [a.party, a.status])).toEqual([
      ["COLLECTIVITE", "APPROUVEE"],
      ["ETAT", "APPROUVEE"],
    ]);
    expect(await verifyMinutesDocument(db, frozen)).toMatchObject({
      kind: "frozen",
      replaced: false,
    });
  });
});

describe("following the actions", () => {
  let action: string;

  beforeAll(async () => {
    action = (
      await db.bodyDecision.findFirstOrThrow({ where: { meetingId: meeting, kind: "ACTION" } })
    ).id;
  });

  it("shows each party its own open actions, late ones flagged", async () => {
    const onTime = await listPartyActions(await as("drane14", A14), AFTER);
    expect(onTime).toMatchObject({ overdue: 0, actions: [{ id: action, late: false }] });
    const late = await listPartyActions(await as("drane14", A14), new Date("2027-04-02T09:00:00Z"));
    expect(late).toMatchObject({ overdue: 1, actions: [{ id: action, late: true }] });
    expect((await listPartyActions(await as("agent35", C35), AFTER))?.actions).toEqual([]);
    expect((await listPartyActions(await as("drane70", A70), AFTER))?.actions).toEqual([]);
  });

  it("reminds the owner member once, a week before the due date, through SMTP", async () => {
    smtp.clear();
    expect(await unsafeSendActionReminders(new Date("2027-03-10T08:00:00Z"))).toEqual([]);
    const reports = await unsafeSendActionReminders(new Date("2027-03-25T08:00:00Z"));
    expect(reports).toEqual([
      { text: "Former les référents numériques des 12 collèges du bassin de Rennes.", mails: 1 },
    ]);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe(
      "Action à échéance le 31 mars 2027 : Comité de pilotage numérique 35",
    );
    expect(await unsafeSendActionReminders(new Date("2027-03-26T08:00:00Z"))).toEqual([]);
  });

  it("is updated by its owner party only", async () => {
    const input = { decisionId: action, state: "EN_COURS", note: "6 collèges sur 12" };
    await refused("FORBIDDEN", async () => updateActionState(await as("agent35", C35), input));
    await refused("NOT_FOUND", async () => updateActionState(await as("agent14", C14), input));
    await refused("NOT_FOUND", async () => updateActionState(await as("drane70", A70), input));
    expect(await updateActionState(await as("drane14", A14), input, AFTER)).toEqual({
      text: "Former les référents numériques des 12 collèges du bassin de Rennes.",
      state: "En cours",
    });
  });

  it("is carried to the body's next meeting until done", async () => {
    const next = await scheduleMeeting(await as("agent35", C35), {
      bodyId: copil,
      ...meetingFields,
      title: "Comité de pilotage du 2e trimestre",
      day: "2027-04-15",
    });
    const carried = await db.$transaction((tx) =>
      carriedActions(tx, copil, { id: next.id, startsAt: new Date("2027-04-15T12:00:00Z") }),
    );
    expect(carried.map((a) => [a.id, a.state, a.stateNote])).toEqual([
      [action, "EN_COURS", "6 collèges sur 12"],
    ]);
    const view = await getMeeting(await as("drane14", A14), next.id);
    expect(view.carried.map((a) => a.id)).toEqual([action]);
    expect(view.can).toMatchObject({ schedule: false, write: false, follow: true });
  });
});

describe("the meeting's page and files", () => {
  const pages = {
    c: () => import("@/app/c/[code]/instances/seances/[id]/page"),
    a: () => import("@/app/a/[code]/instances/seances/[id]/page"),
    e: () => import("@/app/e/[uai]/instances/seances/[id]/page"),
  };
  const at = async (space: keyof typeof pages, user: string, params: Record<string, string>) => {
    signInAs(users[user]!);
    return open((await pages[space]()).default as Page, params, 1);
  };

  it("opens for the body's parties, 404 for another collectivité, académie or collège", async () => {
    expect(await at("c", "agent35", { code: "35", id: meeting })).toBe("ouverte");
    expect(await at("c", "elu35", { code: "35", id: meeting })).toBe("ouverte");
    expect(await at("a", "drane14", { code: "14", id: meeting })).toBe("ouverte");
    expect(await at("c", "agent14", { code: "14", id: meeting })).toBe("404");
    expect(await at("a", "drane70", { code: "70", id: meeting })).toBe("404");
    expect(await at("e", "chefG", { uai: UAI.gayeulles, id: meeting })).toBe("404");
    expect(await at("c", "agent35", { code: "14", id: meeting })).toBe("404");
  });

  it("serves the PDFs and the calendar event to the parties only", async () => {
    const pdf = await import("@/app/c/[code]/instances/seances/[id]/compte-rendu/[file]/route");
    const ics = await import("@/app/a/[code]/instances/seances/[id]/invitation.ics/route");
    const get = (
      route: { GET: (r: Request, c: { params: Promise<never> }) => Promise<Response> },
      params: Record<string, string>,
    ) => route.GET(new Request("http://localhost/"), { params: Promise.resolve(params as never) });
    signInAs(users.agent35!);
    const final = await get(pdf, { code: "35", id: meeting, file: "final" });
    expect(final.status).toBe(200);
    expect(final.headers.get("Content-Type")).toBe("application/pdf");
    expect((await get(pdf, { code: "35", id: meeting, file: "autre" })).status).toBe(404);
    signInAs(users.agent14!);
    expect((await get(pdf, { code: "14", id: meeting, file: "final" })).status).toBe(404);
    signInAs(users.drane14!);
    const event = await get(ics, { code: "14", id: meeting });
    expect(event.status).toBe(200);
    const parsed = eventOf(await event.text());
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: meeting } });
    expect(parsed.event.uid).toBe(stored.icsUid);
    signInAs(users.drane70!);
    expect((await get(ics, { code: "70", id: meeting })).status).toBe(404);
    const documents =
      await import("@/app/c/[code]/instances/seances/[id]/documents/[documentId]/route");
    const bilan = await db.meetingDocument.findFirstOrThrow({
      where: { title: "Bilan de la DRANE" },
    });
    signInAs(users.agent35!);
    const file = await get(documents, { code: "35", id: meeting, documentId: bilan.id });
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("application/pdf");
    signInAs(users.agent14!);
    expect((await get(documents, { code: "14", id: meeting, documentId: bilan.id })).status).toBe(
      404,
    );
  });
});
