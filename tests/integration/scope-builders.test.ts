import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { etablissementScopeSql } from "@/lib/access/scope-sql";
import { equipmentScopeSql, equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { allocationScopeSql, allocationScopeWhere } from "@/lib/access/allocation-scope";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";

// Each scope builder has a Prisma `where` and an SQL twin for raw aggregates: for every kind of
// scope, the platform's included, both must select exactly the same rows.

const contexts: Record<string, AccessContext> = {};
let academieCode = "";

async function contextOf(email: string, scope: ScopeRef, key?: string): Promise<AccessContext> {
  const role =
    scope.type === "ACADEMIE" ? "DRANE" : scope.type === "ETABLISSEMENT" ? "CHEF" : "ADMIN";
  signInAs(await createUser(email, [{ scopeType: scope.type, role, key }]));
  return requireAccessContext(scope);
}

const sorted = (ids: { id: string }[]) => ids.map((r) => r.id).sort();

beforeAll(async () => {
  await seedReferentialsAndColleges();
  const colleges = await db.etablissement.findMany({
    select: { id: true, uai: true, collectiviteId: true, academieCode: true },
  });
  const byUai = new Map(colleges.map((c) => [c.uai, c]));
  const gayeulles = byUai.get(UAI.gayeulles)!;
  const bourbriac = byUai.get(UAI.bourbriac22)!;
  const calvados = byUai.get(UAI.calvados14)!;
  academieCode = gayeulles.academieCode;
  // Equipment in three collèges, one of them still owned by the collectivité that bought it
  // before the collège changed hands (35's equipment in a 22 collège): the collectivité's
  // builders follow the owner, the académie's and the collège's the collège.
  const placed = [
    [gayeulles, gayeulles.collectiviteId],
    [bourbriac, bourbriac.collectiviteId],
    [bourbriac, gayeulles.collectiviteId],
    [calvados, calvados.collectiviteId],
  ] as const;
  for (const [college, owner] of placed) {
    await db.equipment.create({
      data: { collectiviteId: owner, etablissementId: college.id, category: "POSTE_FIXE" },
    });
    await db.allocation.create({
      data: {
        collectiviteId: owner,
        etablissementId: college.id,
        exercice: 2026,
        kind: "DOTATION_FONCTIONNEMENT",
        label: "Dotation",
        amountCents: 100_000n,
      },
    });
  }
  contexts.collectivite = await contextOf(
    "c35@test.fr",
    { type: "COLLECTIVITE", code: "35" },
    "35",
  );
  contexts.academie = await contextOf(
    "aca@test.fr",
    { type: "ACADEMIE", code: academieCode },
    academieCode,
  );
  contexts.etablissement = await contextOf(
    "chef@test.fr",
    { type: "ETABLISSEMENT", uai: UAI.bourbriac22 },
    UAI.bourbriac22,
  );
  contexts.platform = await contextOf("ops@test.fr", { type: "PLATFORM" });
});

type Ids = Promise<{ id: string }[]>;
/** Each builder's pair, and how many rows any scope's selection holds at least. */
const builders: {
  rows: string;
  prisma: (ctx: AccessContext) => Ids;
  sql: (ctx: AccessContext) => Ids;
  atLeast: number;
}[] = [
  {
    rows: "établissements",
    prisma: (ctx) =>
      db.etablissement.findMany({ where: etablissementScopeWhere(ctx), select: { id: true } }),
    sql: (ctx) => db.$queryRaw`
      SELECT e."id" FROM "Etablissement" e WHERE ${etablissementScopeSql(ctx, "e")}`,
    atLeast: 1,
  },
  {
    rows: "equipment",
    prisma: (ctx) =>
      db.equipment.findMany({ where: equipmentScopeWhere(ctx), select: { id: true } }),
    sql: (ctx) => db.$queryRaw`
      SELECT q."id" FROM "Equipment" q WHERE ${equipmentScopeSql(ctx, "q")}`,
    atLeast: 0,
  },
  {
    rows: "allocations",
    prisma: (ctx) =>
      db.allocation.findMany({ where: allocationScopeWhere(ctx), select: { id: true } }),
    sql: (ctx) => db.$queryRaw`
      SELECT a."id" FROM "Allocation" a WHERE ${allocationScopeSql(ctx, "a")}`,
    atLeast: 0,
  },
];

describe.each(["collectivite", "academie", "etablissement", "platform"])(
  "the scope builders of a %s",
  (kind) => {
    it.each(builders)(
      "select the same $rows in Prisma and in SQL",
      async ({ prisma, sql, atLeast }) => {
        const ctx = contexts[kind]!;
        const viaPrisma = await prisma(ctx);
        expect(sorted(await sql(ctx))).toEqual(sorted(viaPrisma));
        expect(viaPrisma.length).toBeGreaterThanOrEqual(atLeast);
      },
    );
  },
);

describe("the platform's scope", () => {
  it("is every établissement, and no equipment or allocation", async () => {
    const ctx = contexts.platform!;
    const all = await db.etablissement.count();
    expect(await db.etablissement.count({ where: etablissementScopeWhere(ctx) })).toBe(all);
    expect(await db.equipment.count({ where: equipmentScopeWhere(ctx) })).toBe(0);
    expect(await db.allocation.count({ where: allocationScopeWhere(ctx) })).toBe(0);
  });
});

describe("the other scopes", () => {
  it("see what their kind of scope owns", async () => {
    const count = (ctx: AccessContext) => db.equipment.count({ where: equipmentScopeWhere(ctx) });
    // 35 owns two (one in its collège, one left in a 22 collège); the académie sees its three
    // collèges' three; the 22 collège its two, whoever owns them.
    expect(await count(contexts.collectivite!)).toBe(2);
    expect(await count(contexts.academie!)).toBe(3);
    expect(await count(contexts.etablissement!)).toBe(2);
  });

  it("refuse an alias that does not come from code", () => {
    expect(() => etablissementScopeSql(contexts.collectivite!, 'e"; DROP')).toThrow();
  });
});
