import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { agreeToPublish, createCall } from "@/lib/calls/write-call";
import { saveApplication, submitApplication } from "@/lib/calls/applications";
import { confirmDecision, proposeDecision, scoreApplication } from "@/lib/calls/instruction";
import { assessReport, deliverApplication, fileReport } from "@/lib/calls/follow-up";
import {
  getApplicationForInstruction,
  instructionOf,
  ownFollowUp,
} from "@/lib/calls/read-instruction";
import { getFundedProjects } from "@/lib/dashboards/collectivite-projects";
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
import { callTerms as terms, dossierInput } from "../support/calls";

// Appels à projets (issue 18), instruction and follow-up: each party scores the deposited dossiers
// on the grid without seeing the other's scores until it has scored; the committee's decision is
// proposed by one party and confirmed by the other, within the envelope; a retained dossier is
// funded, delivered into the inventory, and reported on at 6, 12 and 24 months, with the
// académie's assessment. No party acts for another; other scopes get not found, nothing changed.

const dossier = (callId: string, equipment: { category: string; quantity: string }[]) =>
  dossierInput(callId, { equipment });

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const R = E(UAI.rennes35b);
const OPEN = new Date("2026-12-07T10:00:00Z");
const INSTRUCTION = new Date("2027-01-20T10:00:00Z");
const DELIVERY = new Date("2027-03-01T10:00:00Z");

/** Everything the instruction writes about a call's dossiers, to compare before and after a refusal. */
const state = (callId: string) =>
  db.projectApplication
    .findMany({
      where: { callId },
      include: { scores: { orderBy: { party: "asc" } }, reports: true },
      orderBy: { id: "asc" },
    })
    .then(async (rows) =>
      JSON.stringify(
        { rows, allocations: await db.allocation.count(), equipment: await db.equipment.count() },
        (_, v: unknown) => (typeof v === "bigint" ? String(v) : v),
      ),
    );

let callId = "";
let dossierG = "";
let dossierR = "";
let requestedG = 0;

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "elu35", "agent22", "drane14", "recteur14", "drane70", "chefG", "chefR"),
  });
  users.twoHats = await createUser("deux.casquettes@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  callId = (await createCall(await as("agent35", C35), terms())).id;
  await agreeToPublish(await as("agent35", C35), { callId }, OPEN);
  await agreeToPublish(await as("drane14", A14), { callId }, OPEN);
  requestedG = (
    await saveApplication(
      await as("chefG", G),
      dossier(callId, [
        { category: "ENI", quantity: "2" },
        { category: "PORTABLE", quantity: "10" },
      ]),
      OPEN,
    )
  ).totalCents;
  await submitApplication(await as("chefG", G), { callId }, OPEN);
  await saveApplication(
    await as("chefR", R),
    dossier(callId, [{ category: "ENI", quantity: "80" }]),
    OPEN,
  );
  await submitApplication(await as("chefR", R), { callId }, OPEN);
  const ids = await db.projectApplication.findMany({
    where: { callId },
    select: { id: true, etablissement: { select: { uai: true } } },
  });
  dossierG = ids.find((a) => a.etablissement.uai === UAI.gayeulles)!.id;
  dossierR = ids.find((a) => a.etablissement.uai === UAI.rennes35b)!.id;
});

const score = (applicationId: string, points: (number | string)[], note?: string) => ({
  applicationId,
  points,
  ...(note ? { note } : {}),
});

describe("scoring", () => {
  it("starts after the deadline, within each criterion's weight, and says so in French", async () => {
    const before = await state(callId);
    expect(
      (
        await appErrorOf(async () =>
          scoreApplication(await as("agent35", C35), score(dossierG, [40, 20, 10]), OPEN),
        )
      ).message,
    ).toBe(
      "L'instruction commence après la date limite de dépôt (15 janvier 2027) : d'autres dossiers peuvent encore arriver.",
    );
    expect(
      (
        await appErrorOf(async () =>
          scoreApplication(await as("agent35", C35), score(dossierG, [40, 31, 10]), INSTRUCTION),
        )
      ).message,
    ).toBe("Critère « Lien avec le projet d'établissement » : 30 points au plus.");
    await expect(
      scoreApplication(await as("agent35", C35), score(dossierG, [40, 20]), INSTRUCTION),
    ).rejects.toThrow("Notation : 3 critères à noter, 2 notes reçues.");
    expect(await state(callId)).toBe(before);
  });

  it("hides the other party's scores until a party has scored, and its note always", async () => {
    await scoreApplication(
      await as("agent35", C35),
      score(dossierG, [45, 25, 15], "Projet solide, déjà équipé en partie."),
      INSTRUCTION,
    );
    const drane = await as("drane14", A14);
    const hidden = (await instructionOf(drane, await callOf(), INSTRUCTION))!;
    const g = hidden.dossiers.find((d) => d.id === dossierG)!;
    expect(g.scores).toMatchObject({ own: null, other: null, otherScored: true, combined: null });
    // The journal the académie reads says a scoring was given, never its points.
    const events = await db.auditEvent.findMany({
      where: { entityId: dossierG, action: "call.application.score" },
      select: { academieCode: true, after: true },
    });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.after)).not.toMatch(/85|45/);
    await scoreApplication(
      drane,
      score(dossierG, [30, 20, 15], "Formation à préciser."),
      INSTRUCTION,
    );
    const both = (await instructionOf(drane, await callOf(), INSTRUCTION))!;
    const seen = both.dossiers.find((d) => d.id === dossierG)!.scores;
    expect(seen.own).toMatchObject({ total: 65, note: "Formation à préciser." });
    expect(seen.other).toMatchObject({ total: 85, note: null, points: [45, 25, 15] });
    expect(seen).toMatchObject({ combined: 75, gap: 20, disagreement: true });
    const agentView = await getApplicationForInstruction(
      await as("agent35", C35),
      callId,
      dossierG,
      INSTRUCTION,
    );
    expect(agentView.scoresView.other).toMatchObject({ total: 65, note: null });
  });

  it("is done by each party's own members only; other scopes get not found", async () => {
    const before = await state(callId);
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["recteur14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
      ["drane70", A70, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            scoreApplication(await as(user, scope), score(dossierG, [1, 1, 1]), INSTRUCTION),
          )
        ).code,
        user,
      ).toBe(code);
    expect(
      (
        await appErrorOf(async () =>
          scoreApplication(await as("chefR", R), score(dossierG, [1, 1, 1]), INSTRUCTION),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await state(callId)).toBe(before);
    // One person in both parties scores for one of them only.
    await scoreApplication(await as("twoHats", C35), score(dossierR, [20, 10, 5]), INSTRUCTION);
    const twice = await appErrorOf(async () =>
      scoreApplication(await as("twoHats", A14), score(dossierR, [20, 10, 5]), INSTRUCTION),
    );
    expect(twice.code).toBe("FORBIDDEN");
    for (const [user, scope] of [
      ["agent22", C22],
      ["drane70", A70],
      ["chefG", G],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            getApplicationForInstruction(await as(user, scope), callId, dossierG, INSTRUCTION),
          )
        ).code,
        user,
      ).toBe("NOT_FOUND");
  });
});

async function callOf() {
  return db.projectCall.findUniqueOrThrow({
    where: { id: callId },
    select: { id: true, academieCode: true, envelopeCents: true },
  });
}

describe("the committee's decision", () => {
  it("needs every party's scores, stays within what was asked and within the envelope", async () => {
    const agent = await as("agent35", C35);
    const before = await state(callId);
    expect(
      (
        await appErrorOf(() =>
          proposeDecision(agent, { applicationId: dossierR, decision: "RETENU" }, INSTRUCTION),
        )
      ).message,
    ).toBe(
      "Le dossier n'est pas encore noté par l'académie : la décision suit la notation des deux parties.",
    );
    await expect(
      proposeDecision(agent, { applicationId: dossierG, decision: "REFUSE" }, INSTRUCTION),
    ).rejects.toThrow("Motifs : dites pourquoi ; le collège les lira.");
    expect(
      (
        await appErrorOf(() =>
          proposeDecision(
            agent,
            { applicationId: dossierG, decision: "RETENU", granted: "999 999" },
            INSTRUCTION,
          ),
        )
      ).message,
    ).toMatch(/^Montant accordé : .* au plus, ce que le collège a demandé\.$/);
    // Only the parties' own deciding members propose; other scopes do not find the dossier.
    for (const [user, scope, code] of [
      ["elu35", C35, "FORBIDDEN"],
      ["recteur14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
      ["drane70", A70, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            proposeDecision(
              await as(user, scope),
              { applicationId: dossierG, decision: "RETENU" },
              INSTRUCTION,
            ),
          )
        ).code,
        user,
      ).toBe(code);
    expect(await state(callId)).toBe(before);
    expect(
      await proposeDecision(agent, { applicationId: dossierG, decision: "RETENU" }, INSTRUCTION),
    ).toEqual({ final: false });
    await scoreApplication(await as("drane14", A14), score(dossierR, [10, 10, 5]), INSTRUCTION);
    // Rennes asked for more than what is left of the envelope once Les Gayeulles is proposed.
    const overrun = await appErrorOf(() =>
      proposeDecision(agent, { applicationId: dossierR, decision: "RETENU" }, INSTRUCTION),
    );
    expect(overrun.code).toBe("CONFLICT");
    expect(overrun.message).toMatch(/^Enveloppe dépassée : .* Rien n'a été enregistré\.$/);
    const instruction = (await instructionOf(agent, await callOf(), INSTRUCTION))!;
    expect(instruction.envelope).toEqual({
      decided: 0n,
      proposed: BigInt(requestedG),
      remaining: 15_000_000n - BigInt(requestedG),
    });
    // Ranked by combined score: Les Gayeulles (75) before Rennes.
    expect(instruction.dossiers.map((d) => d.id)).toEqual([dossierG, dossierR]);
  });

  it("is final only when the other party confirms the proposal it read, never by the same person", async () => {
    const drane = await as("drane14", A14);
    const proposal = await getApplicationForInstruction(drane, callId, dossierG, INSTRUCTION);
    expect(proposal.can.confirm).toBe(true);
    // The collège does not learn a proposal.
    expect(await ownFollowUp(await as("chefG", G), callId, INSTRUCTION)).toBeNull();
    const before = await state(callId);
    expect(
      (
        await appErrorOf(() =>
          confirmDecision(
            drane,
            { applicationId: dossierG, proposedAt: "2027-01-19T10:00:00.000Z" },
            INSTRUCTION,
          ),
        )
      ).message,
    ).toBe(
      "La proposition a changé depuis que vous l'avez lue : relisez-la avant de la confirmer.",
    );
    const proposedAt = proposal.proposedAt!.toISOString();
    for (const [user, scope, code] of [
      ["agent35", C35, "CONFLICT"],
      ["recteur14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["drane70", A70, "NOT_FOUND"],
      ["agent22", C22, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            confirmDecision(
              await as(user, scope),
              { applicationId: dossierG, proposedAt },
              INSTRUCTION,
            ),
          )
        ).code,
        user,
      ).toBe(code);
    expect(await state(callId)).toBe(before);
    expect(
      await confirmDecision(drane, { applicationId: dossierG, proposedAt }, INSTRUCTION),
    ).toEqual({ decision: "RETENU" });
    const decided = await db.projectApplication.findUniqueOrThrow({
      where: { id: dossierG },
      include: { allocation: true },
    });
    expect(decided.allocation).toMatchObject({
      amountCents: BigInt(requestedG),
      kind: "EQUIPEMENT",
      exercice: 2027,
      label: "Appel à projets « Écrans interactifs pour les sciences »",
    });
    expect(await ownFollowUp(await as("chefG", G), callId, INSTRUCTION)).toMatchObject({
      decision: "RETENU",
      grantedCents: BigInt(requestedG),
    });
    // Final: neither scores nor decisions change any more.
    expect(
      (
        await appErrorOf(() =>
          proposeDecision(
            drane,
            { applicationId: dossierG, decision: "REFUSE", reasons: "Non." },
            INSTRUCTION,
          ),
        )
      ).message,
    ).toBe("La décision sur ce dossier est prise : elle ne change plus.");
  });

  it("refuses a person in both parties who would confirm their own proposal", async () => {
    await proposeDecision(
      await as("twoHats", C35),
      {
        applicationId: dossierR,
        decision: "AJOURNE",
        reasons: "Réseau à mettre à niveau d'abord.",
      },
      INSTRUCTION,
    );
    const { proposedAt } = await getApplicationForInstruction(
      await as("drane14", A14),
      callId,
      dossierR,
      INSTRUCTION,
    );
    const before = await state(callId);
    const error = await appErrorOf(async () =>
      confirmDecision(
        await as("twoHats", A14),
        { applicationId: dossierR, proposedAt: proposedAt!.toISOString() },
        INSTRUCTION,
      ),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await state(callId)).toBe(before);
  });
});

describe("delivery and follow-up", () => {
  it("enters a retained dossier's equipment into the collège's inventory, by the collectivité only", async () => {
    const before = await state(callId);
    for (const [user, scope, code] of [
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            deliverApplication(
              await as(user, scope),
              { applicationId: dossierG, deliveredOn: "2027-02-20" },
              DELIVERY,
            ),
          )
        ).code,
        user,
      ).toBe(code);
    await expect(
      deliverApplication(
        await as("agent35", C35),
        { applicationId: dossierG, deliveredOn: "2027-03-02" },
        DELIVERY,
      ),
    ).rejects.toThrow("Date de livraison : elle ne peut pas être dans le futur.");
    await expect(
      deliverApplication(
        await as("agent35", C35),
        { applicationId: dossierR, deliveredOn: "2027-02-20" },
        DELIVERY,
      ),
    ).rejects.toThrow("Seul un dossier retenu, décision prise, se livre.");
    expect(await state(callId)).toBe(before);
    const college = await db.etablissement.findUniqueOrThrow({ where: { uai: UAI.gayeulles } });
    const inventory = () => db.equipment.count({ where: { etablissementId: college.id } });
    const held = await inventory();
    expect(
      await deliverApplication(
        await as("agent35", C35),
        { applicationId: dossierG, deliveredOn: "2027-02-20" },
        DELIVERY,
      ),
    ).toEqual({ created: 12 });
    expect(await inventory()).toBe(held + 12);
    expect(
      await db.equipment.count({
        where: { etablissementId: college.id, acquiredOn: new Date("2027-02-20"), category: "ENI" },
      }),
    ).toBe(2);
  });

  it("takes the collège's reports in order, and the académie's assessment by its DRANE only", async () => {
    const report = (milestone: number) => ({
      callId,
      milestone: String(milestone),
      classesUsing: "6",
      pupilsReached: "150",
      equipmentInUsePct: "90",
      whatWorked: "Les écrans servent en SVT et en physique-chimie chaque semaine.",
      difficulties: "Deux enseignants attendent encore leur formation.",
    });
    const before = await state(callId);
    await expect(fileReport(await as("chefG", G), report(12), DELIVERY)).rejects.toThrow(
      "Déposez d'abord le bilan à 6 mois.",
    );
    await expect(fileReport(await as("chefG", G), report(7), DELIVERY)).rejects.toThrow(
      "Bilan : à 6, 12 ou 24 mois.",
    );
    expect(
      (await appErrorOf(async () => fileReport(await as("agent35", C35), report(6), DELIVERY)))
        .code,
    ).toBe("FORBIDDEN");
    await expect(fileReport(await as("chefR", R), report(6), DELIVERY)).rejects.toThrow(
      "Seul un projet retenu fait l'objet de bilans.",
    );
    expect(await state(callId)).toBe(before);
    const { id } = await fileReport(await as("chefG", G), report(6), DELIVERY);
    const follow = (await ownFollowUp(await as("chefG", G), callId, DELIVERY))!;
    expect(follow.schedule.map((s) => [s.milestone, s.state])).toEqual([
      [6, "DEPOSE"],
      [12, "A_VENIR"],
      [24, "A_VENIR"],
    ]);
    const filed = await state(callId);
    for (const [user, scope, code] of [
      ["agent35", C35, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["recteur14", A14, "FORBIDDEN"],
      ["drane70", A70, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            assessReport(await as(user, scope), { reportId: id, assessment: "Bien." }, DELIVERY),
          )
        ).code,
        user,
      ).toBe(code);
    expect(await state(callId)).toBe(filed);
    await assessReport(
      await as("drane14", A14),
      { reportId: id, assessment: "Usages réguliers en sciences ; formation à compléter." },
      DELIVERY,
    );
    expect(
      (
        await appErrorOf(async () =>
          assessReport(await as("drane14", A14), { reportId: id, assessment: "Encore." }, DELIVERY),
        )
      ).message,
    ).toBe("L'académie a déjà apprécié ce bilan.");
    const seen = await getApplicationForInstruction(
      await as("agent35", C35),
      callId,
      dossierG,
      DELIVERY,
    );
    // The élu reads the funded project and its latest report; another département nothing.
    const elu = await getFundedProjects(await as("elu35", C35));
    expect(elu).toMatchObject({ count: 1, delivered: 1, reports: 1 });
    expect(elu.projects[0]).toMatchObject({
      etablissement: { name: expect.any(String) },
      latest: { milestone: 6, pupilsReached: 150, equipmentInUsePct: 90 },
    });
    expect(elu.projects[0]!.latest!.assessedAt).not.toBeNull();
    expect(await getFundedProjects(await as("agent22", C22))).toMatchObject({ count: 0 });
    expect(seen.reports).toEqual([
      expect.objectContaining({
        milestone: 6,
        pupilsReached: 150,
        assessment: "Usages réguliers en sciences ; formation à compléter.",
      }),
    ]);
  });
});

describe("a call of the collectivité alone", () => {
  it("is scored and decided by the collectivité at once, and stays out of the académie's reach", async () => {
    const agent = await as("agent35", C35);
    const { id } = await createCall(agent, terms({ title: "Classes mobiles", joint: undefined }));
    await agreeToPublish(agent, { callId: id }, OPEN);
    await saveApplication(
      await as("chefG", G),
      dossier(id, [{ category: "PORTABLE", quantity: "5" }]),
      OPEN,
    );
    await submitApplication(await as("chefG", G), { callId: id }, OPEN);
    const application = await db.projectApplication.findFirstOrThrow({ where: { callId: id } });
    expect(
      (
        await appErrorOf(async () =>
          scoreApplication(
            await as("drane14", A14),
            score(application.id, [10, 10, 10]),
            INSTRUCTION,
          ),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await scoreApplication(agent, score(application.id, [40, 20, 10]), INSTRUCTION);
    expect(
      await proposeDecision(
        agent,
        {
          applicationId: application.id,
          decision: "RETENU_SOUS_CONDITIONS",
          reasons: "Sous réserve de la formation des enseignants avant la livraison.",
        },
        INSTRUCTION,
      ),
    ).toEqual({ final: true });
    expect(
      await db.auditEvent.count({
        where: { entityId: application.id, academieCode: { not: null } },
      }),
    ).toBe(0);
  });
});

describe("the dossier's page", () => {
  it("opens to the collectivité and the co-pilot académie, 404 elsewhere", async () => {
    const pages = {
      c: () => import("@/app/c/[code]/appels/[id]/dossiers/[dossierId]/page"),
      a: () => import("@/app/a/[code]/appels/[id]/dossiers/[dossierId]/page"),
    };
    const at = async (space: keyof typeof pages, user: string, code: string) => {
      signInAs(users[user]!);
      return open(
        (await pages[space]()).default as Page,
        { code, id: callId, dossierId: dossierG },
        1,
      );
    };
    expect(await at("c", "agent35", "35")).toBe("ouverte");
    expect(await at("a", "drane14", "14")).toBe("ouverte");
    expect(await at("c", "agent22", "22")).toBe("404");
    expect(await at("a", "drane70", "70")).toBe("404");
  });
});
