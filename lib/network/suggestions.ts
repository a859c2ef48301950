import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { optionalText, recordId, requiredText } from "@/lib/schema-fields";

/*
 * The collège reads what its collectivité recorded of its network and may suggest a correction
 * (« le débit réel est de 20 Mbit/s aux heures de cours ») — a declaration, shown as one; the
 * collectivité takes it into account (and records the network itself) or sets it aside, saying
 * why. Neither party writes the other's part.
 */

export const SUGGESTION_NOT_FOUND = "Cette suggestion n'existe pas, ou vous n'y avez pas accès.";

const suggestionSchema = z.object({
  message: requiredText(1000, "Correction suggérée").refine((v) => v.length >= 10, {
    message: "Correction suggérée : dites ce qui est inexact (10 caractères au moins).",
  }),
});

const answerSchema = z
  .object({
    suggestionId: recordId("Suggestion"),
    status: z.enum(["PRISE_EN_COMPTE", "ECARTEE"], {
      error: "Réponse : prise en compte ou écartée.",
    }),
    answer: optionalText(1000, "Réponse au collège"),
  })
  .superRefine((v, ctx) => {
    if (v.status === "ECARTEE" && !v.answer)
      ctx.addIssue({
        code: "custom",
        path: ["answer"],
        message: "Réponse au collège : dites pourquoi la suggestion est écartée.",
      });
  });

/** The collège's members (chef, référents) suggest a correction of their own collège's network. */
export async function suggestNetworkCorrection(ctx: AccessContext, input: unknown) {
  assertCan(ctx, "network.suggest");
  if (ctx.scope.type !== "ETABLISSEMENT") throw new AppError("FORBIDDEN");
  const { message } = suggestionSchema.parse(input);
  const college = await db.etablissement.findUniqueOrThrow({
    where: { id: ctx.scope.id },
    select: { id: true, uai: true, name: true, collectiviteId: true },
  });
  await db.$transaction(async (tx) => {
    const created = await tx.networkSuggestion.create({
      data: {
        etablissementId: college.id,
        collectiviteId: college.collectiviteId,
        message,
        createdById: ctx.user.id,
        createdByName: ctx.user.name,
      },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "network.suggest",
      entityType: "NetworkSuggestion",
      entityId: created.id,
      after: { college: `${college.name} (${college.uai})`, message },
    });
  });
}

/**
 * The collectivité answers an open suggestion of one of its collèges (a technician: of its
 * secteur): taken into account, or set aside with a reason. Another scope's is NOT_FOUND; an
 * answered one is not answered twice.
 */
export async function answerNetworkSuggestion(ctx: AccessContext, input: unknown) {
  requireCollectivite(ctx, "network.manage");
  const { suggestionId, status, answer } = answerSchema.parse(input);
  await db.$transaction(async (tx) => {
    const suggestion = await tx.networkSuggestion.findFirst({
      where: { id: suggestionId, etablissement: etablissementScopeWhere(ctx) },
      select: {
        id: true,
        status: true,
        etablissement: {
          select: { id: true, uai: true, name: true, collectiviteId: true, academieCode: true },
        },
      },
    });
    if (!suggestion) throw new AppError("NOT_FOUND", SUGGESTION_NOT_FOUND);
    const { count } = await tx.networkSuggestion.updateMany({
      where: { id: suggestion.id, status: "OUVERTE" },
      data: { status, answer, answeredByName: ctx.user.name, answeredAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "Cette suggestion a déjà reçu une réponse.");
    const college = suggestion.etablissement;
    await appendMemberAuditEvent(tx, ctx, {
      scope: {
        scopeType: "COLLECTIVITE",
        collectiviteId: college.collectiviteId,
        academieCode: college.academieCode,
        etablissementId: college.id,
      },
      action: "network.suggestion.answer",
      entityType: "NetworkSuggestion",
      entityId: suggestion.id,
      before: { status: suggestion.status },
      after: { college: `${college.name} (${college.uai})`, status, answer },
    });
  });
}

/** A collège's suggestions, the latest first, for the collectivité and the collège (not others). */
export async function unsafeSuggestionsOf(etablissementId: string) {
  return db.networkSuggestion.findMany({
    where: { etablissementId },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
}

/** The collectivité's open suggestions (a technician: of its secteur), for its panel. */
export async function openSuggestions(ctx: AccessContext) {
  requireCollectivite(ctx, "etablissement.read", "NOT_FOUND");
  return db.networkSuggestion.findMany({
    where: { status: "OUVERTE", etablissement: etablissementScopeWhere(ctx) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      message: true,
      createdAt: true,
      createdByName: true,
      etablissement: { select: { uai: true, name: true } },
    },
  });
}
