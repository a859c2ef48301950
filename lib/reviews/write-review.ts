import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { displayStatus, partyOfScope } from "@/lib/conventions/machine";
import { PARTY_IN_SENTENCE, partiesOf } from "@/lib/conventions/vocabulary";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { appendConventionAuditEvent, lockConvention } from "@/lib/conventions/load-convention";
import { notifyParty } from "@/lib/conventions/notify-parties";
import { conventionHeaderSelect } from "@/lib/conventions/selects";
import { academieLabel } from "@/lib/referentials/labels";
import { unsafeReviewFigures, type ReviewFigures } from "@/lib/reviews/figures";
import { renderReviewPdf, type ReviewDocument } from "@/lib/reviews/review-pdf";
import { periodLabel } from "@/lib/reviews/describe";
import { isReviewable } from "@/lib/reviews/vocabulary";
import {
  assessmentSchema,
  conclusionsSchema,
  openReviewSchema,
  reviewIdSchema,
} from "@/lib/reviews/schemas";

/*
 * The annual review of a convention in force (tripartite, collectivité–EPLE or cadre). The pilot
 * collectivité opens it for a period (the figures are assembled then, and refreshed on demand
 * while it is in preparation), writes the conclusions and names the meeting it was presented at;
 * each party writes its own assessment, and no other party may; once every party's is there, the
 * collectivité freezes it into a PDF whose SHA-256 « Vérifier un document » recognises. The
 * renewal starts from it.
 */

type Tx = Prisma.TransactionClient;

const reviewedSelect = {
  ...conventionHeaderSelect,
  parentId: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
  inForceVersionId: true,
  etablissement: { select: { uai: true } },
} as const;

/**
 * A convention in force (or expired, before its renewal) the context sees: a tripartite, a
 * convention collectivité–EPLE or a convention-cadre; an avenant is reviewed with its convention.
 */
async function reviewableConvention(ctx: AccessContext, conventionId: string, now: Date) {
  const convention = await db.convention.findFirst({
    where: { AND: [{ id: conventionId }, conventionScopeWhere(ctx)] },
    select: reviewedSelect,
  });
  if (!convention)
    throw new AppError("NOT_FOUND", "Cette convention n'existe pas, ou vous n'y avez pas accès.");
  const state = displayStatus(convention.status, convention.endsOn, now);
  if (
    !isReviewable(convention.kind) ||
    !convention.inForceVersionId ||
    (state !== "EN_VIGUEUR" && state !== "EXPIREE")
  )
    throw new AppError(
      "INVALID_INPUT",
      "Le bilan annuel porte sur une convention en vigueur (ou expirée, avant son renouvellement) ; un avenant se dresse avec la convention qu'il modifie.",
    );
  return convention;
}

/** A review of a convention the context sees, row-locked for a write, or NOT_FOUND. */
async function lockReview(tx: Tx, ctx: AccessContext, reviewId: string) {
  const review = await tx.conventionReview.findFirst({
    where: { id: reviewId, convention: conventionScopeWhere(ctx) },
    select: { id: true },
  });
  if (!review)
    throw new AppError("NOT_FOUND", "Ce bilan n'existe pas, ou vous n'y avez pas accès.");
  await tx.$executeRaw`SELECT 1 FROM "ConventionReview" WHERE "id" = ${review.id} FOR UPDATE`;
  return tx.conventionReview.findUniqueOrThrow({
    where: { id: review.id },
    select: {
      id: true,
      status: true,
      periodFrom: true,
      periodTo: true,
      figures: true,
      conclusions: true,
      meetingId: true,
      convention: { select: reviewedSelect },
    },
  });
}

type LockedReview = Awaited<ReturnType<typeof lockReview>>;

function assertDraft(review: Pick<LockedReview, "status">) {
  if (review.status !== "BROUILLON")
    throw new AppError("CONFLICT", "Ce bilan est figé : il ne change plus.");
}

/** The collectivité opens the review of a period, its figures assembled now. */
export async function openReview(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const data = openReviewSchema.parse(input);
  const convention = await reviewableConvention(ctx, data.conventionId, now);
  const figures = await unsafeReviewFigures(convention, { from: data.from, to: data.to }, now);
  return db.$transaction(async (tx) => {
    const locked = await lockConvention(tx, ctx, convention.id);
    const open = await tx.conventionReview.findFirst({
      where: { conventionId: convention.id, status: "BROUILLON" },
      select: { id: true },
    });
    if (open)
      throw new AppError(
        "CONFLICT",
        "Un bilan de cette convention est déjà en préparation : complétez-le et figez-le d'abord.",
      );
    const review = await tx.conventionReview.create({
      data: {
        conventionId: convention.id,
        periodFrom: data.from,
        periodTo: data.to,
        figures: figures as unknown as Prisma.InputJsonValue,
        figuresAt: now,
        createdById: ctx.user.id,
      },
      select: { id: true },
    });
    await appendConventionAuditEvent(tx, ctx, locked, {
      action: "convention.review.open",
      after: { bilan: periodLabel(figures.period) },
      occurredAt: now,
    });
    return review;
  });
}

/** The collectivité assembles the figures again (new incidents, a decision since). */
export async function refreshReviewFigures(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const { reviewId } = reviewIdSchema.parse(input);
  const found = await db.conventionReview.findFirst({
    where: { id: reviewId, convention: conventionScopeWhere(ctx) },
    select: { periodFrom: true, periodTo: true, conventionId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "Ce bilan n'existe pas, ou vous n'y avez pas accès.");
  const convention = await reviewableConvention(ctx, found.conventionId, now);
  const figures = await unsafeReviewFigures(
    convention,
    { from: found.periodFrom, to: found.periodTo },
    now,
  );
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, ctx, reviewId);
    assertDraft(review);
    await tx.conventionReview.update({
      where: { id: review.id },
      data: { figures: figures as unknown as Prisma.InputJsonValue, figuresAt: now },
      select: { id: true },
    });
    return { period: periodLabel(figures.period) };
  });
}

/** The party a context assesses for: its space's, a party to the convention, with the right role. */
function assessingParty(ctx: AccessContext): ConventionParty {
  const party = partyOfScope(ctx.scope.type);
  if (!party) throw new AppError("FORBIDDEN");
  assertCan(ctx, party === "COLLECTIVITE" ? "convention.write" : "convention.propose");
  return party;
}

/** A party writes (or rewrites, while in preparation) its own assessment; no party writes another's. */
export async function saveAssessment(ctx: AccessContext, input: unknown, now = new Date()) {
  const party = assessingParty(ctx);
  const data = assessmentSchema.parse(input);
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, ctx, data.reviewId);
    if (!partiesOf(review.convention.kind).includes(party)) throw new AppError("NOT_FOUND");
    assertDraft(review);
    const elsewhere = await tx.reviewAssessment.findFirst({
      where: { reviewId: review.id, party: { not: party }, authorId: ctx.user.id },
      select: { party: true },
    });
    if (elsewhere)
      throw new AppError(
        "FORBIDDEN",
        `Vous avez écrit l'appréciation de ${PARTY_IN_SENTENCE[elsewhere.party]} : une même personne n'apprécie pas pour deux parties.`,
      );
    const values = {
      rating: data.rating,
      text: data.text,
      authorId: ctx.user.id,
      authorName: ctx.user.name,
    };
    await tx.reviewAssessment.upsert({
      where: { reviewId_party: { reviewId: review.id, party } },
      create: { reviewId: review.id, party, ...values },
      update: values,
      select: { id: true },
    });
    await appendConventionAuditEvent(tx, ctx, review.convention, {
      action: "convention.review.assess",
      after: { partie: PARTY_IN_SENTENCE[party], appreciation: data.rating },
      occurredAt: now,
    });
    return { party };
  });
}

/** The collectivité's conclusions, and the meeting of a steering body where it was presented. */
export async function saveReviewConclusions(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const data = conclusionsSchema.parse(input);
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, ctx, data.reviewId);
    assertDraft(review);
    if (data.meetingId) {
      const meeting = await tx.meeting.findFirst({
        where: { id: data.meetingId, ...presentableMeetingWhere(review.convention) },
        select: { id: true },
      });
      if (!meeting)
        throw new AppError(
          "INVALID_INPUT",
          "Choisissez une séance d'une instance qui pilote la convention.",
          { meetingId: "Choisissez dans la liste." },
        );
    }
    await tx.conventionReview.update({
      where: { id: review.id },
      data: { conclusions: data.conclusions, meetingId: data.meetingId },
      select: { id: true },
    });
    await appendConventionAuditEvent(tx, ctx, review.convention, {
      action: "convention.review.conclusions",
      after: { seance: data.meetingId ? "indiquée" : "aucune" },
      occurredAt: now,
    });
    return { saved: true };
  });
}

/** The meetings a review may be presented at: held by a body steering the convention or its cadre. */
export function presentableMeetingWhere(convention: {
  id: string;
  parentId: string | null;
}): Prisma.MeetingWhereInput {
  const steered = [convention.id, ...(convention.parentId ? [convention.parentId] : [])];
  return {
    status: { not: "ANNULEE" },
    body: { steered: { some: { conventionId: { in: steered } } } },
  };
}

/**
 * Renders a review into its PDF and stores it frozen with its SHA-256. No access context: the
 * caller has locked the review and checked who freezes it (or is the demo seed).
 */
export async function unsafeWriteFrozenReview(
  tx: Tx,
  review: {
    id: string;
    figures: unknown;
    conclusions: string;
    meetingId: string | null;
    convention: { id: string; reference: string; title: string };
    assessments: ReviewDocument["assessments"];
  },
  now: Date,
): Promise<string> {
  const header = await tx.convention.findUniqueOrThrow({
    where: { id: review.convention.id },
    select: {
      collectivite: { select: { name: true } },
      academie: { select: { name: true } },
      etablissement: { select: { name: true, communeName: true } },
    },
  });
  const meeting = review.meetingId
    ? await tx.meeting.findUniqueOrThrow({
        where: { id: review.meetingId },
        select: { startsAt: true, body: { select: { name: true } } },
      })
    : null;
  const pdf = await renderReviewPdf({
    convention: {
      reference: review.convention.reference,
      title: review.convention.title,
      collectivite: header.collectivite.name,
      academie: header.academie ? academieLabel(header.academie.name) : null,
      etablissement: header.etablissement
        ? `${header.etablissement.name} (${header.etablissement.communeName})`
        : null,
    },
    figures: review.figures as ReviewFigures,
    assessments: review.assessments,
    conclusions: review.conclusions,
    meeting: meeting ? { body: meeting.body.name, startsAt: meeting.startsAt } : null,
    frozenAt: now,
  });
  const sha256 = sha256Hex(pdf);
  await tx.conventionReview.update({
    where: { id: review.id, status: "BROUILLON" },
    data: { status: "FIGE", frozenAt: now, frozenPdf: new Uint8Array(pdf), frozenSha256: sha256 },
    select: { id: true },
  });
  return sha256;
}

/**
 * The collectivité freezes the review once each party has written its assessment: its PDF and
 * SHA-256 are stored, the académie and the collège are told.
 */
export async function freezeReview(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const { reviewId } = reviewIdSchema.parse(input);
  const { sha256, mailIds } = await db.$transaction(
    async (tx) => {
      const review = await lockReview(tx, ctx, reviewId);
      assertDraft(review);
      const assessments = await tx.reviewAssessment.findMany({
        where: { reviewId: review.id },
        select: { party: true, rating: true, text: true, authorName: true },
      });
      const parties = partiesOf(review.convention.kind);
      const missing = parties.filter((p) => !assessments.some((a) => a.party === p));
      if (missing.length > 0)
        throw new AppError(
          "CONFLICT",
          `Il manque l'appréciation de ${missing.map((p) => PARTY_IN_SENTENCE[p]).join(" et de ")} : chaque partie rédige la sienne avant que le bilan soit figé.`,
        );
      const sha256 = await unsafeWriteFrozenReview(
        tx,
        { ...review, assessments: parties.map((p) => assessments.find((a) => a.party === p)!) },
        now,
      );
      await appendConventionAuditEvent(tx, ctx, review.convention, {
        action: "convention.review.freeze",
        after: { sha256 },
        occurredAt: now,
      });
      const mailIds: string[] = [];
      for (const party of parties.filter((p) => p !== "COLLECTIVITE"))
        mailIds.push(
          ...(await notifyParty(
            tx,
            review.convention,
            party,
            {
              subject: "Bilan annuel figé",
              lines: [
                "Le bilan annuel de la convention est figé, avec l'appréciation de chaque partie. Son PDF et son empreinte SHA-256 sont sur la page de la convention.",
              ],
            },
            "convention.propose",
          )),
        );
      return { sha256, mailIds };
    },
    { timeout: 60_000 },
  );
  await deliverQueuedMails(db, mailIds);
  return { sha256 };
}
