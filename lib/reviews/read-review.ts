import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { partyOfScope } from "@/lib/conventions/machine";
import { partiesOf } from "@/lib/conventions/vocabulary";
import { academieLabel } from "@/lib/referentials/labels";
import type { ReviewFigures } from "@/lib/reviews/figures";
import { presentableMeetingWhere } from "@/lib/reviews/write-review";

/** The reviews of a convention the context sees, the latest period first. */
export async function listReviews(ctx: AccessContext, conventionId: string) {
  assertCan(ctx, "convention.read");
  return db.conventionReview.findMany({
    where: { conventionId, convention: conventionScopeWhere(ctx) },
    select: {
      id: true,
      periodFrom: true,
      periodTo: true,
      status: true,
      frozenAt: true,
      _count: { select: { assessments: true } },
    },
    orderBy: [{ periodTo: "desc" }, { createdAt: "desc" }],
  });
}

/**
 * One review the context sees, or NOT_FOUND: its figures, the assessments, and what this person
 * may do — write their own party's assessment, or (the pilot) conclude, refresh and freeze.
 */
export async function getReview(ctx: AccessContext, reviewId: string) {
  assertCan(ctx, "convention.read");
  const review = await db.conventionReview.findFirst({
    where: { id: reviewId, convention: conventionScopeWhere(ctx) },
    select: {
      id: true,
      status: true,
      periodFrom: true,
      periodTo: true,
      figures: true,
      figuresAt: true,
      conclusions: true,
      frozenAt: true,
      frozenSha256: true,
      meeting: {
        select: { id: true, title: true, startsAt: true, body: { select: { name: true } } },
      },
      convention: {
        select: {
          id: true,
          reference: true,
          title: true,
          kind: true,
          parentId: true,
          collectivite: { select: { name: true } },
          academie: { select: { name: true } },
          etablissement: { select: { name: true, communeName: true } },
        },
      },
      assessments: {
        select: { party: true, rating: true, text: true, authorName: true, updatedAt: true },
      },
    },
  });
  if (!review)
    throw new AppError("NOT_FOUND", "Ce bilan n'existe pas, ou vous n'y avez pas accès.");
  const parties = partiesOf(review.convention.kind);
  const party = partyOfScope(ctx.scope.type);
  const draft = review.status === "BROUILLON";
  const pilot = draft && party === "COLLECTIVITE" && can(ctx, "convention.write");
  const assesses =
    draft &&
    party !== null &&
    parties.includes(party) &&
    can(ctx, party === "COLLECTIVITE" ? "convention.write" : "convention.propose");
  const meetings = pilot
    ? await db.meeting.findMany({
        where: presentableMeetingWhere(review.convention),
        select: { id: true, title: true, startsAt: true, body: { select: { name: true } } },
        orderBy: { startsAt: "desc" },
        take: 50,
      })
    : [];
  return {
    ...review,
    figures: review.figures as unknown as ReviewFigures,
    academieName: review.convention.academie
      ? academieLabel(review.convention.academie.name)
      : null,
    parties,
    /** The party whose assessment this person writes, if any. */
    party: assesses ? party : null,
    pilot,
    meetings,
  };
}

export type ReviewDetail = Awaited<ReturnType<typeof getReview>>;

/** A frozen review's PDF, for the download route, or NOT_FOUND. */
export async function getReviewPdf(ctx: AccessContext, reviewId: string) {
  assertCan(ctx, "convention.read");
  const review = await db.conventionReview.findFirst({
    where: { id: reviewId, status: "FIGE", convention: conventionScopeWhere(ctx) },
    select: { frozenPdf: true, periodTo: true, convention: { select: { reference: true } } },
  });
  if (!review?.frozenPdf) throw new AppError("NOT_FOUND");
  return {
    bytes: review.frozenPdf,
    fileName: `${review.convention.reference}-bilan-${review.periodTo.toISOString().slice(0, 10)}.pdf`,
  };
}
