import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importNetworkFile } from "@/lib/network/import-network";
import { saveNetworkProfile } from "@/lib/network/write-network";
import { GET as exportRoute } from "@/app/c/[code]/etablissements/reseau/export/route";
import { GET as demoRoute } from "@/app/c/[code]/etablissements/reseau/demonstration/route";
import {
  createUser,
  createUsers,
  people,
  resetEffectifs,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { A14, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { signInAs } from "../support/session";
import { csvAttachmentLines } from "../support/exports";

// Connectivity (issue 19): the operator's or the département's network file, one row per UAI,
// previewed then written all or nothing; unknown or foreign UAIs, bad speeds refuse the whole file
// with line numbers; a re-import updates; only the file's columns are written. The collectivité's
// agents and the technicians (their secteur only) import; no other party or scope.

const users: Record<string, string> = {};
const as = accessAs(users);
const encode = (text: string) => new TextEncoder().encode(text);

const state = async () =>
  JSON.stringify({
    profiles: await db.networkProfile.findMany({ orderBy: { id: "asc" } }),
    measures: await db.networkMeasure.count(),
    events: await db.auditEvent.count(),
  });

/** Previews, then writes the same bytes with the preview's hash, as the page does. */
async function importTwice(user: string, text: string) {
  const ctx = await as(user, C35);
  const bytes = encode(text);
  const preview = await importNetworkFile(ctx, { bytes, fileName: "reseau.csv" });
  return {
    preview,
    written: await importNetworkFile(ctx, {
      bytes,
      fileName: "reseau.csv",
      confirm: preview.sha256,
    }),
  };
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await resetEffectifs([[UAI.gayeulles, 2025, 625]]);
  await createUsers(users, people("agent35", "elu35", "agent22", "drane14", "chefG"));
  const sector = await db.sector.create({
    data: { collectiviteId: await collectiviteIdOf("35"), name: "Rennes nord" },
  });
  await db.etablissement.update({ where: { uai: UAI.rennes35b }, data: { sectorId: sector.id } });
  users.tech35 = await createUser("tech35-reseau@test.fr", [
    { scopeType: "COLLECTIVITE", role: "TECHNICIEN", key: "35", sectorId: sector.id },
  ]);
});

describe("importing a network file", () => {
  it("refuses the whole file with line numbers on unknown UAIs, foreign UAIs and bad values", async () => {
    const before = await state();
    const file = [
      "UAI;Débit descendant (Mbit/s);Technologie;Salles;Salles Wi-Fi",
      `${UAI.gayeulles};100;Fibre dédiée;30;24`,
      "0359999Z;50;VDSL2;;",
      `${UAI.bourbriac22};50;4G;;`,
      `${UAI.rennes35b};cent;pigeon voyageur;10;12`,
      `${UAI.gayeulles};200;FTTO;;`,
    ].join("\n");
    const { preview, written } = await importTwice("agent35", file);
    expect(written.written).toBe(false);
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "UAI"],
      [4, "UAI"],
      [5, "Technologie"],
      [5, "Débit descendant (Mbit/s)"],
      [6, "UAI"],
    ]);
    expect(preview.errors[0]!.message).toContain("UAI 0359999Z inconnu");
    expect(preview.errors[1]!.message).toContain(`UAI ${UAI.bourbriac22} inconnu`);
    expect(preview.errors[3]!.message).toContain("un débit en Mbit/s");
    expect(preview.errors[4]!.message).toContain("déjà présent ligne 2");
    expect(await state()).toBe(before);
  });

  it("previews without writing, then writes the very file previewed; a re-import updates", async () => {
    const before = await state();
    const file = [
      "UAI;Débit descendant (kbit/s);Débit montant (kbit/s);Technologie d'accès;Opérateur;Fin de contrat;Salles d'enseignement;Salles couvertes par le Wi-Fi",
      `${UAI.gayeulles};100000;50000;Fibre dédiée;Opérateur fictif;30/06/2027;30;24`,
      `${UAI.rennes35b};20000;1000;VDSL2;Opérateur fictif;;12;6`,
    ].join("\r\n");
    const ctx = await as("agent35", C35);
    const preview = await importNetworkFile(ctx, { bytes: encode(file), fileName: "reseau.csv" });
    expect(preview).toMatchObject({ errors: [], created: 2, updated: 0, written: false });
    expect(preview.changes[0]!.changes).toContain("Débit descendant : inconnu → 100 Mbit/s");
    expect(await state()).toBe(before);
    // The hash of another file previews it, writes nothing.
    const other = await importNetworkFile(ctx, {
      bytes: encode(`${file}\r\n`),
      fileName: "reseau.csv",
      confirm: preview.sha256,
    });
    expect(other.written).toBe(false);
    expect(await state()).toBe(before);

    const written = await importNetworkFile(ctx, {
      bytes: encode(file),
      fileName: "reseau.csv",
      confirm: preview.sha256,
    });
    expect(written.written).toBe(true);
    const gayeulles = await db.networkProfile.findFirstOrThrow({
      where: { etablissement: { uai: UAI.gayeulles } },
    });
    expect(gayeulles).toMatchObject({
      downKbps: 100_000,
      upKbps: 50_000,
      accessTechnology: "FIBRE_FTTO",
      teachingRooms: 30,
      wifiRooms: 24,
      source: "import « reseau.csv »",
    });
    expect(gayeulles.contractEndsOn?.toISOString().slice(0, 10)).toBe("2027-06-30");

    // A hand-recorded ENT stays; the operator's new speed updates, the history keeps both.
    await saveNetworkProfile(ctx, {
      uai: UAI.gayeulles,
      accessTechnology: "FIBRE_FTTO",
      downMbps: "100",
      upMbps: "50",
      operator: "Opérateur fictif",
      contractEndsOn: "2027-06-30",
      teachingRooms: "30",
      wifiRooms: "24",
      entName: "ENT régional",
    });
    const again = await importTwice(
      "agent35",
      `UAI;Débit descendant\n${UAI.gayeulles};200\n${UAI.rennes35b};\n`,
    );
    expect(again.preview).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(again.written.written).toBe(true);
    const after = await db.networkProfile.findFirstOrThrow({
      where: { etablissement: { uai: UAI.gayeulles } },
    });
    expect(after).toMatchObject({ downKbps: 200_000, entName: "ENT régional", wifiRooms: 24 });
    const speeds = await db.networkMeasure.findMany({
      where: { etablissement: { uai: UAI.gayeulles }, kind: "DEBIT_DESCENDANT" },
      orderBy: { recordedAt: "asc" },
    });
    expect(speeds.map((m) => m.value)).toEqual([100_000, 200_000]);
    // The same file again changes nothing and writes nothing.
    const unchanged = await state();
    const third = await importTwice("agent35", `UAI;Débit descendant\n${UAI.gayeulles};200\n`);
    expect(third.preview).toMatchObject({ updated: 0, unchanged: 1 });
    expect(await state()).toBe(unchanged);
  });

  it("keeps a hand edit made after the preview on a field the file lacks (the confirmation reads anew)", async () => {
    const ctx = await as("agent35", C35);
    const bytes = encode(`UAI;Débit descendant\n${UAI.gayeulles};250\n`);
    const preview = await importNetworkFile(ctx, { bytes, fileName: "reseau.csv" });
    expect(preview.updated).toBe(1);
    const recorded = await db.networkProfile.findFirstOrThrow({
      where: { etablissement: { uai: UAI.gayeulles } },
    });
    await db.networkProfile.update({
      where: { id: recorded.id },
      data: { messaging: "Messagerie saisie entre-temps" },
    });
    await importNetworkFile(ctx, { bytes, fileName: "reseau.csv", confirm: preview.sha256 });
    expect(await db.networkProfile.findUniqueOrThrow({ where: { id: recorded.id } })).toMatchObject(
      { downKbps: 250_000, messaging: "Messagerie saisie entre-temps" },
    );
  });

  it("is refused to the other parties, scopes and a technician outside their secteur", async () => {
    const file = encode(`UAI;Débit descendant\n${UAI.gayeulles};300\n`);
    const before = await state();
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", E(UAI.gayeulles), "FORBIDDEN"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            importNetworkFile(await as(user, scope), { bytes: file, fileName: "x.csv" }),
          )
        ).code,
      ).toBe(code);
    // Another collectivité's agent imports into its own: the collège of 35 is unknown there.
    const foreign = await importNetworkFile(await as("agent22", C22), {
      bytes: file,
      fileName: "x.csv",
      confirm: "",
    });
    expect(foreign.errors[0]).toMatchObject({ line: 2, column: "UAI" });
    expect(foreign.errors[0]!.message).toContain("hors de votre collectivité");
    // The technician's secteur holds the other collège only: Les Gayeulles is unknown to them.
    const tech = await importTwice("tech35", `UAI;Débit descendant\n${UAI.gayeulles};300\n`);
    expect(tech.preview.errors[0]).toMatchObject({ line: 2, column: "UAI" });
    expect(await state()).toBe(before);
    const own = await importTwice("tech35", `UAI;Débit descendant\n${UAI.rennes35b};30\n`);
    expect(own.written.written).toBe(true);
  });

  it("refuses a file without a UAI column or any known column, and hostile bytes", async () => {
    const before = await state();
    const ctx = await as("agent35", C35);
    const noUai = await importNetworkFile(ctx, {
      bytes: encode("Collège;Débit\nLes Gayeulles;100\n"),
      fileName: "x.csv",
    });
    expect(noUai.errors[0]!.message).toContain("colonne UAI");
    // More Wi-Fi rooms than the rooms recorded (30) is refused, the file having only the first.
    const wifi = await importNetworkFile(ctx, {
      bytes: encode(`UAI;Salles Wi-Fi\n${UAI.gayeulles};99\n`),
      fileName: "x.csv",
    });
    expect(wifi.errors).toMatchObject([{ line: 2, column: "Salles Wi-Fi" }]);
    await expect(
      importNetworkFile(ctx, {
        bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]),
        fileName: "x.xlsx",
      }),
    ).rejects.toThrow("XLSX illisible");
    await expect(
      importNetworkFile(ctx, { bytes: new Uint8Array(), fileName: "x.csv" }),
    ).rejects.toThrow("vide");
    expect(await state()).toBe(before);
  });
});

describe("the network export and the demo file", () => {
  const url = (code: string, path: string) =>
    new Request(`http://localhost/c/${code}/etablissements/reseau/${path}?format=csv`);
  it("exports the public collèges in the import's columns; re-imported, it changes nothing", async () => {
    signInAs(users.agent35!);
    const response = await exportRoute(url("35", "export"), {
      params: Promise.resolve({ code: "35" }),
    });
    const lines = await csvAttachmentLines(response, "reseau-colleges-35.csv");
    expect(lines[0]).toMatch(/^UAI;Collège;Technologie d'accès;Débit descendant \(Mbit\/s\)/);
    expect(lines.length).toBe(3);
    const again = await importNetworkFile(await as("agent35", C35), {
      bytes: encode(lines.join("\n")),
      fileName: "reseau-colleges-35.csv",
    });
    expect(again).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 2 });
  });

  it("is not found to another collectivité; the demo file is the network managers'", async () => {
    signInAs(users.agent22!);
    await expect(
      exportRoute(url("35", "export"), { params: Promise.resolve({ code: "35" }) }),
    ).rejects.toThrow();
    await expect(
      demoRoute(url("35", "demonstration"), { params: Promise.resolve({ code: "35" }) }),
    ).rejects.toThrow();
    signInAs(users.elu35!);
    await expect(
      demoRoute(url("35", "demonstration"), { params: Promise.resolve({ code: "35" }) }),
    ).rejects.toThrow();
    signInAs(users.agent35!);
    const demo = await csvAttachmentLines(
      await demoRoute(url("35", "demonstration"), { params: Promise.resolve({ code: "35" }) }),
      "reseau-operateur-fictif-35.csv",
    );
    expect(demo.length).toBe(3);
    const preview = await importNetworkFile(await as("agent35", C35), {
      bytes: encode(demo.join("\n")),
      fileName: "reseau-operateur-fictif-35.csv",
    });
    expect(preview.errors).toEqual([]);
  });
});
