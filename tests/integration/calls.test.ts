import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { agreeToPublish, createCall, updateCall } from "@/lib/calls/write-call";
import { saveApplication, submitApplication } from "@/lib/calls/applications";
import { getCall, listCalls } from "@/lib/calls/read-calls";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { A14, A70, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";
import { callTerms as terms, dossierInput as dossier } from "../support/calls";

// Appels à projets (issue 18), first part: the collectivité writes a call, alone or jointly with
// its académie (both agree to publish, each by its own members); eligible collèges apply before
// the deadline. Every other département, académie and collège gets not found, nothing changed.

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const R = E(UAI.rennes35b);
const NOW = new Date("2026-12-07T10:00:00Z");
const AFTER_DEADLINE = new Date("2027-01-16T10:00:00Z");

const callRow = (id: string) =>
  db.projectCall
    .findUniqueOrThrow({ where: { id }, include: { applications: { orderBy: { id: "asc" } } } })
    .then((row) => JSON.stringify(row, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)));

let joint = "";
let alone = "";

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "elu35", "agent22", "drane14", "recteur14", "drane70", "chefG", "chefR"),
    refG: ["ref.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    gestG: ["gest.gayeulles@test.fr", "ETABLISSEMENT", "GESTIONNAIRE", UAI.gayeulles],
  });
});

describe("writing and publishing a call", () => {
  it("lets the collectivité draft a joint call with a weighted grid, and refuses a bad one in French", async () => {
    const agent = await as("agent35", C35);
    await expect(
      createCall(agent, terms({ criteria: [{ label: "Qualité", weight: "60" }] })),
    ).rejects.toThrow("Grille : les poids des critères font 60 points ; ils doivent faire 100.");
    await expect(createCall(agent, terms({ closesOn: "2026-11-01" }))).rejects.toThrow(
      "La date limite de dépôt suit l'ouverture des candidatures.",
    );
    expect(await db.projectCall.count()).toBe(0);
    joint = (await createCall(agent, terms())).id;
    alone = (await createCall(agent, terms({ title: "Classes mobiles", joint: undefined }))).id;
    expect(
      await db.projectCall.findMany({
        select: { academieCode: true, status: true, envelopeCents: true },
        orderBy: { title: "asc" },
      }),
    ).toEqual([
      { academieCode: null, status: "BROUILLON", envelopeCents: 15_000_000n },
      { academieCode: "14", status: "BROUILLON", envelopeCents: 15_000_000n },
    ]);
  });

  it("shows the joint draft to the co-pilot académie, the call of the collectivité alone to nobody else, no draft to a collège", async () => {
    expect((await listCalls(await as("drane14", A14), NOW)).map((c) => c.id)).toEqual([joint]);
    for (const [user, scope] of [
      ["drane14", A14],
      ["chefG", G],
      ["agent22", C22],
      ["drane70", A70],
    ] as const)
      expect((await appErrorOf(async () => getCall(await as(user, scope), alone, NOW))).code).toBe(
        "NOT_FOUND",
      );
    expect(await listCalls(await as("chefG", G), NOW)).toEqual([]);
  });

  it("publishes a joint call only once both parties have agreed, each by its own members", async () => {
    const before = await callRow(joint);
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["recteur14", A14, "FORBIDDEN"],
      ["chefG", G, "NOT_FOUND"],
      ["agent22", C22, "NOT_FOUND"],
      ["drane70", A70, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            agreeToPublish(await as(user, scope), { callId: joint }, NOW),
          )
        ).code,
        user,
      ).toBe(code);
    // The académie only reads: it does not edit the call.
    expect(
      (
        await appErrorOf(async () =>
          updateCall(await as("drane14", A14), { callId: joint, ...terms() }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(await callRow(joint)).toBe(before);

    expect(await agreeToPublish(await as("agent35", C35), { callId: joint }, NOW)).toEqual({
      published: false,
    });
    // An edit withdraws the agreement given to the former text.
    expect(
      await updateCall(await as("agent35", C35), {
        callId: joint,
        ...terms({ envelope: "150000", title: "Écrans interactifs en sciences" }),
      }),
    ).toEqual({ agreementsWithdrawn: true });
    expect(await agreeToPublish(await as("drane14", A14), { callId: joint }, NOW)).toEqual({
      published: false,
    });
    expect(
      (
        await appErrorOf(async () =>
          agreeToPublish(await as("drane14", A14), { callId: joint }, NOW),
        )
      ).message,
    ).toBe("Votre partie a déjà donné son accord.");
    expect(await agreeToPublish(await as("agent35", C35), { callId: joint }, NOW)).toEqual({
      published: true,
    });
    const published = await db.projectCall.findUniqueOrThrow({ where: { id: joint } });
    expect(published).toMatchObject({ status: "PUBLIE", academieCode: "14" });
    expect(
      await db.auditEvent.findMany({
        where: { entityId: joint },
        orderBy: { seq: "asc" },
        select: { action: true, academieCode: true },
      }),
    ).toEqual([
      { action: "call.create", academieCode: "14" },
      { action: "call.agree", academieCode: "14" },
      { action: "call.update", academieCode: "14" },
      { action: "call.agree", academieCode: "14" },
      { action: "call.publish", academieCode: "14" },
    ]);
    // Published: no more edits.
    expect(
      (
        await appErrorOf(async () =>
          updateCall(await as("agent35", C35), { callId: joint, ...terms() }),
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("publishes the call of the collectivité alone by its own agreement, which the académie never sees", async () => {
    expect(await agreeToPublish(await as("agent35", C35), { callId: alone }, NOW)).toEqual({
      published: true,
    });
    expect(
      await db.auditEvent.count({ where: { entityId: alone, academieCode: { not: null } } }),
    ).toBe(0);
    expect((await appErrorOf(async () => getCall(await as("drane14", A14), alone, NOW))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("a person in both parties", () => {
  it("does not give the académie's agreement after the collectivité's, and nothing changes", async () => {
    users.twoHats = await createUser("deux.casquettes@test.fr", [
      { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
      { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
    ]);
    const { id } = await createCall(await as("agent35", C35), terms({ title: "Tablettes en 6e" }));
    await agreeToPublish(await as("twoHats", C35), { callId: id }, NOW);
    const before = await callRow(id);
    const error = await appErrorOf(async () =>
      agreeToPublish(await as("twoHats", A14), { callId: id }, NOW),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(
      "Vous avez donné l'accord de l'autre partie : une même personne ne donne pas l'accord des deux.",
    );
    expect(await callRow(id)).toBe(before);
  });
});

describe("applying", () => {
  it("lets the chef and the référent numérique write the dossier, costed at the référentiel, then submit it", async () => {
    expect((await listCalls(await as("chefG", G), NOW)).map((c) => c.id).sort()).toEqual(
      [joint, alone].sort(),
    );
    const saved = await saveApplication(await as("refG", G), dossier(joint), NOW);
    expect(saved.totalCents).toBeGreaterThan(0);
    await saveApplication(
      await as("chefG", G),
      dossier(joint, {
        equipment: [
          { category: "ENI", quantity: "2" },
          { category: "PORTABLE", quantity: "15" },
        ],
      }),
      NOW,
    );
    const stored = await db.projectApplication.findFirstOrThrow({ where: { callId: joint } });
    expect((stored.equipment as { quantity: number }[]).map((l) => l.quantity)).toEqual([2, 15]);
    // A draft is the collège's: its saves are in the collège's journal only, not the
    // collectivité's nor the académie's (they read a dossier once it is deposited).
    expect(
      await db.auditEvent.findMany({
        where: { action: "call.application.save", entityId: stored.id },
        select: { etablissementId: true, collectiviteId: true, academieCode: true },
      }),
    ).toEqual(
      Array(2).fill({
        etablissementId: stored.etablissementId,
        collectiviteId: null,
        academieCode: null,
      }),
    );
    await submitApplication(await as("chefG", G), { callId: joint }, NOW);
    expect(
      (await db.projectApplication.findUniqueOrThrow({ where: { id: stored.id } })).status,
    ).toBe("DEPOSE");
    expect(
      (await appErrorOf(() => as("chefG", G).then((c) => saveApplication(c, dossier(joint), NOW))))
        .message,
    ).toBe("Le dossier est déposé : il ne se modifie plus.");
    // The collectivité and the co-pilot académie see the deposited dossier.
    for (const [user, scope] of [
      ["agent35", C35],
      ["drane14", A14],
    ] as const) {
      const call = await getCall(await as(user, scope), joint, NOW);
      expect(call.applications.map((a) => a.etablissement.uai)).toEqual([UAI.gayeulles]);
    }
  });

  it("refuses what a collège may not do, in French, and keeps the data as it was", async () => {
    const before = await callRow(joint);
    expect(
      (await appErrorOf(async () => saveApplication(await as("gestG", G), dossier(joint), NOW)))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await appErrorOf(async () =>
          saveApplication(
            await as("chefR", R),
            dossier(joint, { equipment: [{ category: "IMPRIMANTE", quantity: "1" }] }),
            NOW,
          ),
        )
      ).message,
    ).toContain("n'est pas proposé par cet appel");
    await saveApplication(await as("chefR", R), dossier(joint), NOW);
    const draftRow = await callRow(joint);
    // After the deadline: neither saved nor submitted.
    const late = await appErrorOf(async () =>
      submitApplication(await as("chefR", R), { callId: joint }, AFTER_DEADLINE),
    );
    expect(late.code).toBe("CONFLICT");
    expect(late.message).toBe(
      "La date limite de dépôt (15 janvier 2027) est passée : le dossier n'est plus modifiable ni déposable.",
    );
    expect(await callRow(joint)).toBe(draftRow);
    expect(before).not.toBe(draftRow);
    // The académie and the collectivité do not see a draft dossier.
    expect((await getCall(await as("agent35", C35), joint, NOW)).applications).toHaveLength(1);
  });

  it("keeps a collège out of a call it is not eligible to", async () => {
    const prioritaire = (
      await createCall(
        await as("agent35", C35),
        terms({ title: "Réseau d'éducation prioritaire", joint: undefined, prioritaireOnly: "on" }),
      )
    ).id;
    await agreeToPublish(await as("agent35", C35), { callId: prioritaire }, NOW);
    expect((await listCalls(await as("chefG", G), NOW)).map((c) => c.id)).not.toContain(
      prioritaire,
    );
    expect(
      (await appErrorOf(async () => getCall(await as("chefG", G), prioritaire, NOW))).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await appErrorOf(async () =>
          saveApplication(await as("chefG", G), dossier(prioritaire), NOW),
        )
      ).message,
    ).toBe(
      "Votre collège ne peut pas candidater : Cet appel s'adresse aux collèges de l'éducation prioritaire (REP, REP+).",
    );
    expect(await db.projectApplication.count({ where: { callId: prioritaire } })).toBe(0);
  });

  it("answers not found to another département, académie and collège, for every action", async () => {
    const before = await callRow(joint);
    for (const [user, scope] of [
      ["agent22", C22],
      ["drane70", A70],
    ] as const) {
      expect((await appErrorOf(async () => getCall(await as(user, scope), joint, NOW))).code).toBe(
        "NOT_FOUND",
      );
      expect(await listCalls(await as(user, scope), NOW)).toEqual([]);
    }
    expect(
      (
        await appErrorOf(async () =>
          updateCall(await as("agent22", C22), { callId: joint, ...terms() }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    // Another collège's dossier is not in this one's view.
    const rennes = await getCall(await as("chefR", R), joint, NOW);
    expect(rennes.applications.map((a) => a.etablissement.uai)).toEqual([UAI.rennes35b]);
    expect(await callRow(joint)).toBe(before);
  });

  it("opens the call's page to its parties and eligible collèges, 404 elsewhere", async () => {
    const pages = {
      c: () => import("@/app/c/[code]/appels/[id]/page"),
      a: () => import("@/app/a/[code]/appels/[id]/page"),
      e: () => import("@/app/e/[uai]/appels/[id]/page"),
    };
    const at = async (space: keyof typeof pages, user: string, params: Record<string, string>) => {
      signInAs(users[user]!);
      return open((await pages[space]()).default as Page, { ...params, id: joint }, 1);
    };
    expect(await at("c", "agent35", { code: "35" })).toBe("ouverte");
    expect(await at("a", "drane14", { code: "14" })).toBe("ouverte");
    expect(await at("e", "chefG", { uai: UAI.gayeulles })).toBe("ouverte");
    expect(await at("c", "agent22", { code: "22" })).toBe("404");
    expect(await at("a", "drane70", { code: "70" })).toBe("404");
    signInAs(users.agent35!);
    expect(await open((await pages.a()).default as Page, { code: "14", id: alone }, 1)).toBe("404");
    signInAs(users.drane14!);
    expect(await open((await pages.a()).default as Page, { code: "14", id: alone }, 1)).toBe("404");
  });
});
