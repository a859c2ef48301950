import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { renewConvention } from "@/lib/conventions/renew-convention";
import { readContent } from "@/lib/conventions/content";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { createBody } from "@/lib/governance/create-body";
import {
  freezeReview,
  openReview,
  refreshReviewFigures,
  saveAssessment,
  saveReviewConclusions,
} from "@/lib/reviews/write-review";
import { getReview, getReviewPdf, listReviews } from "@/lib/reviews/read-review";
import { verifyReviewDocument } from "@/lib/reviews/verify-review";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { A14, A70, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { pdfText } from "../support/pdf-text";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";
import * as rows from "../support/rows";

// The annual review (issue 17): figures, one assessment per party written by that party only,
// frozen and verifiable, and the renewal that starts from it.

const users: Record<string, string> = {};
const as = accessAs(users);
const college: Record<string, rows.College> = {};
const G = E(UAI.gayeulles);
let conventionId = "";
let reviewId = "";
let meetingId = "";

const reviewRows = async () =>
  JSON.stringify(
    await db.conventionReview.findMany({
      orderBy: { id: "asc" },
      include: { assessments: { orderBy: { party: "asc" } } },
    }),
  );

const assess = async (user: string, scope: Parameters<typeof as>[1], text = "Année correcte.") =>
  saveAssessment(await as(user, scope), { reviewId, rating: "A_AMELIORER", text });

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await rows.loadColleges(college);
  await createUsers(users, {
    ...people("agent35", "elu35", "agent22", "drane14", "lecteur14", "drane70", "chefG", "chefR"),
    refG: ["ref.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    gestG: ["gest.gayeulles@test.fr", "ETABLISSEMENT", "GESTIONNAIRE", UAI.gayeulles],
  });
  const g = college[UAI.gayeulles]!;
  const created = await rows.insertConvention({
    reference: "CT-35-2025-0001",
    title: "Convention tripartite Les Gayeulles",
    owner: g,
    status: "EN_VIGUEUR",
    startsOn: "2025-09-01",
    endsOn: "2028-08-31",
    content: DEFAULT_TRIPARTITE_CONTENT,
  });
  conventionId = created.id;
  await db.convention.update({
    where: { id: conventionId },
    data: { inForceVersionId: created.versionId },
  });
  await db.allocation.create({
    data: {
      collectiviteId: g.collectiviteId,
      etablissementId: g.id,
      exercice: 2026,
      kind: "DOTATION_FONCTIONNEMENT",
      label: "Dotation numérique 2026",
      amountCents: 450_000n,
    },
  });
  // A comité technique steering the convention, with one decision in a meeting of the period.
  const body = await createBody(await as("agent35", C35), {
    name: "Comité technique des Gayeulles",
    kind: "COMITE_TECHNIQUE",
    cadence: "TRIMESTRIELLE",
    attachment: `paire:14`,
  });
  await db.bodySteeredConvention.create({
    data: { bodyId: body.id, conventionId, addedById: users.agent35! },
  });
  const meeting = await db.meeting.create({
    data: {
      bodyId: body.id,
      title: "Comité de mars",
      startsAt: new Date("2026-03-12T13:00:00Z"),
      endsAt: new Date("2026-03-12T15:00:00Z"),
      icsUid: "bilan-test@tripartite",
      status: "CONVOQUEE",
      createdById: users.agent35!,
    },
  });
  meetingId = meeting.id;
  await db.bodyDecision.create({
    data: {
      bodyId: body.id,
      meetingId,
      kind: "ACTION",
      text: "Remplacer les bornes Wi-Fi du bâtiment B",
      ownerParty: "COLLECTIVITE",
      dueOn: new Date("2026-06-30"),
      state: "EN_COURS",
    },
  });
});

describe("opening a review", () => {
  it("assembles the figures of the period: service levels, référentiel, allocations, needs, decisions", async () => {
    const review = await openReview(
      await as("agent35", C35),
      { conventionId, from: "2025-09-01", to: "2026-08-31" },
      new Date("2026-09-15T10:00:00Z"),
    );
    reviewId = review.id;
    const read = await getReview(await as("chefG", G), reviewId);
    expect(read.figures.period).toEqual({ from: "2025-09-01", to: "2026-08-31" });
    expect(read.figures.assistance.reported).toBe(0);
    expect(read.figures.serviceLevels.length).toBeGreaterThan(0);
    expect(read.figures.allocations).toEqual([{ exercice: 2026, count: 1, amountCents: 450_000 }]);
    expect(read.figures.projectReports).toEqual([]);
    expect(read.figures.decisions).toEqual([
      expect.objectContaining({
        body: "Comité technique des Gayeulles",
        meetingOn: "2026-03-12",
        text: "Remplacer les bornes Wi-Fi du bâtiment B",
        state: "EN_COURS",
      }),
    ]);
    // The commitments of the convention, with what Tripartite measures of them: no incident to
    // measure, one référent designated of the two committed, training followed by the académie.
    expect(read.figures.commitments?.map((c) => [c.party, c.kind, c.target, c.measured])).toEqual([
      ["COLLECTIVITE", "PRISE_EN_CHARGE", 90, null],
      ["COLLECTIVITE", "RESOLUTION", 80, null],
      ["EPLE", "REFERENTS", 2, 1],
      ["ETAT", "HEURES_FORMATION", 12, null],
    ]);
    expect(read.parties).toEqual(["EPLE", "ETAT", "COLLECTIVITE"]);
    // The chef writes the collège's assessment, not the pilot's part.
    expect(read.party).toBe("EPLE");
    expect(read.pilot).toBe(false);
  });

  it("refuses bad periods in French, a second review in preparation, and other parties", async () => {
    const before = await reviewRows();
    const agent = await as("agent35", C35);
    await expect(
      openReview(agent, { conventionId, from: "2026-08-31", to: "2025-09-01" }),
    ).rejects.toThrow("La fin de la période suit son début.");
    await expect(
      openReview(agent, { conventionId, from: "2026-13-01", to: "2026-12-31" }),
    ).rejects.toThrow("Début de la période : date invalide");
    expect(
      (
        await appErrorOf(() =>
          openReview(agent, { conventionId, from: "2026-01-01", to: "2026-12-31" }),
        )
      ).code,
    ).toBe("CONFLICT");
    for (const [user, scope] of [
      ["drane14", A14],
      ["chefG", G],
      ["elu35", C35],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            openReview(await as(user, scope), {
              conventionId,
              from: "2026-01-01",
              to: "2026-12-31",
            }),
          )
        ).code,
      ).toBe("FORBIDDEN");
    expect(
      (
        await appErrorOf(async () =>
          openReview(await as("agent22", C22), {
            conventionId,
            from: "2026-01-01",
            to: "2026-12-31",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await reviewRows()).toBe(before);
  });
});

describe("assessments: each party its own", () => {
  it("lets the chef, the DRANE and the agent each write their party's assessment, and rewrite it", async () => {
    await assess("chefG", G, "Le collège constate des délais tenus.");
    await assess("drane14", A14, "Les usages progressent ; former les nouveaux enseignants.");
    await assess("agent35", C35, "Le parc est renouvelé selon le plan.");
    // The référent numérique rewrites the collège's: one assessment per party.
    await assess("refG", G, "Délais tenus ; le Wi-Fi du bâtiment B reste à reprendre.");
    const stored = await db.reviewAssessment.findMany({
      where: { reviewId },
      orderBy: { party: "asc" },
      select: { party: true, text: true, authorId: true },
    });
    expect(stored.map((a) => a.party)).toEqual(["COLLECTIVITE", "ETAT", "EPLE"]);
    expect(stored.find((a) => a.party === "EPLE")).toMatchObject({
      text: "Délais tenus ; le Wi-Fi du bâtiment B reste à reprendre.",
      authorId: users.refG,
    });
  });

  it("never lets a person write for a party they are not a member of, nor a role without the right", async () => {
    const before = await reviewRows();
    for (const [user, scope] of [
      ["gestG", G],
      ["lecteur14", A14],
      ["elu35", C35],
    ] as const)
      expect((await appErrorOf(() => assess(user, scope))).code).toBe("FORBIDDEN");
    for (const [user, scope] of [
      ["chefR", E(UAI.rennes35b)],
      ["drane70", A70],
      ["agent22", C22],
    ] as const)
      expect((await appErrorOf(() => assess(user, scope))).code).toBe("NOT_FOUND");
    await expect(
      saveAssessment(await as("chefG", G), { reviewId, rating: "EXCELLENT", text: "x" }),
    ).rejects.toThrow("Appréciation : satisfaisant, à améliorer ou insuffisant.");
    expect(await reviewRows()).toBe(before);
  });

  it("never lets one person write the assessments of two parties, whatever memberships they hold", async () => {
    users.twoHats = await createUser("deux.casquettes@test.fr", [
      { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
      { scopeType: "ETABLISSEMENT", role: "REFERENT_NUMERIQUE", key: UAI.gayeulles },
    ]);
    await assess("twoHats", G, "Le collège relit son appréciation.");
    const before = await reviewRows();
    const error = await appErrorOf(() => assess("twoHats", C35));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(
      "Vous avez écrit l'appréciation de l'établissement : une même personne n'apprécie pas pour deux parties.",
    );
    expect(await reviewRows()).toBe(before);
    // The référente takes the collège's back, as the file's later tests expect.
    await assess("refG", G, "Délais tenus ; le Wi-Fi du bâtiment B reste à reprendre.");
    expect(
      (await db.reviewAssessment.findFirstOrThrow({ where: { reviewId, party: "EPLE" } })).authorId,
    ).toBe(users.refG);
  });

  it("shows the review to its three parties only", async () => {
    for (const [user, scope] of [
      ["agent35", C35],
      ["lecteur14", A14],
      ["gestG", G],
    ] as const)
      expect((await getReview(await as(user, scope), reviewId)).id).toBe(reviewId);
    for (const [user, scope] of [
      ["agent22", C22],
      ["drane70", A70],
      ["chefR", E(UAI.rennes35b)],
    ] as const) {
      expect((await appErrorOf(async () => getReview(await as(user, scope), reviewId))).code).toBe(
        "NOT_FOUND",
      );
      expect(await listReviews(await as(user, scope), conventionId)).toEqual([]);
    }
  });
});

describe("conclusions, freezing and renewal", () => {
  it("lets only the pilot conclude, name a meeting of a steering body, refresh and freeze", async () => {
    const before = await reviewRows();
    for (const [user, scope] of [
      ["drane14", A14],
      ["chefG", G],
    ] as const) {
      for (const write of [saveReviewConclusions, refreshReviewFigures, freezeReview])
        expect(
          (
            await appErrorOf(async () =>
              write(await as(user, scope), { reviewId, conclusions: "x" }),
            )
          ).code,
        ).toBe("FORBIDDEN");
    }
    for (const write of [saveReviewConclusions, refreshReviewFigures, freezeReview])
      expect(
        (await appErrorOf(async () => write(await as("agent22", C22), { reviewId }))).code,
      ).toBe("NOT_FOUND");
    const foreignMeeting = await appErrorOf(async () =>
      saveReviewConclusions(await as("agent35", C35), { reviewId, meetingId: "inconnue" }),
    );
    expect(foreignMeeting.code).toBe("INVALID_INPUT");
    expect(await reviewRows()).toBe(before);

    const agent = await as("agent35", C35);
    await saveReviewConclusions(agent, {
      reviewId,
      conclusions: "Reprendre le Wi-Fi du bâtiment B ; porter la prise en charge N2 à 4 heures.",
      meetingId,
    });
    await refreshReviewFigures(agent, { reviewId });
    const { sha256 } = await freezeReview(agent, { reviewId }, new Date("2026-09-20T08:00:00Z"));
    const pdf = await getReviewPdf(await as("chefG", G), reviewId);
    expect(sha256Hex(new Uint8Array(pdf.bytes))).toBe(sha256);
    const text = pdfText(new Uint8Array(pdf.bytes));
    expect(text).toContain("Délais tenus");
    expect(text).toContain("Les usages progressent");
    expect(text).toContain("Le parc est renouvelé selon le plan.");
    expect(text).toContain("Remplacer les bornes Wi-Fi du bâtiment B");
    expect(await verifyReviewDocument(db, sha256)).toMatchObject({
      reference: "CT-35-2025-0001",
      assessedBy: ["COLLECTIVITE", "EPLE", "ETAT"],
    });
    expect(
      await db.outboxEmail.count({
        where: { subject: { startsWith: "Bilan annuel figé" }, to: "chef.gayeulles@test.fr" },
      }),
    ).toBe(1);
    // Frozen: nothing changes any more, for anyone.
    const frozen = await reviewRows();
    expect((await appErrorOf(() => assess("drane14", A14))).code).toBe("CONFLICT");
    expect((await appErrorOf(() => freezeReview(agent, { reviewId }))).code).toBe("CONFLICT");
    expect(await reviewRows()).toBe(frozen);
  });

  it("refuses to freeze while a party's assessment is missing", async () => {
    const agent = await as("agent35", C35);
    const next = await openReview(agent, { conventionId, from: "2026-09-01", to: "2026-12-31" });
    await saveAssessment(agent, { reviewId: next.id, rating: "SATISFAISANT", text: "Bien." });
    const error = await appErrorOf(() => freezeReview(agent, { reviewId: next.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "Il manque l'appréciation de l'établissement et de l'État (académie) : chaque partie rédige la sienne avant que le bilan soit figé.",
    );
    expect((await db.conventionReview.findUniqueOrThrow({ where: { id: next.id } })).status).toBe(
      "BROUILLON",
    );
  });

  it("starts the renewal from the latest frozen review's conclusions", async () => {
    const renewal = await renewConvention(await as("agent35", C35), { conventionId });
    const draft = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: renewal.id },
      select: { content: true },
    });
    const article = readContent(draft.content).articles[1]!;
    expect(article.title).toBe("Bilan de la convention précédente");
    expect(article.body).toContain("porter la prise en charge N2 à 4 heures");
    expect(article.body).toContain("CT-35-2025-0001");
  });

  it("opens the review's page to its parties, 404 for another département, académie or collège", async () => {
    const pages = {
      c: () => import("@/app/c/[code]/conventions/bilans/[id]/page"),
      a: () => import("@/app/a/[code]/conventions/bilans/[id]/page"),
      e: () => import("@/app/e/[uai]/conventions/bilans/[id]/page"),
    };
    const at = async (space: keyof typeof pages, user: string, params: Record<string, string>) => {
      signInAs(users[user]!);
      return open((await pages[space]()).default as Page, { ...params, id: reviewId }, 1);
    };
    expect(await at("c", "agent35", { code: "35" })).toBe("ouverte");
    expect(await at("a", "lecteur14", { code: "14" })).toBe("ouverte");
    expect(await at("e", "chefG", { uai: UAI.gayeulles })).toBe("ouverte");
    expect(await at("c", "agent22", { code: "22" })).toBe("404");
    expect(await at("a", "drane70", { code: "70" })).toBe("404");
    expect(await at("e", "chefR", { uai: UAI.rennes35b })).toBe("404");
  });
});

describe("the review of a convention-cadre", () => {
  it("sums the collèges of its signed tripartites; the académie and the collectivité assess it, the collège does not see it", async () => {
    const g = college[UAI.gayeulles]!;
    const cadre = await rows.insertConvention({
      reference: "CC-35-2025-0001",
      kind: "CADRE",
      title: "Convention-cadre du numérique éducatif en Ille-et-Vilaine",
      owner: g,
      status: "EN_VIGUEUR",
      startsOn: "2025-09-01",
      endsOn: "2028-08-31",
      content: DEFAULT_CADRE_CONTENT,
    });
    await db.convention.update({
      where: { id: cadre.id },
      data: { etablissementId: null, inForceVersionId: cadre.versionId },
    });
    await db.convention.update({ where: { id: conventionId }, data: { parentId: cadre.id } });

    const agent = await as("agent35", C35);
    const review = await openReview(agent, {
      conventionId: cadre.id,
      from: "2026-01-01",
      to: "2026-12-31",
    });
    const { figures } = await getReview(agent, review.id);
    expect(figures.colleges).toBe(1);
    expect(figures.allocations).toEqual([{ exercice: 2026, count: 1, amountCents: 450_000 }]);
    expect(figures.commitments?.map((c) => c.kind)).toEqual([
      "ETP_TECHNICIENS",
      "HEURES_FORMATION",
    ]);

    const before = await reviewRows();
    for (const user of ["chefG", "refG"]) {
      expect((await appErrorOf(async () => getReview(await as(user, G), review.id))).code).toBe(
        "NOT_FOUND",
      );
      expect(
        (
          await appErrorOf(async () =>
            saveAssessment(await as(user, G), {
              reviewId: review.id,
              rating: "SATISFAISANT",
              text: "Le collège n'est pas partie à la convention-cadre.",
            }),
          )
        ).code,
      ).toBe("NOT_FOUND");
    }
    expect(await reviewRows()).toBe(before);

    await saveAssessment(await as("drane14", A14), {
      reviewId: review.id,
      rating: "SATISFAISANT",
      text: "Les conventions d'application sont signées.",
    });
    await saveAssessment(agent, {
      reviewId: review.id,
      rating: "A_AMELIORER",
      text: "Le recrutement des techniciens a pris du retard.",
    });
    const { sha256 } = await freezeReview(agent, { reviewId: review.id });
    const pdf = await getReviewPdf(await as("drane14", A14), review.id);
    expect(pdfText(new Uint8Array(pdf.bytes))).toContain("1 (conventions d'application signées)");
    expect(await verifyReviewDocument(db, sha256)).toMatchObject({
      assessedBy: ["COLLECTIVITE", "ETAT"],
      parties: { etablissement: null },
    });
  });
});
