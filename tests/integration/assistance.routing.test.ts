import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { reportIncident } from "@/lib/assistance/report-incident";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { UAI } from "../support/fixtures";
import { C35, E } from "../support/access";
import { ids as conventionIds } from "./conventions.fixtures";
import { as, ids, reportScreen, seedAssistance, screenReport, T } from "./assistance.fixtures";

beforeAll(seedAssistance);

const incident = (id: string) =>
  db.incident.findUniqueOrThrow({ where: { id }, include: { events: true } });

describe("routing by the responsibility matrix", () => {
  it("sends the broken screen to the queue the signed convention names, with its service level", async () => {
    const { id, reference } = await reportScreen();
    expect(reference).toMatch(/^INC-35-2026-\d{5}$/);
    const row = await incident(id);
    const convention = await db.convention.findUniqueOrThrow({
      where: { id: conventionIds.gayeulles },
    });
    expect(row).toMatchObject({
      party: "COLLECTIVITE",
      level: "N2",
      routingSource: "CONVENTION",
      conventionId: convention.id,
      status: "NOUVEAU",
      reporterParty: "EPLE",
      // One working day of 8:00–17:30 to take charge, three to resolve.
      takeChargeTargetMinutes: 570,
      resolveTargetMinutes: 1710,
    });
    expect(row.routingNote).toContain(convention.reference);
    expect(row.routingNote).toContain("Vidéoprojection et écrans interactifs");
    expect(row.slaLabel).toContain("hors vacances scolaires");
    expect(row.calendar).toMatchObject({
      timeZone: "Europe/Paris",
      schoolZone: "B",
      holidayState: "",
    });
    // Monday 9:00 + 570 working minutes: Tuesday 9:00 (Paris).
    expect(row.takeChargeDueAt?.toISOString()).toBe("2026-12-08T08:00:00.000Z");
    expect(row.events).toMatchObject([
      { kind: "SIGNALE", party: "COLLECTIVITE", level: "N2", toStatus: "NOUVEAU" },
    ]);
    const equipment = await db.equipment.findUniqueOrThrow({ where: { id: ids.eni } });
    expect(equipment.status).toBe("EN_PANNE");
    expect(row.equipmentStatusBefore).toBe("EN_SERVICE");
  });

  it("tells the technicians of the collège's secteur, and no one else, with a link", async () => {
    const { id } = await reportScreen(T.reported, { equipmentId: null, title: "Second écran" });
    const mails = await db.outboxEmail.findMany({ where: { text: { contains: id } } });
    expect(mails.map((m) => m.to)).toEqual(["tech35@test.fr"]);
    expect(mails[0]!.text).toContain(`/c/35/assistance/${id}`);
  });

  it("sends a national application to the académie's assistance", async () => {
    const { id } = await reportScreen(T.reported, {
      domain: "APPLICATIONS_NATIONALES",
      equipmentId: null,
      title: "Pronote ne répond plus",
    });
    expect(await incident(id)).toMatchObject({
      party: "ETAT",
      level: "N2",
      routingSource: "CONVENTION",
    });
    const mails = await db.outboxEmail.findMany({ where: { text: { contains: id } } });
    expect(mails.map((m) => m.to)).toEqual(["assistance14@test.fr"]);
  });

  it("without a convention in force, lets the collectivité's current template decide, and says so", async () => {
    const { id } = await reportIncident(
      await as("chefR", E(UAI.rennes35b)),
      screenReport({ equipmentId: null }),
      [],
      T.reported,
    );
    const row = await incident(id);
    expect(row).toMatchObject({
      party: "COLLECTIVITE",
      level: "N2",
      routingSource: "MODELE",
      conventionId: null,
    });
    expect(row.routingNote).toContain("Aucune convention tripartite en vigueur");
    expect(row.routingNote).toContain("le modèle par défaut de Tripartite");
  });

  it("a convention signed before the structured matrix routes nothing: the template decides", async () => {
    const convention = await db.convention.findUniqueOrThrow({
      where: { id: conventionIds.gayeulles },
      include: { inForceVersion: true },
    });
    const content = convention.inForceVersion!.content as Record<string, object>;
    const legacy = { ...content };
    delete legacy.assistance;
    await db.conventionVersion.update({
      where: { id: convention.inForceVersionId! },
      data: { content: legacy },
    });
    try {
      const { id } = await reportScreen(T.reported, { equipmentId: null });
      const row = await incident(id);
      expect(row.routingSource).toBe("MODELE");
      expect(row.conventionId).toBe(convention.id);
      expect(row.routingNote).toContain(
        `La convention ${convention.reference} en vigueur n'aiguille pas ce domaine`,
      );
    } finally {
      await db.conventionVersion.update({
        where: { id: convention.inForceVersionId! },
        data: { content: content },
      });
    }
  });

  it("with neither, gives it to the collectivité at N2 without a service level", async () => {
    const c22 = await db.collectivite.findUniqueOrThrow({ where: { code: "22" } });
    const withoutRouting: Partial<typeof DEFAULT_TRIPARTITE_CONTENT> = {
      ...DEFAULT_TRIPARTITE_CONTENT,
    };
    delete withoutRouting.assistance;
    await db.conventionTemplate.create({
      data: {
        collectiviteId: c22.id,
        kind: "TRIPARTITE",
        name: "Modèle écrit avant l'aiguillage",
        versions: { create: { number: 1, content: withoutRouting } },
      },
    });
    const { id } = await reportIncident(
      await as("chefB", E(UAI.bourbriac22)),
      screenReport({ equipmentId: null }),
      [],
      T.reported,
    );
    expect(await incident(id)).toMatchObject({
      party: "COLLECTIVITE",
      level: "N2",
      routingSource: "DEFAUT",
      slaLabel: null,
      takeChargeTargetMinutes: null,
      takeChargeDueAt: null,
    });
  });

  it("lets a collectivité technician report for a collège of their secteur only", async () => {
    const { id } = await reportIncident(
      await as("tech35", C35),
      screenReport({ uai: UAI.gayeulles, equipmentId: null, domain: "RESEAU_WIFI" }),
      [],
      T.reported,
    );
    expect(await incident(id)).toMatchObject({
      reporterParty: "COLLECTIVITE",
      party: "COLLECTIVITE",
    });
    const count = await db.incident.count();
    await expect(
      reportIncident(
        await as("tech35", C35),
        screenReport({ uai: UAI.rennes35b, equipmentId: null }),
        [],
        T.reported,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.incident.count()).toBe(count);
  });
});
