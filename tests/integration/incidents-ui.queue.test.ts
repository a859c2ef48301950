import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { incidentSectorOptions, listIncidents } from "@/lib/assistance/list-incidents";
import { incidentsExport } from "@/lib/assistance/export-incidents";
import { bulkHandleIncidents } from "@/lib/assistance/bulk-handle";
import { listEquipmentIncidents } from "@/lib/assistance/equipment-incidents";
import { UAI } from "../support/fixtures";
import { C22, C35, E } from "../support/access";
import { as, ids, seedIncidents, users } from "./incidents-ui.fixtures";

beforeAll(seedIncidents);

const refs = async (ctx: Awaited<ReturnType<typeof as>>, query: object = {}) =>
  (await listIncidents(ctx, query)).items.map((i) => i.id).sort();

describe("the incident queue", () => {
  it("shows each context the incidents of its scope: its collectivité's, its secteur's, its collège's", async () => {
    expect(await refs(await as("agent35", C35))).toEqual([ids.g1, ids.r1].sort());
    expect(await refs(await as("tech35", C35))).toEqual([ids.r1]);
    expect(await refs(await as("chefG", E(UAI.gayeulles)))).toEqual([ids.g1]);
    expect(await refs(await as("agent22", C22))).toEqual([ids.b1]);
  });

  it("opens on the handler's own queue, and on every queue for a collège", async () => {
    const agent = await listIncidents(await as("agent35", C35), {});
    expect(agent.query.file).toBe("COLLECTIVITE");
    expect(agent.items[0]).toMatchObject({ party: "COLLECTIVITE", status: "NOUVEAU" });
    const chef = await listIncidents(await as("chefG", E(UAI.gayeulles)), {});
    expect(chef.query.file).toBe("toutes");
    expect(await refs(await as("agent35", C35), { file: "ETAT" })).toEqual([]);
  });

  it("filters by collège, domain, level, state, age and search", async () => {
    const agent = await as("agent35", C35);
    expect(await refs(agent, { uai: UAI.gayeulles })).toEqual([ids.g1]);
    expect(await refs(agent, { domain: "RESEAU_WIFI" })).toEqual([ids.r1]);
    expect(await refs(agent, { level: "N3" })).toEqual([]);
    expect(await refs(agent, { level: "N2" })).toHaveLength(2);
    expect(await refs(agent, { etat: "RESOLU" })).toEqual([]);
    expect(await refs(agent, { anciennete: "7" })).toEqual([]);
    expect(await refs(agent, { q: "wi-fi" })).toEqual([ids.r1]);
    // A foreign collège is no filter on another's incidents: nothing leaks.
    expect(await refs(agent, { uai: UAI.bourbriac22 })).toEqual([]);
  });

  it("filters by secteur in a collectivité: its secteurs and « Hors secteur », a technician's own only", async () => {
    const agent = await as("agent35", C35);
    expect(await refs(agent, { secteur: ids.sector })).toEqual([ids.r1]);
    expect(await refs(agent, { secteur: "aucun" })).toEqual([ids.g1]);
    expect(await incidentSectorOptions(agent)).toEqual([
      { id: ids.sector, name: "Rennes nord" },
      { id: "aucun", name: "Hors secteur" },
    ]);
    const tech = await as("tech35", C35);
    expect(await incidentSectorOptions(tech)).toEqual([{ id: ids.sector, name: "Rennes nord" }]);
    // Another collectivité's secteur, or one that does not exist, selects nothing of its own.
    expect(await refs(await as("agent22", C22), { secteur: ids.sector })).toEqual([]);
    expect(await incidentSectorOptions(await as("agent22", C22))).toEqual([]);
    expect(await refs(agent, { secteur: "inconnu" })).toEqual([]);
    expect(await incidentSectorOptions(await as("chefG", E(UAI.gayeulles)))).toEqual([]);
  });

  it("exports every incident the filters select, in the scope only, with its service level in words", async () => {
    const agent = await as("agent35", C35);
    const sheet = await incidentsExport(agent, { file: "toutes", etat: "tous" }, C35);
    expect(sheet.baseName).toBe("incidents-35");
    expect(sheet.header).toContain("Délai");
    expect(sheet.rows.map((r) => r[1]).sort()).toEqual([UAI.gayeulles, UAI.rennes35b].sort());
    const wifi = sheet.rows.find((r) => r[5] === "Wi-Fi coupé")!;
    expect(wifi.slice(7, 10)).toEqual(["Nouveau", "Service numérique de la collectivité", "N2"]);
    expect(await incidentsExport(agent, { secteur: ids.sector }, C35)).toMatchObject({
      rows: [expect.arrayContaining(["Wi-Fi coupé"])],
    });
    const tech = await incidentsExport(await as("tech35", C35), {}, C35);
    expect(tech.rows.map((r) => r[5])).toEqual(["Wi-Fi coupé"]);
    const other = await incidentsExport(await as("agent22", C22), { q: "Wi-Fi" }, C22);
    expect(other.rows).toEqual([]);
  });

  it("filters by deadline: late, due within 4 working hours, on time, without commitment", async () => {
    const agent = await as("agent35", C35);
    // Routed by a document that commits to no delay, neither incident is held to one.
    await db.incident.updateMany({
      where: { id: { in: [ids.g1, ids.r1] } },
      data: {
        takeChargeTargetMinutes: null,
        resolveTargetMinutes: null,
        takeChargeDueAt: null,
        resolveDueAt: null,
      },
    });
    expect(await refs(agent, { delai: "SANS_ENGAGEMENT" })).toEqual([ids.g1, ids.r1].sort());
    const now = new Date();
    await db.incident.update({
      where: { id: ids.g1 },
      data: {
        takeChargeTargetMinutes: 240,
        resolveTargetMinutes: 960,
        takeChargeDueAt: new Date(now.getTime() - 3_600_000),
        resolveDueAt: new Date(now.getTime() + 30 * 86_400_000),
      },
    });
    await db.incident.update({
      where: { id: ids.r1 },
      data: {
        takeChargeTargetMinutes: 240,
        resolveTargetMinutes: 960,
        takeChargeDueAt: new Date(now.getTime() + 60_000),
        resolveDueAt: new Date(now.getTime() + 30 * 86_400_000),
      },
    });
    expect(await refs(agent, { delai: "DEPASSE" })).toEqual([ids.g1]);
    expect(await refs(agent, { delai: "BIENTOT" })).toEqual([ids.r1]);
    expect(await refs(agent, { delai: "DANS_LES_DELAIS" })).toEqual([]);
    expect(await refs(agent, { delai: "SANS_ENGAGEMENT" })).toEqual([]);
    const late = (await listIncidents(agent, { delai: "DEPASSE" })).items[0]!;
    expect(late.sla.state).toBe("DEPASSE");
    await db.incident.update({
      where: { id: ids.r1 },
      data: { takeChargeDueAt: new Date(now.getTime() + 30 * 86_400_000) },
    });
    expect(await refs(agent, { delai: "DANS_LES_DELAIS" })).toEqual([ids.r1]);
  });

  it("takes the checked incidents in bulk, then lists them as « à moi »; a foreign id is not touched", async () => {
    const agent = await as("agent35", C35);
    const before = await db.incident.findUniqueOrThrow({ where: { id: ids.b1 } });
    await expect(
      bulkHandleIncidents(await as("agent35", C35), { ids: [ids.b1], operation: "take" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: ids.b1 } })).toEqual(before);
    const result = await bulkHandleIncidents(agent, { ids: [ids.g1, ids.b1], operation: "take" });
    expect(result).toEqual({ done: 1, refused: [] });
    expect(await refs(agent, { attribue: "moi" })).toEqual([ids.g1]);
    expect(await refs(agent, { attribue: "personne" })).toEqual([ids.r1]);
    // Taking it again is refused, and said.
    const again = await bulkHandleIncidents(agent, { ids: [ids.g1], operation: "take" });
    expect(again.done).toBe(0);
    expect(again.refused[0]).toContain("déjà pris en charge");
    // A collège cannot take the collectivité's incidents, even with incident.handle.
    const chef = await bulkHandleIncidents(await as("chefG", E(UAI.gayeulles)), {
      ids: [ids.g1],
      operation: "assign",
      assigneeId: users.chefG,
    });
    expect(chef.done).toBe(0);
  });

  it("lists an equipment's incidents for those who may read them only", async () => {
    const mine = await listEquipmentIncidents(await as("chefG", E(UAI.gayeulles)), ids.eni);
    expect(mine.map((i) => i.id)).toEqual([ids.g1]);
    expect(await listEquipmentIncidents(await as("agent22", C22), ids.eni)).toEqual([]);
    expect(await listEquipmentIncidents(await as("tech35", C35), ids.eni)).toEqual([]);
  });
});
