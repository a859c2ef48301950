import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { assertCan, getAccessContext, requireAccessContext } from "@/lib/access/context";
import { listSpacesOfUser } from "@/lib/access/spaces";
import {
  getEtablissement,
  summarizeEtablissementsByDepartement,
} from "@/lib/etablissements/get-etablissement";
import { countEtablissements, listEtablissements } from "@/lib/etablissements/list-etablissements";
import {
  createUser,
  seedReferentialsAndColleges,
  UAI,
  createUsers,
  people,
} from "../support/fixtures";
import { signInAs } from "../support/session";

const users: Record<string, string> = {};

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "agent14"),
    drane: ["drane@test.fr", "ACADEMIE", "DRANE", "14"],
    chef: ["chef@test.fr", "ETABLISSEMENT", "CHEF", UAI.gayeulles],
  });
  users.multi = await createUser("multi@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "35" },
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.bourbriac22 },
  ]);
  users.disabled = await createUser(
    "disabled@test.fr",
    [{ scopeType: "COLLECTIVITE", role: "ADMIN", key: "35" }],
    { disabled: true },
  );
});

describe("getAccessContext", () => {
  it("resolves a member's scope, roles and permissions", async () => {
    signInAs(users.agent35!);
    const ctx = await getAccessContext({ type: "COLLECTIVITE", code: "35" });
    expect(ctx?.scope).toMatchObject({
      type: "COLLECTIVITE",
      code: "35",
      name: "Département d'Ille-et-Vilaine",
    });
    expect(ctx?.roles).toEqual(["AGENT"]);
    expect(ctx?.permissions.has("inventory.write")).toBe(true);
    expect(ctx?.permissions.has("convention.sign")).toBe(false);
  });

  it("answers null alike for another collectivité, another académie, another établissement and a missing scope", async () => {
    signInAs(users.agent35!);
    expect(await getAccessContext({ type: "COLLECTIVITE", code: "14" })).toBeNull();
    expect(await getAccessContext({ type: "COLLECTIVITE", code: "XX" })).toBeNull();
    expect(await getAccessContext({ type: "ACADEMIE", code: "14" })).toBeNull();
    expect(await getAccessContext({ type: "ETABLISSEMENT", uai: UAI.gayeulles })).toBeNull();
    signInAs(users.drane!);
    expect(await getAccessContext({ type: "ACADEMIE", code: "70" })).toBeNull();
    signInAs(users.chef!);
    expect(await getAccessContext({ type: "ETABLISSEMENT", uai: UAI.bourbriac22 })).toBeNull();
    await expect(
      requireAccessContext({ type: "ETABLISSEMENT", uai: UAI.bourbriac22 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers null when signed out or disabled", async () => {
    signInAs(null);
    expect(await getAccessContext({ type: "COLLECTIVITE", code: "35" })).toBeNull();
    signInAs(users.disabled!);
    expect(await getAccessContext({ type: "COLLECTIVITE", code: "35" })).toBeNull();
  });

  it("unions the roles a user holds in one scope", async () => {
    signInAs(users.multi!);
    const ctx = await getAccessContext({ type: "COLLECTIVITE", code: "35" });
    expect([...(ctx?.roles ?? [])].sort()).toEqual(["ELU", "SIGNATAIRE"]);
    expect(ctx?.permissions.has("convention.sign")).toBe(true);
    expect(ctx?.permissions.has("budget.write")).toBe(false);
  });

  it("accepts a lowercase UAI in the URL", async () => {
    signInAs(users.chef!);
    const ctx = await getAccessContext({ type: "ETABLISSEMENT", uai: UAI.gayeulles.toLowerCase() });
    expect(ctx?.scope).toMatchObject({ type: "ETABLISSEMENT", uai: UAI.gayeulles });
  });

  it("refuses a permission the role lacks", async () => {
    signInAs(users.chef!);
    const ctx = await requireAccessContext({ type: "ETABLISSEMENT", uai: UAI.gayeulles });
    expect(() => assertCan(ctx, "budget.write")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
  });
});

describe("établissements by scope", () => {
  it("gives a collectivité its own collèges only", async () => {
    signInAs(users.agent35!);
    const ctx = await requireAccessContext({ type: "COLLECTIVITE", code: "35" });
    const list = await listEtablissements(ctx, {});
    expect(list.items.map((e) => e.uai).sort()).toEqual([UAI.gayeulles, UAI.rennes35b].sort());
    expect(await getEtablissement(ctx, UAI.gayeulles)).not.toBeNull();
    expect(await getEtablissement(ctx, UAI.calvados14)).toBeNull();
    expect(await getEtablissement(ctx, UAI.bourbriac22)).toBeNull();
    expect(await countEtablissements(ctx)).toEqual({ total: 2, public: 2, prive: 0 });
  });

  it("gives an académie every collège of its académie across départements, and nothing of another", async () => {
    signInAs(users.drane!);
    const ctx = await requireAccessContext({ type: "ACADEMIE", code: "14" });
    const list = await listEtablissements(ctx, {});
    expect(list.items.map((e) => e.uai).sort()).toEqual(
      [UAI.bourbriac22, UAI.gayeulles, UAI.rennes35b].sort(),
    );
    expect(await getEtablissement(ctx, UAI.calvados14)).toBeNull();
    const byDepartement = await summarizeEtablissementsByDepartement(ctx);
    expect(byDepartement.map((d) => [d.code, d.total])).toEqual([
      ["22", 1],
      ["35", 2],
    ]);
    const only22 = await listEtablissements(ctx, { departement: "22" });
    expect(only22.items.map((e) => e.uai)).toEqual([UAI.bourbriac22]);
  });

  it("gives a chef d'établissement their collège only", async () => {
    signInAs(users.chef!);
    const ctx = await requireAccessContext({ type: "ETABLISSEMENT", uai: UAI.gayeulles });
    expect((await getEtablissement(ctx, UAI.gayeulles))?.uai).toBe(UAI.gayeulles);
    expect(await getEtablissement(ctx, UAI.rennes35b)).toBeNull();
  });

  it("searches, filters, sorts and paginates within the scope", async () => {
    signInAs(users.drane!);
    const ctx = await requireAccessContext({ type: "ACADEMIE", code: "14" });
    expect((await listEtablissements(ctx, { q: "gayeulles" })).items.map((e) => e.uai)).toEqual([
      UAI.gayeulles,
    ]);
    expect((await listEtablissements(ctx, { q: "bourbriac" })).items.map((e) => e.uai)).toEqual([
      UAI.bourbriac22,
    ]);
    expect((await listEtablissements(ctx, { q: "0220003" })).items.map((e) => e.uai)).toEqual([
      UAI.bourbriac22,
    ]);
    expect((await listEtablissements(ctx, { q: "quintefeuille" })).total).toBe(0);
    const sorted = await listEtablissements(ctx, { sort: "uai", dir: "desc", pageSize: "10" });
    expect(sorted.items.map((e) => e.uai)).toEqual([UAI.rennes35b, UAI.gayeulles, UAI.bourbriac22]);
    const garbage = await listEtablissements(ctx, {
      page: "-4",
      sort: "DROP TABLE",
      pageSize: "9999",
    });
    expect(garbage.query).toMatchObject({ page: 1, sort: "name", pageSize: 50 });
  });
});

describe("listSpacesOfUser", () => {
  it("lists one space per scope with the roles held there", async () => {
    const spaces = await listSpacesOfUser(users.multi!);
    expect(spaces.map((s) => s.href)).toEqual(["/c/35", "/e/0220003J"]);
    expect(spaces[0]?.roles.sort()).toEqual(["Signataire", "Élu"].sort());
    expect(await listSpacesOfUser(users.disabled!)).toEqual([]);
  });

  it("leaves the database unchanged", async () => {
    expect(await db.membership.count()).toBe(8);
  });
});
