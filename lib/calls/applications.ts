import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { requireEtablissement } from "@/lib/access/require-scope";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { formatCents, formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { loadReferential } from "@/lib/inventory/referential";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { applicationSchema, callIdSchema } from "@/lib/calls/schemas";
import { ineligibility } from "@/lib/calls/rules";
import { lockCall, type LockedCall } from "@/lib/calls/write-call";

type Tx = Prisma.TransactionClient;

/** A collège's equipment line as stored: the référentiel's unit cost when the dossier was saved. */
export interface RequestedLine {
  category: keyof typeof CATEGORY_LABELS;
  quantity: number;
  unitCostCents: number;
}

/** A dossier's total cost. */
export const requestedCents = (lines: readonly RequestedLine[]) =>
  lines.reduce((sum, l) => sum + l.quantity * l.unitCostCents, 0);

/** Which journals show a dossier's events: the collège's, its collectivité's, and the co-pilot académie's. */
export function applicationAuditScope(
  call: Pick<LockedCall, "collectiviteId" | "academieCode">,
  etablissementId: string,
) {
  return {
    scopeType: "ETABLISSEMENT" as const,
    collectiviteId: call.collectiviteId,
    academieCode: call.academieCode,
    etablissementId,
  };
}

/**
 * Which journal shows a draft dossier's events (saves, files): the collège's alone, since the
 * collectivité and the académie read a dossier only once it is deposited.
 */
export const draftAuditScope = (etablissementId: string) => ({
  scopeType: "ETABLISSEMENT" as const,
  etablissementId,
});

/** The collège may apply today: eligible, and within the call's dates. */
export async function assertMayApply(tx: Tx, call: LockedCall, etablissementId: string, now: Date) {
  const college = await tx.etablissement.findUniqueOrThrow({
    where: { id: etablissementId },
    select: { secteur: true, educationPrioritaire: true, etat: true },
  });
  const reason = ineligibility(call, college);
  if (reason) throw new AppError("FORBIDDEN", `Votre collège ne peut pas candidater : ${reason}`);
  const today = todayInParis(now);
  if (today < call.opensOn)
    throw new AppError(
      "CONFLICT",
      `Les candidatures ouvrent le ${formatDate(call.opensOn)} : revenez à cette date.`,
    );
  if (today > call.closesOn)
    throw new AppError(
      "CONFLICT",
      `La date limite de dépôt (${formatDate(call.closesOn)}) est passée : le dossier n'est plus modifiable ni déposable.`,
    );
}

/**
 * The chef or the référent numérique writes (or rewrites) the collège's dossier while the call is
 * open; each equipment line is costed at the collectivité's référentiel on the day.
 */
export async function saveApplication(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ id: string; totalCents: number }> {
  const college = requireEtablissement(ctx, "call.apply");
  const { callId, ...fields } = applicationSchema.parse(input);
  return db.$transaction(async (tx) => {
    const call = await lockCall(tx, ctx, callId);
    await assertMayApply(tx, call, college.id, now);
    const offered = new Set(call.categories);
    const stranger = fields.equipment.find((l) => !offered.has(l.category));
    if (stranger) {
      const message = `Équipement demandé : « ${CATEGORY_LABELS[stranger.category]} » n'est pas proposé par cet appel.`;
      throw new AppError("INVALID_INPUT", message, { equipment: message });
    }
    const referential = await loadReferential(tx, call.collectiviteId);
    const equipment: RequestedLine[] = fields.equipment.map((l) => ({
      ...l,
      unitCostCents: referential.rules[l.category].unitCostCents,
    }));
    const existing = await tx.projectApplication.findUnique({
      where: { callId_etablissementId: { callId: call.id, etablissementId: college.id } },
      select: { id: true, status: true },
    });
    if (existing?.status === "DEPOSE")
      throw new AppError("CONFLICT", "Le dossier est déposé : il ne se modifie plus.");
    const data = { ...fields, equipment: equipment as unknown as Prisma.InputJsonValue };
    const saved = existing
      ? await tx.projectApplication.update({
          where: { id: existing.id, status: "BROUILLON" },
          data,
          select: { id: true },
        })
      : await tx.projectApplication.create({
          data: {
            callId: call.id,
            etablissementId: college.id,
            createdById: ctx.user.id,
            ...data,
          },
          select: { id: true },
        });
    const totalCents = requestedCents(equipment);
    await appendMemberAuditEvent(tx, ctx, {
      scope: draftAuditScope(college.id),
      action: "call.application.save",
      entityType: "ProjectApplication",
      entityId: saved.id,
      after: {
        appel: call.title,
        equipements: equipment.length,
        montant: formatCents(totalCents),
      },
      occurredAt: now,
    });
    return { id: saved.id, totalCents };
  });
}

/** The collège submits its dossier before the deadline; it is then no longer edited. */
export async function submitApplication(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ id: string }> {
  const college = requireEtablissement(ctx, "call.apply");
  const { callId } = callIdSchema.parse(input);
  return db.$transaction(async (tx) => {
    const call = await lockCall(tx, ctx, callId);
    await assertMayApply(tx, call, college.id, now);
    const application = await tx.projectApplication.findUnique({
      where: { callId_etablissementId: { callId: call.id, etablissementId: college.id } },
      select: { id: true, status: true, equipment: true },
    });
    if (!application)
      throw new AppError("CONFLICT", "Enregistrez d'abord le dossier, puis déposez-le.");
    if (application.status === "DEPOSE")
      throw new AppError("CONFLICT", "Le dossier est déjà déposé.");
    if ((application.equipment as unknown as RequestedLine[]).length === 0)
      throw new AppError(
        "INVALID_INPUT",
        "Demandez au moins un équipement de l'appel avant de déposer le dossier.",
      );
    await tx.projectApplication.update({
      where: { id: application.id, status: "BROUILLON" },
      data: {
        status: "DEPOSE",
        submittedAt: now,
        submittedById: ctx.user.id,
        submittedByName: ctx.user.name,
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: applicationAuditScope(call, college.id),
      action: "call.application.submit",
      entityType: "ProjectApplication",
      entityId: application.id,
      after: { appel: call.title, statut: "déposé" },
      occurredAt: now,
    });
    return { id: application.id };
  });
}
