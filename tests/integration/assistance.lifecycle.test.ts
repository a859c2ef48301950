import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  takeIncident,
  pauseIncident,
  resumeIncident,
  assignIncident,
} from "@/lib/assistance/handle-incident";
import { resolveIncident } from "@/lib/assistance/resolve-incident";
import { confirmIncident, reopenIncident } from "@/lib/assistance/confirm-incident";
import { rerouteIncident } from "@/lib/assistance/reroute-incident";
import { unsafeCloseResolvedIncidents } from "@/lib/assistance/close-resolved";
import { UAI } from "../support/fixtures";
import { A14, C35, E } from "../support/access";
import { as, ids, reportScreen, seedAssistance, T, users } from "./assistance.fixtures";

beforeAll(seedAssistance);

const incident = (id: string) =>
  db.incident.findUniqueOrThrow({
    where: { id },
    include: { events: { orderBy: { at: "asc" } }, pauses: true },
  });
const tech = () => as("tech35", C35);
const chef = () => as("chefG", E(UAI.gayeulles));
const DAY = 86_400_000;

describe("the broken screen, from report to confirmation", () => {
  const journey = { id: "" };

  it("is taken in charge by the technician of the secteur: the time is measured in working minutes", async () => {
    journey.id = (await reportScreen()).id;
    await takeIncident(await tech(), { incidentId: journey.id }, T.taken);
    const row = await incident(journey.id);
    expect(row).toMatchObject({
      status: "PRIS_EN_CHARGE",
      takeChargeWorkMinutes: 120,
      assigneeId: users.tech35,
    });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: "chef.gayeulles@test.fr", text: { contains: journey.id } },
    });
    expect(mail.text).toContain(`/e/${UAI.gayeulles}/assistance/${journey.id}`);
  });

  it("waits for a part: the clock stops and the deadline disappears until it runs again", async () => {
    await pauseIncident(
      await tech(),
      {
        incidentId: journey.id,
        waitingFor: "EN_ATTENTE_FOURNISSEUR",
        reason: "Carte d'alimentation commandée",
      },
      T.paused,
    );
    expect(await incident(journey.id)).toMatchObject({
      status: "EN_ATTENTE_FOURNISSEUR",
      resolveDueAt: null,
    });
    await resumeIncident(await tech(), { incidentId: journey.id }, T.resumed);
    const row = await incident(journey.id);
    expect(row.status).toBe("PRIS_EN_CHARGE");
    expect(row.pauses).toMatchObject([
      { reason: "EN_ATTENTE_FOURNISSEUR", startedAt: T.paused, endedAt: T.resumed },
    ]);
    // 1,710 working minutes: Monday 9:00–14:00 (300), the pause, Wednesday 10:00–17:30 (450),
    // Thursday (570), Friday 8:00 + 390 = 14:30 in Paris.
    expect(row.resolveDueAt?.toISOString()).toBe("2026-12-11T13:30:00.000Z");
  });

  it("is resolved: the time to resolve excludes the pause, and the screen is back in service", async () => {
    await resolveIncident(
      await tech(),
      { incidentId: journey.id, resolution: "Carte d'alimentation remplacée, écran testé." },
      T.resolved,
    );
    const row = await incident(journey.id);
    // Monday 300 + Wednesday 450 + Thursday 8:00–16:00 480.
    expect(row).toMatchObject({
      status: "RESOLU",
      resolveWorkMinutes: 1230,
      resolvedAt: T.resolved,
    });
    expect(row.resolveWorkMinutes!).toBeLessThanOrEqual(row.resolveTargetMinutes!);
    expect((await db.equipment.findUniqueOrThrow({ where: { id: ids.eni } })).status).toBe(
      "EN_SERVICE",
    );
  });

  it("is confirmed by the chef, and its history tells every step", async () => {
    await confirmIncident(await chef(), { incidentId: journey.id }, T.confirmed);
    const row = await incident(journey.id);
    expect(row).toMatchObject({ status: "CLOS", closedAt: T.confirmed });
    expect(row.events.map((e) => [e.kind, e.toStatus, e.actorParty])).toEqual([
      ["SIGNALE", "NOUVEAU", "EPLE"],
      ["PRIS_EN_CHARGE", "PRIS_EN_CHARGE", "COLLECTIVITE"],
      ["MIS_EN_ATTENTE", "EN_ATTENTE_FOURNISSEUR", "COLLECTIVITE"],
      ["REPRIS", "PRIS_EN_CHARGE", "COLLECTIVITE"],
      ["RESOLU", "RESOLU", "COLLECTIVITE"],
      ["CONFIRME", "CLOS", "EPLE"],
    ]);
    const audit = await db.auditEvent.findMany({
      where: { entityId: ids.eni, action: "equipment.status" },
    });
    expect(audit.map((a) => (a.after as { statut: string }).statut)).toEqual([
      "En panne",
      "En service",
    ]);
  });

  it("can be reopened within the document's days: the screen breaks again, the time resolved does not count", async () => {
    const reopenedAt = new Date(T.confirmed.getTime() + 3 * DAY);
    await reopenIncident(
      await chef(),
      { incidentId: journey.id, reason: "L'écran s'éteint de nouveau." },
      reopenedAt,
    );
    const row = await incident(journey.id);
    expect(row).toMatchObject({
      status: "PRIS_EN_CHARGE",
      reopenCount: 1,
      resolvedAt: null,
      closedAt: null,
    });
    expect(row.pauses.find((p) => p.reason === "RESOLU")).toMatchObject({
      startedAt: T.resolved,
      endedAt: reopenedAt,
    });
    expect((await db.equipment.findUniqueOrThrow({ where: { id: ids.eni } })).status).toBe(
      "EN_PANNE",
    );
    await resolveIncident(
      await tech(),
      { incidentId: journey.id, resolution: "Dalle changée." },
      reopenedAt,
    );
    await confirmIncident(await chef(), { incidentId: journey.id }, reopenedAt);
  });

  it("closed longer than the document allows, is not reopened: a new incident is reported instead", async () => {
    const before = await db.incident.findUniqueOrThrow({ where: { id: journey.id } });
    const late = new Date(before.closedAt!.getTime() + 16 * DAY);
    await expect(
      reopenIncident(await chef(), { incidentId: journey.id, reason: "Encore" }, late),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("plus de 15 jours"),
    });
    expect(await db.incident.findUniqueOrThrow({ where: { id: journey.id } })).toEqual(before);
  });
});

describe("re-routing", () => {
  it("sends an incident to the académie's assistance with a reason: the new queue takes it in charge afresh", async () => {
    const { id } = await reportScreen(T.reported, {
      domain: "POSTES_PERIPHERIQUES",
      equipmentId: ids.poste,
      title: "Le poste ne lance plus le logiciel d'évaluation national",
    });
    await takeIncident(await tech(), { incidentId: id }, T.taken);
    await rerouteIncident(
      await tech(),
      {
        incidentId: id,
        party: "ETAT",
        level: "N2",
        reason: "Panne de l'application nationale, pas du poste.",
      },
      T.paused,
    );
    const row = await incident(id);
    expect(row).toMatchObject({
      party: "ETAT",
      level: "N2",
      status: "NOUVEAU",
      assigneeId: null,
      takenAt: null,
    });
    expect(row.events.at(-1)).toMatchObject({
      kind: "REAIGUILLE",
      party: "ETAT",
      level: "N2",
      body: expect.stringContaining("application nationale"),
    });
    expect(
      await db.outboxEmail.count({ where: { to: "assistance14@test.fr", text: { contains: id } } }),
    ).toBe(1);
    // The collectivité no longer handles it; the académie's desk does.
    await expect(takeIncident(await tech(), { incidentId: id }, T.resumed)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await takeIncident(await as("assist14", A14), { incidentId: id }, T.resumed);
    // Measured from the hop (Monday 14:00) to the take (Wednesday 10:00): 210 + 570 + 120.
    expect(await incident(id)).toMatchObject({
      status: "PRIS_EN_CHARGE",
      takeChargeWorkMinutes: 900,
    });
    // The académie cannot retire the collectivité's equipment.
    await expect(
      resolveIncident(await as("assist14", A14), {
        incidentId: id,
        resolution: "Poste à réformer",
        equipmentOutcome: "REFORME",
        disposalReason: "Carte mère HS",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hands an incident to the collège's référent technique at N1, who can assign it within the collège only", async () => {
    const { id } = await reportScreen(T.reported, {
      domain: "IMPRESSION",
      equipmentId: null,
      title: "Bourrage",
    });
    await rerouteIncident(
      await as("agent35", C35),
      { incidentId: id, party: "EPLE", level: "N1", reason: "Consommable." },
      T.taken,
    );
    const refTech = await as("refTechG", E(UAI.gayeulles));
    await expect(
      assignIncident(refTech, { incidentId: id, assigneeId: users.tech35 }, T.paused),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await assignIncident(refTech, { incidentId: id, assigneeId: users.refTechG }, T.paused);
    await takeIncident(refTech, { incidentId: id }, T.paused);
    expect(await incident(id)).toMatchObject({
      party: "EPLE",
      level: "N1",
      assigneeId: users.refTechG,
      status: "PRIS_EN_CHARGE",
    });
  });

  it("mails the person an incident is assigned to, not the one who assigns it to themselves", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null, title: "Vidéoprojecteur" });
    const mailsTo = (email: string) =>
      db.outboxEmail.findMany({
        where: { to: email, subject: { contains: "attribué" }, text: { contains: id } },
        orderBy: { createdAt: "asc" },
        select: { subject: true, text: true },
      });
    const before = (await mailsTo("tech35@test.fr")).length;
    await assignIncident(await as("agent35", C35), { incidentId: id, assigneeId: users.tech35 });
    const mails = await mailsTo("tech35@test.fr");
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.text).toMatch(/vous a attribué cet incident/);
    expect(mails.at(-1)!.text).toContain(`/c/35/assistance/${id}`);
    const self = (await mailsTo("tech35@test.fr")).length;
    await assignIncident(await tech(), { incidentId: id, assigneeId: users.tech35 });
    expect(await mailsTo("tech35@test.fr")).toHaveLength(self);
  });
});

describe("closing by itself", () => {
  it("closes the incidents resolved longer ago than the document's days, and only those", async () => {
    const old = (await reportScreen(T.reported, { equipmentId: null, title: "Ancien" })).id;
    const recent = (await reportScreen(T.reported, { equipmentId: null, title: "Récent" })).id;
    for (const [id, at] of [
      [old, T.taken],
      [recent, T.resolved],
    ] as const) {
      await takeIncident(await tech(), { incidentId: id }, at);
      await resolveIncident(await tech(), { incidentId: id, resolution: "Réglé" }, at);
    }
    const now = new Date(T.taken.getTime() + 7 * DAY + 60_000);
    expect(await unsafeCloseResolvedIncidents(db, now)).toBe(1);
    expect(await incident(old)).toMatchObject({ status: "CLOS", closedAt: now });
    expect((await incident(old)).events.at(-1)).toMatchObject({
      kind: "CLOS_AUTO",
      toStatus: "CLOS",
    });
    expect((await incident(recent)).status).toBe("RESOLU");
    // The reporter (the chef) is told, with the last day it may be reopened.
    const told = await db.outboxEmail.findMany({
      where: { text: { contains: "clos automatiquement" } },
      select: { to: true, text: true },
    });
    expect(told).toHaveLength(1);
    expect(told[0]!.to).toBe("chef.gayeulles@test.fr");
    expect(told[0]!.text).toContain("Ancien");
    expect(told[0]!.text).toMatch(/rouvrir jusqu'au \d{1,2} \S+ 2026/);
    expect(await unsafeCloseResolvedIncidents(db, now)).toBe(0);
  });
});
