import { beforeAll, describe, expect, it } from "vitest";
import { modulesFor } from "@/lib/access/modules";
import { createUser, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { A14, E } from "../support/access";
import { open, type Page } from "../support/pages";
import { as, sectors, seedSectors, users } from "./sectors.fixtures";

// Role × route: for each role, the modules its navigation lists and the pages that open for it.
// A page opens exactly when its module is listed; any other page of the space is a 404, like a
// space one is not a member of.

const PAGES: Record<"c" | "a" | "e", Record<string, () => Promise<{ default: Page }>>> = {
  c: {
    etablissements: () => import("@/app/c/[code]/etablissements/page"),
    conventions: () => import("@/app/c/[code]/conventions/page"),
    inventaire: () => import("@/app/c/[code]/inventaire/page"),
    budgets: () => import("@/app/c/[code]/budgets/page"),
    campagnes: () => import("@/app/c/[code]/campagnes/page"),
    appels: () => import("@/app/c/[code]/appels/page"),
    assistance: () => import("@/app/c/[code]/assistance/page"),
    tournees: () => import("@/app/c/[code]/tournees/page"),
    instances: () => import("@/app/c/[code]/instances/page"),
    secteurs: () => import("@/app/c/[code]/secteurs/page"),
    personnes: () => import("@/app/c/[code]/personnes/page"),
    journal: () => import("@/app/c/[code]/journal/page"),
  },
  a: {
    etablissements: () => import("@/app/a/[code]/etablissements/page"),
    conventions: () => import("@/app/a/[code]/conventions/page"),
    inventaire: () => import("@/app/a/[code]/inventaire/page"),
    campagnes: () => import("@/app/a/[code]/campagnes/page"),
    appels: () => import("@/app/a/[code]/appels/page"),
    assistance: () => import("@/app/a/[code]/assistance/page"),
    instances: () => import("@/app/a/[code]/instances/page"),
    personnes: () => import("@/app/a/[code]/personnes/page"),
    journal: () => import("@/app/a/[code]/journal/page"),
  },
  e: {
    conventions: () => import("@/app/e/[uai]/conventions/page"),
    inventaire: () => import("@/app/e/[uai]/inventaire/page"),
    dotations: () => import("@/app/e/[uai]/dotations/page"),
    campagnes: () => import("@/app/e/[uai]/campagnes/page"),
    appels: () => import("@/app/e/[uai]/appels/page"),
    assistance: () => import("@/app/e/[uai]/assistance/page"),
    tournees: () => import("@/app/e/[uai]/tournees/page"),
    instances: () => import("@/app/e/[uai]/instances/page"),
    personnes: () => import("@/app/e/[uai]/personnes/page"),
    journal: () => import("@/app/e/[uai]/journal/page"),
  },
};

const ALL_C = [
  "home",
  "etablissements",
  "conventions",
  "inventaire",
  "budgets",
  "campagnes",
  "appels",
];
const MANAGE_C = [
  ...ALL_C,
  "assistance",
  "tournees",
  "instances",
  "secteurs",
  "personnes",
  "journal",
];
const FIELD = ["home", "etablissements", "inventaire", "assistance", "tournees"];
const COLLEGE_READ = [
  "home",
  "conventions",
  "inventaire",
  "campagnes",
  "appels",
  "assistance",
  "tournees",
  "instances",
];

const CASES = [
  ["agent35", "c", "35", MANAGE_C],
  ["admin35", "c", "35", MANAGE_C],
  ["techEst", "c", "35", FIELD],
  ["refTechOuest", "c", "35", FIELD],
  ["assistance14", "a", "14", ["home", "etablissements", "inventaire", "assistance"]],
  [
    "draneSansDelegation",
    "a",
    "14",
    [
      "home",
      "etablissements",
      "conventions",
      "inventaire",
      "campagnes",
      "appels",
      "assistance",
      "instances",
      "personnes",
      "journal",
    ],
  ],
  ["refNumG", "e", UAI.gayeulles, COLLEGE_READ],
  ["refTechG", "e", UAI.gayeulles, COLLEGE_READ],
] as const;

const scopeOf = (space: "c" | "a" | "e", key: string) =>
  space === "c"
    ? { type: "COLLECTIVITE" as const, code: key }
    : space === "a"
      ? { type: "ACADEMIE" as const, code: key }
      : E(key);

beforeAll(async () => {
  await seedSectors();
  users.assistance14 = await createUser("assistance14@test.fr", [
    { scopeType: "ACADEMIE", role: "ASSISTANCE", key: "14" },
  ]);
  users.draneSansDelegation = await createUser("drane.sans@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14", delegationReference: null },
  ]);
  users.refNumG = await createUser("refnum.g@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT_NUMERIQUE", key: UAI.gayeulles },
  ]);
  users.refTechG = await createUser("reftech.g@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT_TECHNIQUE", key: UAI.gayeulles },
  ]);
});

describe("role × route", () => {
  it.each(CASES)(
    "%s in /%s/%s: its navigation and its pages",
    async (user, space, key, modules) => {
      const ctx = await as(user, scopeOf(space, key));
      expect(modulesFor(ctx.scope.type, ctx.permissions).map((m) => m.key)).toEqual(modules);
      const params: Record<string, string> = space === "e" ? { uai: key } : { code: key };
      for (const [path, load] of Object.entries(PAGES[space])) {
        signInAs(users[user]!);
        const expected = (modules as readonly string[]).includes(path) ? "ouverte" : "404";
        expect({ path, answer: await open((await load()).default, params) }).toEqual({
          path,
          answer: expected,
        });
      }
    },
  );

  it("gives the DRANE without delegation everything but the signature", async () => {
    const sans = await as("draneSansDelegation", A14);
    const delegated = await as("drane14", A14);
    expect([...delegated.permissions].filter((p) => !sans.permissions.has(p))).toEqual([
      "convention.sign",
    ]);
  });
});

describe("the secteurs pages", () => {
  const sectorPage = () => import("@/app/c/[code]/secteurs/[id]/page");
  const collegePage = () => import("@/app/c/[code]/etablissements/[uai]/page");

  it("open a secteur of one's collectivité, 404 on another's or for a technician", async () => {
    const page = (await sectorPage()).default as Page;
    signInAs(users.agent35!);
    expect(await open(page, { code: "35", id: sectors.est35 }, 1)).toBe("ouverte");
    signInAs(users.agent14!);
    expect(await open(page, { code: "14", id: sectors.est35 }, 1)).toBe("404");
    expect(await open(page, { code: "35", id: sectors.est35 }, 1)).toBe("404");
    signInAs(users.techEst!);
    expect(await open(page, { code: "35", id: sectors.est35 }, 1)).toBe("404");
  });

  it("give a technician the page of a collège of their secteur, 404 on another secteur's", async () => {
    const page = (await collegePage()).default as Page;
    signInAs(users.techEst!);
    expect(await open(page, { code: "35", uai: UAI.gayeulles }, 1)).toBe("ouverte");
    expect(await open(page, { code: "35", uai: UAI.rennes35b }, 1)).toBe("404");
  });
});
