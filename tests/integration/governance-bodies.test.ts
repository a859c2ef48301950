import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { bodyAttachmentOptions, createBody } from "@/lib/governance/create-body";
import { getBody, listBodies } from "@/lib/governance/list-bodies";
import { designateMember, endMembership } from "@/lib/governance/members";
import {
  bodiesSteering,
  steerableConventions,
  steerConvention,
  steeredConventions,
  unsteerConvention,
} from "@/lib/governance/steered-conventions";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { A14, A70, C14, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";
import * as rows from "../support/rows";

/*
 * Governance bodies (issue 17): who creates them, who sees them, and the rule that no party
 * designates another party's members.
 */

const users: Record<string, string> = {};
const as = accessAs(users);
const college: Record<string, rows.College> = {};
let cadre35: string;
let pair: string;
let commission: string;

/** Everything a refused write could have touched. */
async function snapshot() {
  const [bodies, members, events] = await Promise.all([
    db.governanceBody.findMany({ orderBy: { id: "asc" } }),
    db.bodyMember.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { bodies, members, events };
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await rows.loadColleges(college);
  await createUsers(
    users,
    people(
      "agent35",
      "elu35",
      "sign35",
      "agent14",
      "drane14",
      "recteur14",
      "lecteur14",
      "drane70",
      "chefG",
      "chefR",
    ),
  );
  const g = college[UAI.gayeulles]!;
  cadre35 = (
    await rows.insertConvention({
      reference: "CC-35-2026-0001",
      title: "Convention-cadre numérique 35",
      kind: "CADRE",
      owner: { id: null, collectiviteId: g.collectiviteId, academieCode: g.academieCode },
      status: "EN_VIGUEUR",
    })
  ).id;
});

describe("creating a body", () => {
  it("offers each space what its bodies may belong to", async () => {
    expect(await bodyAttachmentOptions(await as("agent35", C35))).toEqual([
      {
        value: `cadre:${cadre35}`,
        label: "Convention-cadre CC-35-2026-0001 : Convention-cadre numérique 35",
      },
      { value: "paire:14", label: "La collectivité et l'académie de Rennes" },
    ]);
    const fromAcademie = await bodyAttachmentOptions(await as("drane14", A14));
    expect(fromAcademie.map((o) => o.value)).toEqual(
      expect.arrayContaining([
        `cadre:${cadre35}`,
        `paire:${college[UAI.bourbriac22]!.collectiviteId}`,
      ]),
    );
    expect(await bodyAttachmentOptions(await as("chefG", E(UAI.gayeulles)))).toEqual([
      { value: "college", label: expect.stringContaining("(instance du collège)") },
    ]);
    await expect(bodyAttachmentOptions(await as("elu35", C35))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("creates the comité de pilotage of the convention-cadre, the secretariat with its creator", async () => {
    const body = await createBody(await as("agent35", C35), {
      name: "Comité de pilotage du numérique éducatif",
      kind: "COMITE_PILOTAGE",
      cadence: "SEMESTRIELLE",
      attachment: `cadre:${cadre35}`,
    });
    expect(body.conventionId).toBe(cadre35);
    const stored = await db.governanceBody.findUniqueOrThrow({ where: { id: body.id } });
    expect(stored).toMatchObject({
      collectiviteId: college[UAI.gayeulles]!.collectiviteId,
      academieCode: "14",
      etablissementId: null,
      secretariatParty: "COLLECTIVITE",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "governance.body.create", entityId: body.id },
    });
    expect(event).toMatchObject({ academieCode: "14", collectiviteId: stored.collectiviteId });
  });

  it("creates a body of the académie and a collectivité from the académie's space", async () => {
    const body = await createBody(await as("drane14", A14), {
      name: "Comité technique Ille-et-Vilaine",
      kind: "COMITE_TECHNIQUE",
      cadence: "TRIMESTRIELLE",
      attachment: `paire:${college[UAI.gayeulles]!.collectiviteId}`,
    });
    pair = body.id;
    expect(
      (await db.governanceBody.findUniqueOrThrow({ where: { id: pair } })).secretariatParty,
    ).toBe("ETAT");
  });

  it("creates the commission numérique of a collège from its own space only", async () => {
    const body = await createBody(await as("chefG", E(UAI.gayeulles)), {
      name: "Commission numérique",
      kind: "COMMISSION_NUMERIQUE",
      cadence: "TRIMESTRIELLE",
      attachment: "college",
    });
    commission = body.id;
    expect(body.etablissementId).toBe(college[UAI.gayeulles]!.id);
    const refused = await appErrorOf(async () =>
      createBody(await as("agent35", C35), {
        name: "Commission",
        kind: "COMMISSION_NUMERIQUE",
        cadence: "ANNUELLE",
        attachment: "paire:14",
      }),
    );
    expect(refused.code).toBe("INVALID_INPUT");
  });

  it("refuses what is not the context's to attach, in French, and writes nothing", async () => {
    const before = await snapshot();
    const attempts: [string, Parameters<typeof as>[1], string][] = [
      // Another collectivité's convention-cadre, an académie without its collèges, a collège's own.
      ["agent14", C14, `cadre:${cadre35}`],
      ["agent35", C35, "paire:70"],
      ["agent35", C35, "college"],
      ["drane70", A70, `paire:${college[UAI.gayeulles]!.collectiviteId}`],
      ["chefG", E(UAI.gayeulles), "paire:14"],
    ];
    for (const [user, scope, attachment] of attempts) {
      const error = await appErrorOf(async () =>
        createBody(await as(user, scope), {
          name: "Instance",
          kind: "COMITE_TECHNIQUE",
          cadence: "ANNUELLE",
          attachment,
        }),
      );
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.fieldErrors.attachment).toBe("Choisissez dans la liste.");
    }
    for (const [user, scope] of [
      ["elu35", C35],
      ["lecteur14", A14],
      ["recteur14", A14],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            createBody(await as(user, scope), {
              name: "Instance",
              kind: "COMITE_TECHNIQUE",
              cadence: "ANNUELLE",
              attachment: "paire:14",
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });
});

describe("who sees a body", () => {
  it("shows each party its bodies, and nobody else's", async () => {
    const names = async (user: string, scope: Parameters<typeof as>[1]) =>
      (await listBodies(await as(user, scope))).map((b) => b.name);
    expect(await names("agent35", C35)).toEqual([
      "Comité de pilotage du numérique éducatif",
      "Comité technique Ille-et-Vilaine",
      "Commission numérique",
    ]);
    expect(await names("lecteur14", A14)).toHaveLength(3);
    expect(await names("chefG", E(UAI.gayeulles))).toEqual(["Commission numérique"]);
    expect(await names("agent14", C14)).toEqual([]);
    expect(await names("drane70", A70)).toEqual([]);
    expect(await names("chefR", E(UAI.rennes35b))).toEqual([]);
  });

  it("answers NOT_FOUND for another collectivité, académie or collège", async () => {
    for (const [user, scope, id] of [
      ["agent14", C14, pair],
      ["drane70", A70, pair],
      ["chefR", E(UAI.rennes35b), commission],
      ["chefG", E(UAI.gayeulles), pair],
    ] as const)
      expect((await appErrorOf(async () => getBody(await as(user, scope), id))).code).toBe(
        "NOT_FOUND",
      );
  });
});

describe("members: each party designates its own", () => {
  it("seats a co-chair of each party, from each party's space, with their account", async () => {
    await designateMember(await as("agent35", C35), {
      bodyId: pair,
      role: "COPRESIDENT",
      userId: users.sign35,
      qualite: "Vice-présidente déléguée aux collèges",
    });
    await designateMember(await as("drane14", A14), {
      bodyId: pair,
      role: "COPRESIDENT",
      userId: users.recteur14,
      qualite: "IA-DASEN d'Ille-et-Vilaine",
    });
    await designateMember(await as("drane14", A14), {
      bodyId: pair,
      role: "MEMBRE",
      name: "Inspecteur de l'Éducation nationale",
      email: "IEN.Numerique@Test.fr",
      qualite: "IEN chargé du numérique",
    });
    const { body, party, people } = await getBody(await as("agent35", C35), pair);
    expect(party).toBe("COLLECTIVITE");
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining([users.agent35, users.sign35]));
    expect(people.map((p) => p.id)).not.toContain(users.drane14);
    expect(body.members.map((m) => [m.party, m.role, m.userId, m.email, m.endedAt])).toEqual(
      expect.arrayContaining([
        ["COLLECTIVITE", "COPRESIDENT", users.sign35, "signataire35@test.fr", null],
        ["ETAT", "COPRESIDENT", users.recteur14, "recteur14@test.fr", null],
        ["ETAT", "MEMBRE", null, "ien.numerique@test.fr", null],
      ]),
    );
    expect((await listBodies(await as("elu35", C35))).find((b) => b.id === pair)?.chairs).toEqual([
      { party: "COLLECTIVITE", role: "COPRESIDENT", name: "signataire35" },
      { party: "ETAT", role: "COPRESIDENT", name: "recteur14" },
    ]);
  });

  it("refuses to seat a person of another party, a second co-chair, or a co-chair without an account", async () => {
    const before = await snapshot();
    const cases: [string, Parameters<typeof as>[1], object, string][] = [
      // The collectivité cannot seat the recteur: the académie designates its own.
      ["agent35", C35, { role: "COPRESIDENT", userId: users.recteur14 }, "INVALID_INPUT"],
      ["agent35", C35, { role: "COPRESIDENT", userId: users.agent35 }, "CONFLICT"],
      ["agent35", C35, { role: "COPRESIDENT", name: "Quelqu'un" }, "INVALID_INPUT"],
      ["agent35", C35, { role: "MEMBRE", userId: users.sign35 }, "CONFLICT"],
      // A collège is no party to the pair's body; another académie does not see it.
      ["chefG", E(UAI.gayeulles), { role: "MEMBRE", name: "X" }, "NOT_FOUND"],
      ["drane70", A70, { role: "MEMBRE", name: "X" }, "NOT_FOUND"],
      ["agent14", C14, { role: "MEMBRE", name: "X" }, "NOT_FOUND"],
      ["elu35", C35, { role: "MEMBRE", name: "X" }, "FORBIDDEN"],
    ];
    for (const [user, scope, fields, code] of cases)
      expect(
        await designateMember(await as(user, scope), {
          bodyId: pair,
          qualite: "Qualité",
          ...fields,
        }).then(
          () => "accepted",
          (error: unknown) =>
            error instanceof ZodError ? "INVALID_INPUT" : (error as { code: string }).code,
        ),
      ).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it("lets only the member's own party end a mandate; the row stays with its end", async () => {
    const ien = await db.bodyMember.findFirstOrThrow({
      where: { bodyId: pair, party: "ETAT", role: "MEMBRE" },
    });
    const before = await snapshot();
    expect(
      (await appErrorOf(async () => endMembership(await as("agent35", C35), { memberId: ien.id })))
        .code,
    ).toBe("FORBIDDEN");
    for (const [user, scope] of [
      ["drane70", A70],
      ["agent14", C14],
      ["chefG", E(UAI.gayeulles)],
    ] as const)
      expect(
        (await appErrorOf(async () => endMembership(await as(user, scope), { memberId: ien.id })))
          .code,
      ).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);

    await endMembership(await as("drane14", A14), { memberId: ien.id });
    const ended = await db.bodyMember.findUniqueOrThrow({ where: { id: ien.id } });
    expect(ended.endedAt).not.toBeNull();
    expect(
      (await appErrorOf(async () => endMembership(await as("drane14", A14), { memberId: ien.id })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("seats a person holding memberships in two parties' spaces for one party only", async () => {
    users.both = await createUser("deux.casquettes@test.fr", [
      { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
      { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
    ]);
    await designateMember(await as("agent35", C35), {
      bodyId: pair,
      role: "MEMBRE",
      userId: users.both,
      qualite: "Chargée de mission",
    });
    const before = await snapshot();
    // The académie may name its own people, not one already sitting for the collectivité.
    const refused = await appErrorOf(async () =>
      designateMember(await as("drane14", A14), {
        bodyId: pair,
        role: "MEMBRE",
        userId: users.both,
        qualite: "Chargée de mission",
      }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("une personne ne siège que pour une partie");
    // Acting from the académie's space, the same person acts for the académie only.
    const fromAcademie = await appErrorOf(async () =>
      endMembership(await as("both", A14), {
        memberId: (await db.bodyMember.findFirstOrThrow({ where: { userId: users.both } })).id,
      }),
    );
    expect(fromAcademie.code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
  });

  it("lets the collège seat its members in its own commission", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    await designateMember(ctx, {
      bodyId: commission,
      role: "COPRESIDENT",
      userId: users.chefG,
      qualite: "Principal",
    });
    await designateMember(await as("agent35", C35), {
      bodyId: commission,
      role: "MEMBRE",
      userId: users.agent35,
      qualite: "Chargé de mission numérique",
    });
    const { body } = await getBody(ctx, commission);
    expect(body.parties).toEqual(["COLLECTIVITE", "ETAT", "EPLE"]);
    expect(body.members.map((m) => m.party).sort()).toEqual(["COLLECTIVITE", "EPLE"]);
  });
});

describe("the conventions a body steers", () => {
  const ids = { tripartite: "", resiliee: "", bourbriac: "" };
  const steering = () =>
    db.bodySteeredConvention.findMany({ orderBy: [{ bodyId: "asc" }, { conventionId: "asc" }] });

  beforeAll(async () => {
    const owner = (uai: string) => ({
      id: college[uai]!.id,
      collectiviteId: college[uai]!.collectiviteId,
      academieCode: college[uai]!.academieCode,
    });
    ids.tripartite = (
      await rows.insertConvention({
        reference: "CT-35-2026-0100",
        title: "Convention tripartite Les Gayeulles",
        owner: owner(UAI.gayeulles),
        status: "EN_VIGUEUR",
      })
    ).id;
    ids.resiliee = (
      await rows.insertConvention({
        reference: "CT-35-2026-0101",
        title: "Convention résiliée",
        owner: owner(UAI.rennes35b),
        status: "RESILIEE",
      })
    ).id;
    ids.bourbriac = (
      await rows.insertConvention({
        reference: "CT-22-2026-0100",
        title: "Convention tripartite Bourbriac",
        owner: owner(UAI.bourbriac22),
        status: "EN_VIGUEUR",
      })
    ).id;
  });

  it("has the comité de pilotage steer its convention-cadre from its creation", async () => {
    const cadreBody = (await listBodies(await as("agent35", C35))).find(
      (b) => b.convention?.id === cadre35,
    )!;
    expect(
      (await steeredConventions(await as("drane14", A14), cadreBody.id)).map((c) => c.id),
    ).toEqual([cadre35]);
    expect((await bodiesSteering(await as("agent35", C35), cadre35)).map((b) => b.id)).toEqual([
      cadreBody.id,
    ]);
  });

  it("lets the secretariat add and take out the conventions of the body's parties only", async () => {
    const drane = await as("drane14", A14);
    const offered = (await steerableConventions(drane, pair)).map((c) => c.id);
    expect(offered).toEqual(expect.arrayContaining([cadre35, ids.tripartite]));
    expect(offered).not.toContain(ids.resiliee);
    expect(offered).not.toContain(ids.bourbriac);
    await steerConvention(drane, { bodyId: pair, conventionId: ids.tripartite });
    expect((await steeredConventions(await as("agent35", C35), pair)).map((c) => c.id)).toEqual([
      ids.tripartite,
    ]);
    expect(
      (await bodiesSteering(await as("agent35", C35), ids.tripartite)).map((b) => b.id),
    ).toEqual([pair]);
    const again = await appErrorOf(() =>
      steerConvention(drane, { bodyId: pair, conventionId: ids.tripartite }),
    );
    expect(again.code).toBe("CONFLICT");
    for (const conventionId of [ids.bourbriac, ids.resiliee, "inconnue"]) {
      const error = await appErrorOf(() => steerConvention(drane, { bodyId: pair, conventionId }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.message).toBe(
        "Cette convention n'est pas une convention des parties de l'instance.",
      );
    }
    // A collège's body steers that collège's tripartite convention, never a convention-cadre.
    const chef = await as("chefG", E(UAI.gayeulles));
    expect((await steerableConventions(chef, commission)).map((c) => c.id)).toEqual([
      ids.tripartite,
    ]);
    await steerConvention(chef, { bodyId: commission, conventionId: ids.tripartite });
    expect(
      (await appErrorOf(() => steerConvention(chef, { bodyId: commission, conventionId: cadre35 })))
        .code,
    ).toBe("INVALID_INPUT");
    // The collège sees the body of its own that steers its convention, not the académie's.
    expect((await bodiesSteering(chef, ids.tripartite)).map((b) => b.id)).toEqual([commission]);
    await unsteerConvention(chef, { bodyId: commission, conventionId: ids.tripartite });
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["governance.body.steer", "governance.body.unsteer"] } },
      }),
    ).toBe(3);
  });

  it("lets no other party steer for the secretariat, and no other space reach the body", async () => {
    const before = [await steering(), await snapshot()];
    const attempts: [string, Parameters<typeof as>[1], string, string][] = [
      ["agent35", C35, "FORBIDDEN", pair],
      ["agent35", C35, "FORBIDDEN", commission],
      ["elu35", C35, "FORBIDDEN", pair],
      ["agent14", C14, "NOT_FOUND", pair],
      ["drane70", A70, "NOT_FOUND", pair],
      ["chefR", E(UAI.rennes35b), "NOT_FOUND", commission],
      ["chefG", E(UAI.gayeulles), "NOT_FOUND", pair],
    ];
    for (const [user, scope, code, bodyId] of attempts) {
      for (const write of [steerConvention, unsteerConvention])
        expect(
          (
            await appErrorOf(async () =>
              write(await as(user, scope), { bodyId, conventionId: ids.tripartite }),
            )
          ).code,
        ).toBe(code);
    }
    expect(await steeredConventions(await as("agent14", C14), pair)).toEqual([]);
    expect(await steeredConventions(await as("drane70", A70), pair)).toEqual([]);
    expect(await bodiesSteering(await as("agent14", C14), ids.tripartite)).toEqual([]);
    expect([await steering(), await snapshot()]).toEqual(before);
  });
});

describe("the pages of a body", () => {
  const pages = {
    c: () => import("@/app/c/[code]/instances/[id]/page"),
    a: () => import("@/app/a/[code]/instances/[id]/page"),
    e: () => import("@/app/e/[uai]/instances/[id]/page"),
  };
  const at = async (space: keyof typeof pages, user: string, params: Record<string, string>) => {
    signInAs(users[user]!);
    return open((await pages[space]()).default as Page, params, 1);
  };

  it("open for the body's parties, 404 for another collectivité, académie or collège", async () => {
    expect(await at("c", "agent35", { code: "35", id: pair })).toBe("ouverte");
    expect(await at("a", "lecteur14", { code: "14", id: pair })).toBe("ouverte");
    expect(await at("e", "chefG", { uai: UAI.gayeulles, id: commission })).toBe("ouverte");
    expect(await at("c", "agent14", { code: "14", id: pair })).toBe("404");
    expect(await at("a", "drane70", { code: "70", id: pair })).toBe("404");
    expect(await at("e", "chefR", { uai: UAI.rennes35b, id: commission })).toBe("404");
    expect(await at("e", "chefG", { uai: UAI.gayeulles, id: pair })).toBe("404");
    // A member of 35 typing the body into another space's URL.
    expect(await at("c", "agent35", { code: "14", id: pair })).toBe("404");
  });
});
