import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext, type ScopeRef } from "@/lib/access/context";
import { unsafeImportEffectifs } from "@/lib/imports/effectifs/import-effectifs";
import { unsafeImportIps } from "@/lib/imports/ips/import-ips";
import { getEtablissementHistory } from "@/lib/etablissements/get-etablissement-history";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import {
  effectifsFile,
  ipsFile,
  withCell,
  snapshot,
  auditCount,
  users,
  seedImportEffectifsIps,
} from "./import-effectifs-ips.fixtures";

beforeAll(seedImportEffectifsIps);

describe("effectifs", () => {
  it("imports the collèges of the Ille-et-Vilaine file, skips its lycées, and appends one audit event", async () => {
    const report = await unsafeImportEffectifs(db, effectifsFile, { source: "DEPP effectifs" });
    // 374 rows: 55 are lycées, EREA or a collège closed since, absent from the national file.
    expect(report).toMatchObject({
      total: 374,
      rentrees: [2019, 2020, 2021],
      created: 319,
      updated: 0,
      unchanged: 0,
      unknown: 55,
      errors: [],
      written: true,
    });
    expect(await db.effectif.count()).toBe(319);
    const gayeulles = await db.effectif.findMany({
      where: { etablissement: { uai: UAI.gayeulles } },
      orderBy: { rentree: "asc" },
      omit: { importedAt: true, etablissementId: true },
    });
    expect(gayeulles.map((e) => e.total)).toEqual([619, 618, 621]);
    expect(gayeulles[2]).toEqual({
      rentree: 2021,
      total: 621,
      segpa: 0,
      ulis: 13,
      sixieme: 164,
      cinquieme: 126,
      quatrieme: 158,
      troisieme: 173,
      source: "DEPP effectifs",
    });
    const events = await db.auditEvent.findMany({ where: { action: "effectifs.import" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: null,
      actorLabel: "import en ligne de commande",
      scopeType: null,
      collectiviteId: null,
      academieCode: null,
      etablissementId: null,
      after: { source: "DEPP effectifs", created: 319, updated: 0, unchanged: 0, unknown: 55 },
    });
  });

  it("reports every row unchanged on a second import", async () => {
    const report = await unsafeImportEffectifs(db, effectifsFile, { source: "DEPP effectifs" });
    expect(report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 319,
      unknown: 55,
      written: true,
    });
    expect(await auditCount("effectifs.import")).toBe(2);
  });

  it("refuses a bad UAI on line 17, names the line and column, and writes nothing", async () => {
    const before = await snapshot();
    const report = await unsafeImportEffectifs(db, withCell(effectifsFile, 17, 5, "0350848H"), {
      source: "test",
    });
    expect(report.written).toBe(false);
    expect(report.errors).toEqual([
      {
        line: 17,
        column: "Numéro du collège",
        message: expect.stringMatching(/lettre de contrôle devrait être G/),
      },
    ]);
    expect(await snapshot()).toBe(before);
    expect(await auditCount("effectifs.import")).toBe(2);
  });

  it("refuses a negative count, a decimal count and a bad rentrée, each on its line", async () => {
    const before = await snapshot();
    let file = withCell(effectifsFile, 5, 11, "-12");
    file = withCell(file, 6, 15, "3.5");
    file = withCell(file, 7, 0, "2019-2021");
    const report = await unsafeImportEffectifs(db, file, { source: "test" });
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [5, expect.stringMatching(/^Nombre d'élèves total \(nombre/)],
      [6, "Nombre total de 6èmes"],
      [7, "Rentrée scolaire"],
    ]);
    expect(report.errors[0]?.message).toBe(
      "Effectif « -12 » invalide : un nombre entier positif ou nul est attendu",
    );
    expect(report.errors[2]?.message).toMatch(/^Rentrée « 2019-2021 » invalide/);
    expect(await snapshot()).toBe(before);
    expect(await auditCount("effectifs.import")).toBe(2);
  });

  it("shows a dry run's report without writing", async () => {
    const before = await snapshot();
    const report = await unsafeImportEffectifs(db, withCell(effectifsFile, 133, 11, "630"), {
      source: "test",
      dryRun: true,
    });
    expect(report).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 318,
      dryRun: true,
      written: false,
    });
    expect(await snapshot()).toBe(before);
    expect(await auditCount("effectifs.import")).toBe(2);
  });
});

describe("indices de position sociale", () => {
  it("imports the national file, skipping the collèges absent from the registry", async () => {
    const report = await unsafeImportIps(db, ipsFile, { source: "DEPP IPS 2023" });
    expect(report).toMatchObject({
      total: 6973,
      rentrees: [2023],
      created: 6954,
      updated: 0,
      unchanged: 0,
      unknown: 19,
      errors: [],
      written: true,
    });
    expect(await db.indicePositionSociale.count()).toBe(6954);
    const row = await db.indicePositionSociale.findFirstOrThrow({
      where: { etablissement: { uai: UAI.gayeulles } },
    });
    expect(row).toMatchObject({
      rentree: 2023,
      ips: 103.4,
      ecartType: 43.8,
      source: "DEPP IPS 2023",
    });
    expect(await auditCount("ips.import")).toBe(1);
  });

  it("reads the same figures from a comma-separated file without BOM that writes « 2023-2024 »", async () => {
    const variant = ipsFile
      .replace(/^\uFEFF/, "")
      .replaceAll(";", ",")
      .replace(/^2023,/gm, "2023-2024,");
    const report = await unsafeImportIps(db, variant, { source: "DEPP IPS 2023" });
    expect(report).toMatchObject({
      rentrees: [2023],
      created: 0,
      updated: 0,
      unchanged: 6954,
      errors: [],
    });
    expect(await auditCount("ips.import")).toBe(2);
  });

  it("updates a changed value only", async () => {
    const line = ipsFile.split("\n").findIndex((l) => l.includes(UAI.gayeulles)) + 1;
    const report = await unsafeImportIps(db, withCell(ipsFile, line, 2, "104.1"), {
      source: "DEPP IPS 2023 corrigé",
    });
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 6953 });
    const row = await db.indicePositionSociale.findFirstOrThrow({
      where: { etablissement: { uai: UAI.gayeulles } },
    });
    expect(row).toMatchObject({ ips: 104.1, ecartType: 43.8, source: "DEPP IPS 2023 corrigé" });
    await unsafeImportIps(db, ipsFile, { source: "DEPP IPS 2023" });
  });

  it("refuses an IPS out of range and a bad UAI, and writes nothing", async () => {
    const before = await snapshot();
    const events = await db.auditEvent.count();
    const file = withCell(withCell(ipsFile, 10, 2, "250"), 11, 1, "0010987X");
    const report = await unsafeImportIps(db, file, { source: "test" });
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [10, "IPS"],
      [11, "UAI"],
    ]);
    expect(report.errors[0]?.message).toMatch(/hors de l'intervalle attendu \(40 à 200\)/);
    expect(await snapshot()).toBe(before);
    expect(await db.auditEvent.count()).toBe(events);
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe("getEtablissementHistory", () => {
  const historyAs = async (userId: string, scope: ScopeRef, uai: string) => {
    signInAs(userId);
    return getEtablissementHistory(await requireAccessContext(scope), uai);
  };

  it("gives the owner the figures rentrée by rentrée", async () => {
    const history = await historyAs(
      users.agent35!,
      { type: "COLLECTIVITE", code: "35" },
      UAI.gayeulles,
    );
    expect(history?.effectifs.map((e) => [e.rentree, e.total])).toEqual([
      [2019, 619],
      [2020, 618],
      [2021, 621],
    ]);
    expect(history?.ips).toEqual([
      { rentree: 2023, ips: 103.4, ecartType: 43.8, source: "DEPP IPS 2023" },
    ]);
    const chef = await historyAs(
      users.chefGayeulles!,
      { type: "ETABLISSEMENT", uai: UAI.gayeulles },
      UAI.gayeulles.toLowerCase(),
    );
    expect(chef).toEqual(history);
    const academie = await historyAs(
      users.rennes!,
      { type: "ACADEMIE", code: "14" },
      UAI.bourbriac22,
    );
    expect(academie).toEqual({
      effectifs: [],
      ips: [{ rentree: 2023, ips: 92.6, ecartType: 27.7, source: "DEPP IPS 2023" }],
    });
  });

  it("answers null to another collectivité, another académie and another établissement, and changes nothing", async () => {
    const before = await snapshot();
    expect(
      await historyAs(users.agent22!, { type: "COLLECTIVITE", code: "22" }, UAI.gayeulles),
    ).toBeNull();
    expect(
      await historyAs(users.normandie!, { type: "ACADEMIE", code: "70" }, UAI.gayeulles),
    ).toBeNull();
    expect(
      await historyAs(
        users.chefOther!,
        { type: "ETABLISSEMENT", uai: UAI.rennes35b },
        UAI.gayeulles,
      ),
    ).toBeNull();
    expect(
      await historyAs(users.agent35!, { type: "COLLECTIVITE", code: "35" }, "0000000A"),
    ).toBeNull();
    expect(await snapshot()).toBe(before);
    expect(
      await historyAs(users.agent35!, { type: "COLLECTIVITE", code: "35" }, UAI.gayeulles),
    ).not.toBeNull();
  });
});
