import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSector, deleteSector, renameSector } from "@/lib/sectors/save-sector";
import { setSectorColleges } from "@/lib/sectors/set-sector-colleges";
import { getSector, listSectors } from "@/lib/sectors/list-sectors";
import { UAI } from "../support/fixtures";
import { C14, C35 } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { as, colleges, sectors, sectorsSnapshot, seedSectors } from "./sectors.fixtures";

beforeAll(seedSectors);

const auditActions = async () =>
  (
    await db.auditEvent.findMany({
      where: { entityType: "Sector" },
      orderBy: { seq: "asc" },
      select: { action: true },
    })
  ).map((e) => e.action);

describe("secteurs of a collectivité", () => {
  it("lists its secteurs with their collèges and technicians, and the collèges without one", async () => {
    const { sectors: list, unassigned } = await listSectors(await as("agent35", C35));
    expect(list).toEqual([
      { id: sectors.est35, name: "Rennes Est", colleges: 1, people: 1 },
      { id: sectors.ouest35, name: "Rennes Ouest", colleges: 1, people: 1 },
    ]);
    expect(unassigned).toBe(0);
  });

  it("creates, renames, fills and deletes a secteur, each write in the journal", async () => {
    const ctx = await as("admin35", C35);
    const sector = await createSector(ctx, { name: "  Rennes Nord  " });
    expect(sector.name).toBe("Rennes Nord");
    expect(await renameSector(ctx, { sectorId: sector.id, name: "Rennes Nord-Est" })).toEqual({
      changed: true,
    });
    // Checking the Gayeulles here moves it out of Rennes Est.
    const gayeulles = colleges[UAI.gayeulles]!.id;
    expect(
      await setSectorColleges(ctx, { sectorId: sector.id, etablissementIds: [gayeulles] }),
    ).toMatchObject({ count: 1, added: 1, removed: 0, changed: true });
    const detail = await getSector(ctx, sector.id);
    expect(detail.sector.name).toBe("Rennes Nord-Est");
    expect(detail.colleges.filter((c) => c.sector?.id === sector.id).map((c) => c.id)).toEqual([
      gayeulles,
    ]);

    const notEmpty = await appErrorOf(() => deleteSector(ctx, { sectorId: sector.id }));
    expect(notEmpty.code).toBe("CONFLICT");
    expect(await db.sector.count({ where: { id: sector.id } })).toBe(1);

    // Back to Rennes Est, then the empty secteur goes.
    await setSectorColleges(ctx, { sectorId: sectors.est35, etablissementIds: [gayeulles] });
    await deleteSector(ctx, { sectorId: sector.id });
    expect(await db.sector.count({ where: { id: sector.id } })).toBe(0);
    expect(await auditActions()).toEqual(
      expect.arrayContaining([
        "sector.create",
        "sector.rename",
        "sector.colleges",
        "sector.delete",
      ]),
    );
  });

  it("refuses a name already taken and an empty one, in French", async () => {
    const ctx = await as("agent35", C35);
    const taken = await appErrorOf(() => createSector(ctx, { name: "rennes est" }));
    expect(taken).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("déjà") });
    await expect(createSector(ctx, { name: " " })).rejects.toThrow(/obligatoire/);
  });

  it("refuses a secteur with people in it", async () => {
    const ctx = await as("agent35", C35);
    await setSectorColleges(ctx, { sectorId: sectors.ouest35, etablissementIds: [] });
    const refused = await appErrorOf(() => deleteSector(ctx, { sectorId: sectors.ouest35 }));
    expect(refused.code).toBe("CONFLICT");
    await setSectorColleges(ctx, {
      sectorId: sectors.ouest35,
      etablissementIds: [colleges[UAI.rennes35b]!.id],
    });
  });
});

describe("secteurs across scopes", () => {
  it("answers not found to another département's agent and leaves the data as it was", async () => {
    const before = await sectorsSnapshot();
    const agent14 = await as("agent14", C14);
    const attempts = [
      () => renameSector(agent14, { sectorId: sectors.est35, name: "Pris" }),
      () => deleteSector(agent14, { sectorId: sectors.est35 }),
      () => setSectorColleges(agent14, { sectorId: sectors.est35, etablissementIds: [] }),
      () => getSector(agent14, sectors.est35),
      // Its own secteur, with a collège of 35.
      () =>
        setSectorColleges(agent14, {
          sectorId: sectors.caen14,
          etablissementIds: [colleges[UAI.gayeulles]!.id],
        }),
    ];
    for (const attempt of attempts) expect((await appErrorOf(attempt)).code).toBe("NOT_FOUND");
    expect((await listSectors(agent14)).sectors.map((s) => s.name)).toEqual(["Caen"]);
    expect(await sectorsSnapshot()).toBe(before);
    // The owner keeps its secteurs.
    expect((await getSector(await as("agent35", C35), sectors.est35)).sector.name).toBe(
      "Rennes Est",
    );
  });

  it("refuses sector management to a technician and to an académie", async () => {
    const before = await sectorsSnapshot();
    const tech = await as("techEst", C35);
    for (const attempt of [
      () => listSectors(tech),
      () => createSector(tech, { name: "Mon secteur" }),
      () => setSectorColleges(tech, { sectorId: sectors.est35, etablissementIds: [] }),
    ])
      expect((await appErrorOf(attempt)).code).toBe("FORBIDDEN");
    const drane = await as("drane70", { type: "ACADEMIE", code: "70" });
    expect((await appErrorOf(() => createSector(drane, { name: "X" }))).code).toBe("FORBIDDEN");
    expect(await sectorsSnapshot()).toBe(before);
  });
});
