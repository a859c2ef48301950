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

/**
 * Prepares the renewal of a convention in force (expiring or expired): a new draft of the same
 * kind for the same parties, prefilled from the collectivité's latest template, keeping the
 * référents, starting the day after the current one ends, for three school years.
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
          content: { ...start.content, referents },
          startsOn,
          endsOn: startsOn ? threeSchoolYearsFrom(startsOn) : null,
        },
      ],
      now,
    );
    return created!;
  });
}
