import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { contentPartiesError, signingKindOf } from "@/lib/conventions/content";
import { safeParseContent } from "@/lib/conventions/templates/schemas";
import {
  assertCanApply,
  appendConventionAuditEvent,
  lockConvention,
  type LockedConvention,
} from "@/lib/conventions/load-convention";
import { updateDraftSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";
import { conventionScopeWhere } from "@/lib/access/scope-where";

/** Parses the editor's JSON into valid content, with the kind's signing parties. */
export function parseContentField(json: string, kind: Parameters<typeof contentPartiesError>[0]) {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError("INVALID_INPUT", "Le contenu envoyé est illisible : rechargez la page.");
  }
  const parsed = safeParseContent(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.message);
  const partiesError = contentPartiesError(kind, parsed.data);
  if (partiesError) throw new AppError("INVALID_INPUT", partiesError);
  return parsed.data;
}

type DraftEdit = z.output<typeof updateDraftSchema>;

/** Writes a draft's title, dates and content, in the caller's transaction on the locked convention. */
export async function saveDraft(
  tx: Prisma.TransactionClient,
  ctx: AccessContext,
  convention: LockedConvention,
  data: DraftEdit,
  now: Date,
) {
  assertCanApply(
    convention,
    "edit",
    "Cette convention n'est plus un brouillon : pour la modifier, reprenez-la en brouillon (une nouvelle version sera créée).",
  );
  const content = parseContentField(data.content, signingKindOf(convention));
  await tx.conventionVersion.update({
    where: { id: convention.current.id, convention: conventionScopeWhere(ctx) },
    data: {
      content: content,
      startsOn: data.startsOn,
      endsOn: data.endsOn,
    },
    select: { id: true },
  });
  await tx.convention.update({
    where: { id: convention.id, AND: [conventionScopeWhere(ctx)] },
    data: { title: data.title },
    select: { id: true },
  });
  await appendConventionAuditEvent(tx, ctx, convention, {
    action: "convention.edit",
    before: {
      title: convention.title,
      startsOn: convention.current.startsOn,
      endsOn: convention.current.endsOn,
      version: convention.current.number,
    },
    after: {
      title: data.title,
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      version: convention.current.number,
    },
    occurredAt: now,
  });
}

/** Saves a draft's title, dates and content. Only a draft can be edited: a frozen version never changes. */
export async function updateConventionDraft(ctx: AccessContext, input: unknown, now = new Date()) {
  requireCollectivite(ctx, "convention.write");
  const data = updateDraftSchema.parse(input);
  return db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, data.conventionId);
    await saveDraft(tx, ctx, convention, data, now);
    return { reference: convention.reference };
  });
}
