import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import {
  createAllocation,
  deleteAllocation,
  updateAllocation,
} from "@/lib/budgets/save-allocation";
import { getAllocation, listAllocations } from "@/lib/budgets/list-allocations";
import {
  getEtablissementAllocations,
  listAllocationsPerCollege,
} from "@/lib/budgets/allocations-per-pupil";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import {
  allocationListSheet,
  allocationsPerCollegeSheet,
  etablissementAllocationSheet,
} from "@/lib/budgets/allocation-export";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { accessAs, C35, C14, A14, E } from "../support/access";

const users: Record<string, string> = {};

const as = accessAs(users);

const lines = { l35y2026: "", l35y2025: "", l14y2026: "" };
const ids = { g1: "", g2: "", r1: "", k1: "" };
const collegeId: Record<string, string> = {};
/** « 5 451,00 € » as Intl writes it, with narrow no-break spaces. */
const money = (text: string) =>
  expect.stringMatching(new RegExp(`^${text.replace(/ /g, "\\s")}$`, "u"));
const snapshot = async () =>
  JSON.stringify(await db.allocation.findMany({ orderBy: { id: "asc" } }), (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );

async function budgetLine(code: string, exercice: number, label: string) {
  const { id: collectiviteId } = await db.collectivite.findUniqueOrThrow({
    where: { code },
    select: { id: true },
  });
  const line = await db.budgetLine.create({
    data: {
      collectiviteId,
      exercice,
      section: "INVESTISSEMENT",
      chapitre: "21",
      fonction: "221",
      nature: "21831",
      label,
      category: "EQUIPEMENT",
      funding: "COLLECTIVITE",
      bpCents: 100_000_000n,
    },
    select: { id: true },
  });
  return line.id;
}

async function effectif(uai: string, rentree: number, total: number) {
  await db.effectif.upsert({
    where: { etablissementId_rentree: { etablissementId: collegeId[uai]!, rentree } },
    create: {
      etablissementId: collegeId[uai]!,
      rentree,
      total,
      source: `test ${rentree}`,
      importedAt: new Date(),
    },
    update: { total, source: `test ${rentree}` },
  });
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  for (const e of await db.etablissement.findMany({ select: { id: true, uai: true } }))
    collegeId[e.uai] = e.id;
  await db.effectif.deleteMany({});
  await effectif(UAI.gayeulles, 2023, 350);
  await effectif(UAI.gayeulles, 2025, 400);
  await effectif(UAI.rennes35b, 2025, 500);
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.gestG = await createUser("gestionnaire.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "GESTIONNAIRE", key: UAI.gayeulles },
  ]);
  users.refG = await createUser("referent.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT", key: UAI.gayeulles },
  ]);
  users.chefR = await createUser("chef.rennes@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.rennes35b },
  ]);
  lines.l35y2026 = await budgetLine("35", 2026, "Équipement numérique des collèges 2026");
  lines.l35y2025 = await budgetLine("35", 2025, "Équipement numérique des collèges 2025");
  lines.l14y2026 = await budgetLine("14", 2026, "Numérique éducatif Calvados 2026");

  const agent35 = await as("agent35", C35);
  // Gayeulles: 40 000 € + 5 451 € = 45 451 € for 400 pupils (latest rentrée) = 113,6275 €/élève.
  ids.g1 = (
    await createAllocation(agent35, {
      uai: UAI.gayeulles,
      exercice: "2026",
      kind: "DOTATION_FONCTIONNEMENT",
      label: "Dotation numérique 2026",
      amount: "40 000",
    })
  ).id;
  ids.g2 = (
    await createAllocation(agent35, {
      uai: UAI.gayeulles,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "Classe mobile",
      amount: "5 451,00 €",
      budgetLineId: lines.l35y2026,
    })
  ).id;
  // Rennes: 30 000 € for 500 pupils = 60 €/élève.
  ids.r1 = (
    await createAllocation(agent35, {
      uai: UAI.rennes35b,
      exercice: "2026",
      kind: "SUBVENTION",
      label: "Subvention ENT",
      amount: "30000",
    })
  ).id;
  await createAllocation(agent35, {
    uai: UAI.rennes35b,
    exercice: "2025",
    kind: "SUBVENTION",
    label: "Subvention 2025",
    amount: "1000",
    budgetLineId: lines.l35y2025,
  });
  ids.k1 = (
    await createAllocation(await as("agent14", C14), {
      uai: UAI.calvados14,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "VPI",
      amount: "2500",
      budgetLineId: lines.l14y2026,
    })
  ).id;
});

describe("writing allocations", () => {
  it("stores the amount in cents with the collège, the line and an audit event the collège's journal shows", async () => {
    const g2 = await db.allocation.findUniqueOrThrow({ where: { id: ids.g2 } });
    expect(g2).toMatchObject({
      exercice: 2026,
      kind: "EQUIPEMENT",
      label: "Classe mobile",
      amountCents: 545_100n,
      budgetLineId: lines.l35y2026,
      etablissementId: collegeId[UAI.gayeulles],
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Allocation", entityId: ids.g2, action: "allocation.create" },
    });
    expect(event).toMatchObject({
      etablissementId: collegeId[UAI.gayeulles],
      collectiviteId: g2.collectiviteId,
      academieCode: null,
    });
    expect(event.after).toMatchObject({
      etablissement: expect.stringContaining(UAI.gayeulles),
      exercice: "2026",
      kind: "Équipement acquis pour le collège",
      libelle: "Classe mobile",
      montant: money("5 451,00 €"),
    });
    const chefJournal = await listAuditEvents(await as("chefG", E(UAI.gayeulles)), {
      action: "allocation",
    });
    expect(chefJournal.items.map((e) => e.entityId).sort()).toEqual([ids.g1, ids.g2].sort());
    const otherChefJournal = await listAuditEvents(await as("chefR", E(UAI.rennes35b)), {
      action: "allocation",
    });
    expect(otherChefJournal.items.map((e) => e.entityId)).not.toContain(ids.g1);
    const draneJournal = await listAuditEvents(await as("drane14", A14), { action: "allocation" });
    expect(draneJournal.total).toBe(0);
  });

  it("edits then deletes an allocation, each with its audit event, the chain intact", async () => {
    const agent35 = await as("agent35", C35);
    const { id } = await createAllocation(agent35, {
      uai: UAI.rennes35b,
      exercice: "2026",
      kind: "EQUIPEMENT",
      label: "Vidéoprojecteurs",
      amount: "1200",
    });
    expect(
      await updateAllocation(agent35, {
        id,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "Vidéoprojecteurs salle 12",
        amount: "1 350,50",
        budgetLineId: lines.l35y2026,
      }),
    ).toEqual({ changed: true });
    expect(await db.allocation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      label: "Vidéoprojecteurs salle 12",
      amountCents: 135_050n,
      budgetLineId: lines.l35y2026,
    });
    const update = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "allocation.update" },
    });
    expect(update.before).toMatchObject({
      libelle: "Vidéoprojecteurs",
      montant: money("1 200,00 €"),
      nature: null,
    });
    expect(update.after).toMatchObject({
      libelle: "Vidéoprojecteurs salle 12",
      montant: money("1 350,50 €"),
      nature: expect.stringContaining("21831"),
    });
    expect(update.etablissementId).toBe(collegeId[UAI.rennes35b]);
    expect(
      await updateAllocation(agent35, {
        id,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "Vidéoprojecteurs salle 12",
        amount: "1350,5",
        budgetLineId: lines.l35y2026,
      }),
    ).toEqual({ changed: false });

    await deleteAllocation(agent35, { id });
    expect(await db.allocation.findUnique({ where: { id } })).toBeNull();
    const removal = await db.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "allocation.delete" },
    });
    expect(removal.before).toMatchObject({
      libelle: "Vidéoprojecteurs salle 12",
      montant: money("1 350,50 €"),
    });
    expect(removal.etablissementId).toBe(collegeId[UAI.rennes35b]);
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses an invalid amount, an unknown or foreign collège, a foreign line or one of another exercice, with nothing written", async () => {
    const before = await snapshot();
    const events = await db.auditEvent.count();
    const agent35 = await as("agent35", C35);
    const base = { uai: UAI.gayeulles, exercice: "2026", kind: "EQUIPEMENT", label: "Portables" };
    for (const amount of ["0", "-120", "douze euros", "12,345", ""]) {
      await expect(createAllocation(agent35, { ...base, amount })).rejects.toThrow(
        /Montant invalide/,
      );
    }
    await expect(
      createAllocation(agent35, { ...base, amount: "100", exercice: "1999" }),
    ).rejects.toThrow(/Exercice invalide/);
    await expect(createAllocation(agent35, { ...base, amount: "100", label: " " })).rejects.toThrow(
      /Saisissez un libellé/,
    );
    await expect(
      createAllocation(agent35, { ...base, amount: "100", uai: "0359999Z" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { uai: "Collège inconnu ou hors de votre collectivité." },
    });
    await expect(
      createAllocation(agent35, { ...base, amount: "100", uai: UAI.calvados14 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("hors de votre collectivité"),
    });
    await expect(
      createAllocation(agent35, { ...base, amount: "100", budgetLineId: lines.l14y2026 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { budgetLineId: expect.stringContaining("Ligne budgétaire inconnue") },
    });
    await expect(
      createAllocation(agent35, { ...base, amount: "100", budgetLineId: lines.l35y2025 }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        budgetLineId:
          "Cette ligne budgétaire relève de l'exercice 2025 : choisissez une ligne de l'exercice 2026.",
      },
    });
    await expect(
      updateAllocation(agent35, {
        id: ids.g2,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "Classe mobile",
        amount: "-1",
      }),
    ).rejects.toThrow(/Montant invalide/);
    await expect(
      updateAllocation(agent35, {
        id: ids.g2,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "Classe mobile",
        amount: "5451",
        budgetLineId: lines.l14y2026,
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      updateAllocation(agent35, {
        id: ids.g2,
        exercice: "2027",
        kind: "EQUIPEMENT",
        label: "Classe mobile",
        amount: "5451",
        budgetLineId: lines.l35y2026,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("exercice 2026"),
    });
    expect(await snapshot()).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
  });
});

describe("€ per pupil", () => {
  it("sums each collège's allocations by kind in SQL and divides by its latest effectif, to the cent", async () => {
    const data = await listAllocationsPerCollege(await as("agent35", C35), { exercice: "2026" });
    const byUai = Object.fromEntries(data.items.map((r) => [r.uai, r]));
    expect(byUai[UAI.gayeulles]).toMatchObject({
      effectif: { rentree: 2025, total: 400, source: "test 2025" },
      allocations: 2,
      totalCents: 4_545_100n,
      perPupilCents: 11_363n,
      byKind: { DOTATION_FONCTIONNEMENT: 4_000_000n, EQUIPEMENT: 545_100n, SUBVENTION: 0n },
    });
    expect(byUai[UAI.rennes35b]).toMatchObject({
      totalCents: 3_000_000n,
      perPupilCents: 6_000n,
      byKind: { SUBVENTION: 3_000_000n },
    });
    expect(data.items.map((r) => r.uai)).not.toContain(UAI.calvados14);
    // 75 451 € over 900 pupils = 83,8344… €.
    expect(data.totals).toMatchObject({
      colleges: 2,
      collegesAvecEffectif: 2,
      eleves: 900,
      totalCents: 7_545_100n,
      perPupilCents: 8_383n,
    });
  });

  it("sorts by €/élève or total, filters by collège (totals stay the collectivité's), pages, and reads another exercice", async () => {
    const agent35 = await as("agent35", C35);
    const uais = async (input: Record<string, string>) =>
      (await listAllocationsPerCollege(agent35, { exercice: "2026", ...input })).items.map(
        (r) => r.uai,
      );
    expect(await uais({ sort: "perPupil", dir: "desc" })).toEqual([UAI.gayeulles, UAI.rennes35b]);
    expect(await uais({ sort: "perPupil", dir: "asc" })).toEqual([UAI.rennes35b, UAI.gayeulles]);
    expect(await uais({ sort: "total", dir: "asc" })).toEqual([UAI.rennes35b, UAI.gayeulles]);
    const filtered = await listAllocationsPerCollege(agent35, {
      exercice: "2026",
      college: UAI.rennes35b,
    });
    expect(filtered.items.map((r) => r.uai)).toEqual([UAI.rennes35b]);
    expect(filtered.total).toBe(1);
    expect(filtered.totals.totalCents).toBe(7_545_100n);
    const y2025 = await listAllocationsPerCollege(agent35, { exercice: "2025" });
    expect(y2025.totals.totalCents).toBe(100_000n);
    const list = await listAllocations(agent35, { exercice: "2026", apageSize: "10" });
    expect(list.items.map((a) => a.id).sort()).toEqual([ids.g1, ids.g2, ids.r1].sort());
    expect(
      await listAllocations(agent35, { exercice: "2026", apage: "2", apageSize: "10" }),
    ).toMatchObject({ items: [], total: 3, pageCount: 1 });
    expect(
      await listAllocationsPerCollege(agent35, { exercice: "2026", page: "2", pageSize: "10" }),
    ).toMatchObject({ items: [], total: 2, pageCount: 1 });
    expect(list.items.find((a) => a.id === ids.g2)?.budgetLine).toMatchObject({
      id: lines.l35y2026,
      label: "Équipement numérique des collèges 2026",
    });
  });

  it("leaves €/élève empty for a collège without effectif and keeps it out of the collectivité's ratio", async () => {
    await db.effectif.deleteMany({ where: { etablissementId: collegeId[UAI.rennes35b] } });
    try {
      const data = await listAllocationsPerCollege(await as("agent35", C35), {
        exercice: "2026",
        sort: "perPupil",
      });
      expect(data.items.at(-1)).toMatchObject({
        uai: UAI.rennes35b,
        effectif: null,
        perPupilCents: null,
      });
      expect(data.totals).toMatchObject({
        collegesAvecEffectif: 1,
        eleves: 400,
        totalCents: 7_545_100n,
        perPupilCents: 11_363n,
      });
    } finally {
      await effectif(UAI.rennes35b, 2025, 500);
    }
  });

  it("exports the table and the list like the page shows them", async () => {
    const agent35 = await as("agent35", C35);
    const table = await allocationsPerCollegeSheet(agent35, {
      exercice: "2026",
      sort: "perPupil",
      dir: "desc",
    });
    expect(table.rows.map((r) => r[1])).toEqual([UAI.gayeulles, UAI.rennes35b, null]);
    expect(table.rows[0]!.slice(-2)).toEqual([45_451, 113.63]);
    expect(table.rows.at(-1)!.slice(-2)).toEqual([75_451, 83.83]);
    const list = await allocationListSheet(agent35, { exercice: "2026", college: UAI.gayeulles });
    expect(list.rows.map((r) => r[4]).sort()).toEqual(["Classe mobile", "Dotation numérique 2026"]);
  });
});

describe("who reads and who writes", () => {
  it("shows the chef of Les Gayeulles its own allocations only, with its €/élève, never the line's internal label", async () => {
    const chef = await as("chefG", E(UAI.gayeulles));
    const own = await getEtablissementAllocations(chef, { exercice: "2026" });
    expect(own.items.map((a) => a.id).sort()).toEqual([ids.g1, ids.g2].sort());
    expect(own.figures).toMatchObject({
      uai: UAI.gayeulles,
      totalCents: 4_545_100n,
      perPupilCents: 11_363n,
    });
    expect(
      JSON.stringify(own, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
    ).not.toContain("Équipement numérique des collèges");
    expect(
      (await listAllocations(chef, { exercice: "2026" })).items.map((a) => a.id).sort(),
    ).toEqual([ids.g1, ids.g2].sort());
    expect((await getAllocation(chef, ids.g2)).budgetLine).toEqual({
      id: null,
      chapitre: "21",
      nature: "21831",
      label: null,
    });
    await expect(getAllocation(chef, ids.r1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAllocation(chef, ids.k1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sheet = await etablissementAllocationSheet(chef, { exercice: "2026" });
    expect(sheet.rows.map((r) => r[2])).toEqual(
      expect.arrayContaining(["Classe mobile", "Dotation numérique 2026"]),
    );
    expect(sheet.rows.map((r) => r[2])).not.toContain("Subvention ENT");
    await expect(listAllocationsPerCollege(chef, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createAllocation(chef, {
        uai: UAI.gayeulles,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "x",
        amount: "1",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const gestionnaire = await getEtablissementAllocations(await as("gestG", E(UAI.gayeulles)), {
      exercice: "2026",
    });
    expect(gestionnaire.items).toHaveLength(2);
    const other = await getEtablissementAllocations(await as("chefR", E(UAI.rennes35b)), {
      exercice: "2026",
    });
    expect(other.items.map((a) => a.id)).toEqual([ids.r1]);
  });

  it("defaults the collège's page to the latest exercice with allocations when the current one has none", async () => {
    const chefR = await as("chefR", E(UAI.rennes35b));
    const { query, exercices } = await resolveDotationsQuery(
      chefR,
      {},
      new Date("2027-03-01T12:00:00Z"),
    );
    expect(query.exercice).toBe(2026);
    expect(exercices).toEqual([2027, 2026, 2025]);
    expect(
      (await resolveDotationsQuery(chefR, { exercice: "2025" }, new Date("2027-03-01T12:00:00Z")))
        .query.exercice,
    ).toBe(2025);
  });

  it("gives the agent of Calvados NOT_FOUND on Ille-et-Vilaine's allocations and leaves them unchanged", async () => {
    const before = await snapshot();
    const agent14 = await as("agent14", C14);
    await expect(getAllocation(agent14, ids.g1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateAllocation(agent14, {
        id: ids.g1,
        exercice: "2026",
        kind: "SUBVENTION",
        label: "Détourné",
        amount: "1",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAllocation(agent14, { id: ids.g1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await listAllocations(agent14, { exercice: "2026" })).items.map((a) => a.id)).toEqual([
      ids.k1,
    ]);
    const calvados = await listAllocationsPerCollege(agent14, { exercice: "2026" });
    expect(calvados.items.map((r) => r.uai)).toEqual([UAI.calvados14]);
    expect(calvados.totals.totalCents).toBe(250_000n);
    expect(await snapshot()).toBe(before);
    expect(await getAllocation(await as("agent35", C35), ids.g1)).toMatchObject({
      id: ids.g1,
      label: "Dotation numérique 2026",
    });
  });

  it("refuses the DRANE (no allocation.read in an académie) and the référent of a collège", async () => {
    const drane = await as("drane14", A14);
    await expect(listAllocations(drane, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listAllocationsPerCollege(drane, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getEtablissementAllocations(drane, { exercice: "2026" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getAllocation(drane, ids.g1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const referent = await as("refG", E(UAI.gayeulles));
    await expect(getEtablissementAllocations(referent, { exercice: "2026" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(getAllocation(referent, ids.g1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(etablissementAllocationSheet(referent, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("lets the élu of Ille-et-Vilaine read but not write", async () => {
    const before = await snapshot();
    const elu = await as("elu35", C35);
    expect((await listAllocationsPerCollege(elu, { exercice: "2026" })).totals.totalCents).toBe(
      7_545_100n,
    );
    expect((await listAllocations(elu, { exercice: "2026" })).total).toBe(3);
    await expect(
      createAllocation(elu, {
        uai: UAI.gayeulles,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "x",
        amount: "10",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateAllocation(elu, {
        id: ids.g1,
        exercice: "2026",
        kind: "EQUIPEMENT",
        label: "x",
        amount: "10",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAllocation(elu, { id: ids.g1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshot()).toBe(before);
  });
});
