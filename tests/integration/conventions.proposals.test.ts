import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createConvention } from "@/lib/conventions/create-convention";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import {
  decideConventionProposal,
  listConventionProposals,
  proposeConventionChange,
  withdrawConventionProposal,
} from "@/lib/conventions/proposals";
import { createUser, createUsers, UAI } from "../support/fixtures";
import { A14, A70, C22, C35, E } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { completeDraft } from "../support/complete-draft";
import {
  as,
  conventionSnapshot,
  draftContent,
  newDraft,
  seedConventions,
  users,
} from "./conventions.fixtures";

// Co-writing a draft: the académie and the collège propose, only the pilot collectivité decides.

const G = E(UAI.gayeulles);
let draftId = "";
let cadreId = "";

const proposalRows = () =>
  db.conventionProposal.findMany({
    where: { conventionId: draftId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, party: true, decisionReason: true, target: true },
  });

async function propose(user: string, scope = G, fields: Record<string, string> = {}) {
  return proposeConventionChange(await as(user, scope), {
    conventionId: draftId,
    cible: "general",
    rationale: "Le calendrier des comités doit figurer dans la convention.",
    ...fields,
  });
}

beforeAll(async () => {
  await seedConventions();
  await createUsers(users, {
    refG: ["ref.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    gestG: ["gest.gayeulles@test.fr", "ETABLISSEMENT", "GESTIONNAIRE", UAI.gayeulles],
  });
  draftId = (await newDraft("agent35", C35, UAI.gayeulles)).id;
  cadreId = (await createConvention(await as("agent35", C35), { kind: "CADRE" })).id;
});

describe("proposals on a draft", () => {
  it("lets the chef propose a new text for an article and the DRANE a new holder for a matrix row; the pilot's agents are told", async () => {
    const content = await draftContent(draftId);
    const body = `${content.articles[1]!.body}\n\nLe collège réunit sa commission numérique chaque trimestre.`;
    const article = await propose("chefG", G, {
      cible: "article:1",
      body,
      rationale: "La commission numérique existe déjà : inscrivons-la.",
    });
    const row = content.matrix[0]!;
    const holder = row.holder === "EPLE" ? "COLLECTIVITE" : "EPLE";
    await propose("drane14", A14, {
      cible: "matrice:0",
      holder,
      level: row.level,
      detail: "Précision de l'académie",
      rationale: "Le premier niveau revient à l'établissement.",
    });
    const stored = await db.conventionProposal.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      party: "EPLE",
      target: "ARTICLE",
      targetIndex: 1,
      status: "OUVERTE",
      proposed: { title: content.articles[1]!.title, body },
    });
    expect(stored.targetLabel).toBe(`Article 2 — ${content.articles[1]!.title}`);
    expect(
      await db.outboxEmail.count({
        where: { to: "agent35@test.fr", subject: { startsWith: "Proposition de modification" } },
      }),
    ).toBe(2);
    // The draft itself is untouched until the pilot answers.
    expect((await draftContent(draftId)).articles[1]!.body).toBe(content.articles[1]!.body);
  });

  it("refuses what is not a proposal in French, and keeps nothing of it", async () => {
    const before = await proposalRows();
    await expect(propose("chefG", G, { cible: "article:99", body: "Texte" })).rejects.toThrow(
      "Cet élément n'existe plus dans le brouillon",
    );
    await expect(propose("chefG", G, { cible: "annexe:1" })).rejects.toThrow(
      "Choisissez l'objet de la proposition.",
    );
    await expect(propose("chefG", G, { rationale: "  " })).rejects.toThrow(
      "le motif est obligatoire",
    );
    await expect(
      propose("chefG", G, { cible: "article:0", body: "Voir {{inconnue.variable}}." }),
    ).rejects.toThrow("Variable inconnue : {{inconnue.variable}}.");
    const content = await draftContent(draftId);
    await expect(
      propose("chefG", G, { cible: "article:0", body: content.articles[0]!.body }),
    ).rejects.toThrow("reprend le texte actuel du brouillon");
    expect(await proposalRows()).toEqual(before);
  });

  it("never lets a party act for another: the collectivité does not propose, the académie and the collège do not decide, no one withdraws another party's proposal", async () => {
    const [article, row] = await proposalRows();
    const snapshot = [await conventionSnapshot(draftId), await proposalRows()];
    expect((await appErrorOf(() => propose("agent35", C35))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(() => propose("gestG", G))).code).toBe("FORBIDDEN");
    for (const [user, scope] of [
      ["chefG", G],
      ["drane14", A14],
      ["elu35", C35],
      ["sig35", C35],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            decideConventionProposal(await as(user, scope), {
              proposalId: article!.id,
              decision: "accepter",
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    expect(
      (
        await appErrorOf(async () =>
          withdrawConventionProposal(await as("chefG", G), { proposalId: row!.id }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await appErrorOf(async () =>
          withdrawConventionProposal(await as("agent35", C35), { proposalId: row!.id }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect([await conventionSnapshot(draftId), await proposalRows()]).toEqual(snapshot);
  });

  it("answers not found to another collège, académie or département, and shows them nothing", async () => {
    const [article] = await proposalRows();
    const snapshot = [await conventionSnapshot(draftId), await proposalRows()];
    expect((await appErrorOf(() => propose("chefR", E(UAI.rennes35b)))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(() => propose("drane70", A70))).code).toBe("NOT_FOUND");
    expect(
      (
        await appErrorOf(async () =>
          decideConventionProposal(await as("agent22", C22), {
            proposalId: article!.id,
            decision: "rejeter",
            reason: "Pas chez nous",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await appErrorOf(async () =>
          withdrawConventionProposal(await as("chefR", E(UAI.rennes35b)), {
            proposalId: article!.id,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await listConventionProposals(await as("chefR", E(UAI.rennes35b)), draftId)).toEqual([]);
    expect(await listConventionProposals(await as("drane70", A70), draftId)).toEqual([]);
    expect(await listConventionProposals(await as("agent22", C22), draftId)).toEqual([]);
    expect([await conventionSnapshot(draftId), await proposalRows()]).toEqual(snapshot);
    // A convention-cadre has no collège among its parties: the collège cannot reach it.
    expect(
      (
        await appErrorOf(async () =>
          proposeConventionChange(await as("chefG", G), {
            conventionId: cadreId,
            cible: "general",
            rationale: "Commentaire",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("keeps the draft from signature while a proposal waits for an answer", async () => {
    await completeDraft(await as("agent35", C35), draftId);
    const snapshot = await conventionSnapshot(draftId);
    const error = await appErrorOf(async () =>
      submitForSignature(await as("agent35", C35), { conventionId: draftId }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "2 propositions attendent votre réponse : acceptez-les ou rejetez-les avant de soumettre la convention à la signature.",
    );
    expect(await conventionSnapshot(draftId)).toBe(snapshot);
  });

  it("applies an accepted article to the draft and tells the collège; a rejection needs a reason", async () => {
    const [article, row] = await proposalRows();
    const proposed = await db.conventionProposal.findUniqueOrThrow({
      where: { id: article!.id },
      select: { proposed: true },
    });
    await decideConventionProposal(await as("agent35", C35), {
      proposalId: article!.id,
      decision: "accepter",
    });
    expect((await draftContent(draftId)).articles[1]!.body).toBe(
      (proposed.proposed as { body: string }).body,
    );
    expect(
      await db.outboxEmail.count({
        where: { to: "chef.gayeulles@test.fr", subject: { startsWith: "Proposition acceptée" } },
      }),
    ).toBe(1);
    // Answered once only.
    expect(
      (
        await appErrorOf(async () =>
          decideConventionProposal(await as("agent35", C35), {
            proposalId: article!.id,
            decision: "rejeter",
            reason: "Trop tard",
          }),
        )
      ).code,
    ).toBe("CONFLICT");

    const before = await conventionSnapshot(draftId);
    await expect(
      decideConventionProposal(await as("agent35", C35), {
        proposalId: row!.id,
        decision: "rejeter",
      }),
    ).rejects.toThrow("Donnez le motif du rejet");
    await decideConventionProposal(await as("agent35", C35), {
      proposalId: row!.id,
      decision: "rejeter",
      reason: "La matrice suit la convention-cadre départementale.",
    });
    expect(await conventionSnapshot(draftId)).toBe(before);
    expect((await proposalRows()).map((p) => [p.status, p.decisionReason])).toEqual([
      ["ACCEPTEE", null],
      ["REJETEE", "La matrice suit la convention-cadre départementale."],
    ]);
  });

  it("refuses to apply a proposal whose article has changed since, and leaves both as they were", async () => {
    const content = await draftContent(draftId);
    const { id } = await propose("refG", G, {
      cible: "article:0",
      body: `${content.articles[0]!.body}\n\nProposé par la référente.`,
      rationale: "Préciser le rôle de la référente numérique.",
    });
    content.articles[0]!.body = `${content.articles[0]!.body}\n\nModifié par la collectivité.`;
    const draft = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: draftId },
      select: { startsOn: true, endsOn: true, convention: { select: { title: true } } },
    });
    await updateConventionDraft(await as("agent35", C35), {
      conventionId: draftId,
      title: draft.convention.title,
      startsOn: draft.startsOn!.toISOString().slice(0, 10),
      endsOn: draft.endsOn!.toISOString().slice(0, 10),
      content: JSON.stringify(content),
    });
    const snapshot = [await conventionSnapshot(draftId), await proposalRows()];
    const error = await appErrorOf(async () =>
      decideConventionProposal(await as("agent35", C35), { proposalId: id, decision: "accepter" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("a changé depuis la proposition");
    expect([await conventionSnapshot(draftId), await proposalRows()]).toEqual(snapshot);
    // The référente's own party withdraws it (the chef, of the same collège, may as well).
    await withdrawConventionProposal(await as("chefG", G), { proposalId: id });
    expect((await proposalRows()).at(-1)!.status).toBe("RETIREE");
  });

  it("takes a comment into account, then lets the draft go to signature; the history stays with version 1 and no one proposes on it any more", async () => {
    const { id } = await propose("drane14", A14);
    await decideConventionProposal(await as("agent35", C35), {
      proposalId: id,
      decision: "accepter",
      reason: "Le calendrier sera annexé.",
    });
    await submitForSignature(await as("agent35", C35), { conventionId: draftId });
    const history = await listConventionProposals(await as("chefG", G), draftId);
    expect(history.map((p) => [p.versionNumber, p.party, p.status])).toEqual([
      [1, "EPLE", "ACCEPTEE"],
      [1, "ETAT", "REJETEE"],
      [1, "EPLE", "RETIREE"],
      [1, "ETAT", "ACCEPTEE"],
    ]);
    const error = await appErrorOf(() => propose("chefG", G));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("À la signature, chaque partie peut refuser");
  });
});

describe("a person in two parties", () => {
  it("does not decide, for the collectivité, a proposal they made for the collège; nothing changes", async () => {
    users.twoHats = await createUser("deux.casquettes@test.fr", [
      { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
      { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.rennes35b },
    ]);
    const other = await newDraft("agent35", C35, UAI.rennes35b);
    const { id } = await proposeConventionChange(await as("twoHats", E(UAI.rennes35b)), {
      conventionId: other.id,
      cible: "general",
      rationale: "Ajouter le calendrier de la commission numérique.",
    });
    const rows = () =>
      db.conventionProposal.findMany({ where: { conventionId: other.id }, orderBy: { id: "asc" } });
    const snapshot = [await conventionSnapshot(other.id), await rows()];
    const error = await appErrorOf(async () =>
      decideConventionProposal(await as("twoHats", C35), { proposalId: id, decision: "accepter" }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(
      "Vous avez fait cette proposition pour l'établissement : une même personne ne propose pas pour une partie et ne tranche pas pour une autre.",
    );
    expect([await conventionSnapshot(other.id), await rows()]).toEqual(snapshot);
    // Another agent of the collectivité answers it.
    await decideConventionProposal(await as("agent35", C35), {
      proposalId: id,
      decision: "rejeter",
      reason: "Le calendrier figure à l'article Gouvernance.",
    });
    expect((await rows())[0]!.status).toBe("REJETEE");
  });
});
