import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/members/actor";
import type { AccessContext } from "@/lib/access/context";
import { readContent } from "@/lib/conventions/content";
import { nextDay, threeSchoolYearsFrom } from "@/lib/conventions/dates";
import { assertCanApply, lockConvention } from "@/lib/conventions/load-convention";
import { insertConventions, startingContent } from "@/lib/conventions/create-convention";
import { conventionIdSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";
import { formatDate } from "@/lib/format";

/**
 * The article a renewal starts from when the convention's latest review is frozen: what it
 * concluded, where to verify it. The collectivité edits it like any article of the draft.
 */
function reviewArticle(
  reference: string,
  review: {
    periodFrom: Date;
    periodTo: Date;
    frozenAt: Date | null;
    frozenSha256: string | null;
    conclusions: string;
  },
) {
  // A brace pair in the conclusions is text, not a variable of the new draft.
  const conclusions = review.conclusions.replaceAll("{{", "{ {").replaceAll("}}", "} }");
  return {
    title: "Bilan de la convention précédente",
    body:
      `La présente convention renouvelle la convention ${reference}. Son bilan annuel, pour la période du ` +
      `${formatDate(review.periodFrom)} au ${formatDate(review.periodTo)}, a été figé le ${formatDate(review.frozenAt)} ` +
      `avec l'appréciation de chaque partie (empreinte SHA-256 ${review.frozenSha256}). Il conclut :\n\n` +
      (conclusions || "Pas de conclusion rédigée."),
  };
}

/**
 * Prepares the renewal of a convention in force (expiring or expired): a new draft of the same
 * kind for the same parties, prefilled from the collectivité's latest template, keeping the
 * référents, starting the day after the current one ends, for three school years; the
 * conclusions of its latest frozen review come in as the second article.
 */
export async function renewConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  const scope = requireCollectivite(ctx, "convention.write");
  const { conventionId } = conventionIdSchema.parse(input);
  // Read before the transaction: PGlite has one connection, a read outside `tx` would wait on it.
  const kind = (
    await db.convention.findFirst({
      where: { id: conventionId, collectiviteId: scope.id },
      select: { kind: true },
    })
  )?.kind;
  const start = kind && kind !== "AVENANT" ? await startingContent(ctx, kind) : null;
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, conventionId);
    if (convention.kind === "AVENANT")
      throw new AppError(
        "INVALID_INPUT",
        "On renouvelle la convention elle-même, pas un de ses avenants.",
      );
    assertCanApply(
      convention,
      "renew",
      "Seule une convention en vigueur ou expirée se renouvelle.",
      now,
    );
    const draft = await tx.convention.findFirst({
      where: {
        kind: convention.kind,
        collectiviteId: convention.collectiviteId,
        etablissementId: convention.etablissementId,
        status: { in: ["BROUILLON", "EN_SIGNATURE"] },
      },
      select: { reference: true },
    });
    if (draft)
      throw new AppError(
        "CONFLICT",
        `Un renouvellement est déjà en préparation (${draft.reference}).`,
      );
    if (!start) throw new AppError("NOT_FOUND");
    const inForce = await tx.conventionVersion.findUniqueOrThrow({
      where: { id: convention.inForceVersionId ?? "" },
      select: { content: true },
    });
    const referents = readContent(inForce.content).referents;
    const review = await tx.conventionReview.findFirst({
      where: { conventionId: convention.id, status: "FIGE" },
      orderBy: { periodTo: "desc" },
      select: {
        periodFrom: true,
        periodTo: true,
        frozenAt: true,
        frozenSha256: true,
        conclusions: true,
      },
    });
    const articles = review
      ? [
          ...start.content.articles.slice(0, 1),
          reviewArticle(convention.reference, review),
          ...start.content.articles.slice(1),
        ].slice(0, 60)
      : start.content.articles;
    const startsOn = convention.endsOn ? nextDay(convention.endsOn) : null;
    const [created] = await insertConventions(
      tx,
      actorOf(ctx),
      scope,
      [
        {
          kind: convention.kind,
          title: convention.title,
          academieCode: convention.academieCode,
          etablissementId: convention.etablissementId,
          parentId: convention.parentId,
          templateVersionId: start.templateVersionId,
          content: { ...start.content, articles, referents },
          startsOn,
          endsOn: startsOn ? threeSchoolYearsFrom(startsOn) : null,
        },
      ],
      now,
    );
    return created!;
  });
}
