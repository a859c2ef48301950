import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/members/actor";
import type { AccessContext } from "@/lib/access/context";
import { assertCanApply, lockConvention } from "@/lib/conventions/load-convention";
import { insertConventions } from "@/lib/conventions/create-convention";
import { readContent } from "@/lib/conventions/content";
import { conventionIdSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * Opens an avenant on a convention in force: a draft whose content starts from the consolidated
 * version in force, signed by the same parties. One avenant at a time per convention.
 */
export async function createAvenant(ctx: AccessContext, input: unknown, now = new Date()) {
  const scope = requireCollectivite(ctx, "convention.write");
  const { conventionId } = conventionIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, conventionId);
    if (convention.kind === "AVENANT")
      throw new AppError(
        "INVALID_INPUT",
        "Un avenant se rédige sur la convention elle-même, pas sur un autre avenant.",
      );
    assertCanApply(
      convention,
      "amend",
      "Seule une convention en vigueur peut recevoir un avenant : signez-la d'abord.",
      now,
    );
    const pending = await tx.convention.findFirst({
      where: {
        parentId: convention.id,
        kind: "AVENANT",
        status: { in: ["BROUILLON", "EN_SIGNATURE"] },
      },
      select: { reference: true },
    });
    if (pending)
      throw new AppError(
        "CONFLICT",
        `Un avenant est déjà en cours (${pending.reference}) : terminez-le avant d'en ouvrir un autre.`,
      );
    const inForce = await tx.conventionVersion.findUniqueOrThrow({
      where: { id: convention.inForceVersionId ?? "" },
      select: { content: true, startsOn: true, endsOn: true },
    });
    const count = await tx.convention.count({
      where: { parentId: convention.id, kind: "AVENANT" },
    });
    const [created] = await insertConventions(
      tx,
      actorOf(ctx),
      scope,
      [
        {
          kind: "AVENANT",
          title: `Avenant n° ${count + 1} — ${convention.title}`,
          academieCode: convention.academieCode,
          etablissementId: convention.etablissementId,
          parentId: convention.id,
          templateVersionId: null,
          content: readContent(inForce.content),
          startsOn: inForce.startsOn,
          endsOn: inForce.endsOn,
        },
      ],
      now,
    );
    return created!;
  });
}
