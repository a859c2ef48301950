import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { DEFAULT_TARGETS } from "@/lib/inventory/referential";
import {
  getReferential,
  resetReferential,
  saveReferential,
} from "@/lib/inventory/save-referential";
import { listGaps } from "@/lib/inventory/gaps";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A14, E } from "../support/access";
import {
  users,
  NOW,
  c35,
  c14,
  as,
  defaultForm,
  stored,
  auditCount,
  lastReferentialEvent,
  seedReferential,
} from "./referential.fixtures";

beforeAll(seedReferential);

describe("reading the référentiel", () => {
  it("gives the defaults while none is saved, and none to spaces that are not a collectivité", async () => {
    const referential = await getReferential(await as("elu35", C35));
    expect(referential).toMatchObject({
      customised: false,
      targets: DEFAULT_TARGETS,
      updatedAt: null,
    });
    expect(referential.rules.POSTE_FIXE.renewalAgeYears).toBe(6);
    await expect(getReferential(await as("drane14", A14))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("saving the référentiel", () => {
  it("refuses invalid values with French messages and writes nothing", async () => {
    const ctx = await as("agent35", C35);
    const before = await stored(c35);
    const events = await auditCount();
    await expect(saveReferential(ctx, { ...defaultForm(), age_POSTE_FIXE: "0" })).rejects.toThrow(
      /Poste fixe : durée de renouvellement en années entières, entre 1 et 20/,
    );
    await expect(saveReferential(ctx, { ...defaultForm(), age_TABLETTE: "4,5" })).rejects.toThrow(
      /Tablette : durée de renouvellement/,
    );
    await expect(saveReferential(ctx, { ...defaultForm(), cout_ENI: "1000001" })).rejects.toThrow(
      /coût unitaire en euros entre 0 et 1 000 000 €/,
    );
    await expect(saveReferential(ctx, { ...defaultForm(), cout_ENI: "beaucoup" })).rejects.toThrow(
      /coût unitaire/,
    );
    await expect(
      saveReferential(ctx, { ...defaultForm(), elevesParTerminal: "0,2" }),
    ).rejects.toThrow(/Élèves par terminal : un nombre entre 0,5 et 30/);
    await expect(saveReferential(ctx, { ...defaultForm(), elevesParSalle: "45" })).rejects.toThrow(
      /Élèves par salle : un nombre entier entre 10 et 40/,
    );
    await expect(
      saveReferential(ctx, { ...defaultForm(), bornesWifiParSalle: "-1" }),
    ).rejects.toThrow(/Bornes Wi-Fi par salle/);
    expect(await stored(c35)).toBe(before);
    expect(await auditCount()).toBe(events);
  });

  it("upserts the targets and every rule in one write, with an audit event", async () => {
    const ctx = await as("agent35", C35);
    const saved = await saveReferential(ctx, {
      ...defaultForm(),
      elevesParTerminal: "10",
      affichagesParSalle: "0,5",
      age_POSTE_FIXE: "7",
      cout_POSTE_FIXE: "1 000,50 €",
      garantie_PORTABLE: "on",
    });
    expect(saved.customised).toBe(true);
    expect(saved.updatedAt).toBeInstanceOf(Date);
    expect(saved.targets).toEqual({
      ...DEFAULT_TARGETS,
      elevesParTerminal: 10,
      affichagesParSalle: 0.5,
    });
    expect(saved.rules.POSTE_FIXE).toEqual({
      renewalAgeYears: 7,
      unitCostCents: 100_050,
      renewAtWarrantyEnd: false,
    });
    expect(saved.rules.PORTABLE.renewAtWarrantyEnd).toBe(true);
    expect(await db.equipmentReferentialRule.count({ where: { collectiviteId: c35 } })).toBe(
      EQUIPMENT_CATEGORIES.length,
    );

    const event = await lastReferentialEvent();
    expect(event).toMatchObject({
      entityType: "EquipmentReferential",
      entityId: c35,
      collectiviteId: c35,
      actorId: users.agent35,
    });
    expect(Object.keys(event.before as object).sort()).toEqual(["cibles", "regles"]);
    expect(event.before).toMatchObject({
      cibles: { elevesParTerminal: 3 },
      regles: { POSTE_FIXE: { ageAns: 6, coutUnitaireCentimes: 80_000 } },
    });
    expect(event.after).toMatchObject({
      cibles: { elevesParTerminal: 10, affichagesParSalle: 0.5 },
      regles: {
        POSTE_FIXE: { ageAns: 7, coutUnitaireCentimes: 100_050 },
        PORTABLE: { finDeGarantie: true },
      },
    });
    expect(Object.keys((event.after as { regles: object }).regles).sort()).toEqual([
      "PORTABLE",
      "POSTE_FIXE",
    ]);

    // A second save replaces the rules rather than adding to them.
    await saveReferential(await as("admin35", C35), {
      ...defaultForm(),
      elevesParTerminal: "10",
      affichagesParSalle: "0,5",
      age_POSTE_FIXE: "7",
      cout_POSTE_FIXE: "500",
    });
    expect(await db.equipmentReferentialRule.count({ where: { collectiviteId: c35 } })).toBe(
      EQUIPMENT_CATEGORIES.length,
    );
    expect((await getReferential(await as("elu35", C35))).rules.POSTE_FIXE.unitCostCents).toBe(
      50_000,
    );
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("measures the gaps against the saved référentiel, each collège against its own collectivité's", async () => {
    const data = await listGaps(await as("drane14", A14), {}, NOW);
    const g = data.rows.find((r) => r.uai === UAI.gayeulles)!.gaps!;
    // 35: 10 pupils per terminal → 40 terminals, 0,5 display per classroom → 8.
    expect(g.lines.terminaux).toMatchObject({ required: 40, actual: 40, missing: 0, excess: 0 });
    expect(g.lines.affichages).toMatchObject({ required: 8, actual: 10, missing: 0, excess: 2 });
    expect(g.lines.classesMobiles.missingCostCents).toBe(2 * 150_000);
    // 22 still on the defaults: 200 / 3 → 67 terminals at 800 €.
    const b = data.rows.find((r) => r.uai === UAI.bourbriac22)!.gaps!;
    expect(b.lines.terminaux).toMatchObject({
      required: 67,
      actual: 50,
      missing: 17,
      missingCostCents: 17 * 80_000,
    });
  });

  it("prices missing terminals at the saved poste fixe cost", async () => {
    await saveReferential(await as("agent35", C35), {
      ...defaultForm(),
      elevesParTerminal: "5",
      cout_POSTE_FIXE: "500",
    });
    const g = (await listGaps(await as("agent35", C35), {}, NOW)).rows.find(
      (r) => r.uai === UAI.gayeulles,
    )!.gaps!;
    expect(g.lines.terminaux).toMatchObject({
      required: 80,
      missing: 40,
      unitCostCents: 50_000,
      missingCostCents: 40 * 50_000,
    });
  });
});

describe("who may change it", () => {
  it("refuses an élu, a lecteur, a DRANE and a chef, changing nothing", async () => {
    const before = await stored(c35);
    const events = await auditCount();
    await expect(saveReferential(await as("elu35", C35), defaultForm())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(resetReferential(await as("elu35", C35))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveReferential(await as("lecteur14", A14), defaultForm())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveReferential(await as("drane14", A14), defaultForm())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      saveReferential(await as("chefG", E(UAI.gayeulles)), defaultForm()),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await stored(c35)).toBe(before);
    expect(await auditCount()).toBe(events);
  });

  it("keeps an agent of 14 to its own référentiel: 35's is out of reach and unchanged", async () => {
    const before = await stored(c35);
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const saved = await saveReferential(await as("agent14", C14), {
      ...defaultForm(),
      elevesParTerminal: "2",
    });
    expect(saved.targets.elevesParTerminal).toBe(2);
    expect(
      (await db.equipmentReferential.findUniqueOrThrow({ where: { collectiviteId: c14 } }))
        .elevesParTerminal,
    ).toBe(2);
    expect(await stored(c35)).toBe(before);
    const event = await lastReferentialEvent();
    expect(event.collectiviteId).toBe(c14);
  });
});

describe("restoring the defaults", () => {
  it("deletes the collectivité's rows with an audit event, and does nothing the second time", async () => {
    const events = await auditCount();
    expect(await resetReferential(await as("agent35", C35))).toEqual({ changed: true });
    expect(await db.equipmentReferential.count({ where: { collectiviteId: c35 } })).toBe(0);
    expect(await db.equipmentReferentialRule.count({ where: { collectiviteId: c35 } })).toBe(0);
    expect(await getReferential(await as("agent35", C35))).toMatchObject({
      customised: false,
      targets: DEFAULT_TARGETS,
    });
    const event = await lastReferentialEvent();
    expect(event).toMatchObject({
      entityType: "EquipmentReferential",
      entityId: c35,
      collectiviteId: c35,
    });
    expect(event.after).toMatchObject({
      cibles: DEFAULT_TARGETS,
      motif: "Valeurs par défaut rétablies",
    });
    expect(event.before).toMatchObject({
      cibles: { elevesParTerminal: 5 },
      regles: { POSTE_FIXE: { coutUnitaireCentimes: 50_000 } },
    });
    expect(await resetReferential(await as("agent35", C35))).toEqual({ changed: false });
    expect(await auditCount()).toBe(events + 1);
    // 14 keeps its own.
    expect(await db.equipmentReferential.count({ where: { collectiviteId: c14 } })).toBe(1);
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
