import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import { actorOf } from "@/lib/members/actor";
import { currentParisYear } from "@/lib/dates";

/** How far ahead an agent may move a renewal. */
export const MAX_DEFERRAL_YEARS = 10;

/** The value of the year select that resets the selection to the référentiel's computation. */
export const RESET_TO_COMPUTED = "calcul";

/** The years an agent may choose: this year to ten years ahead. */
export function adjustableYears(now: Date = new Date()): number[] {
  const first = currentParisYear(now);
  return Array.from({ length: MAX_DEFERRAL_YEARS + 1 }, (_, i) => first + i);
}

/** Defer or advance (`annee` = a year) or reset (`annee` = « calcul ») the selected equipment. */
export function adjustRenewalSchema(now: Date = new Date()) {
  const years = adjustableYears(now);
  const message = `Année de renouvellement : choisissez une année entre ${years[0]} et ${years.at(-1)}, ou « Revenir au calcul ».`;
  return z.object({
    ids: z
      .array(z.string().min(1).max(40))
      .min(1, "Cochez au moins un équipement.")
      .max(500, "500 équipements au plus à la fois."),
    annee: z
      .string({ error: message })
      .trim()
      .transform((value, context) => {
        if (value === RESET_TO_COMPUTED) return null;
        const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
        if (!years.includes(year)) {
          context.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return year;
      }),
    motif: z
      .string()
      .trim()
      .max(500, "Motif : 500 caractères au plus.")
      .optional()
      .transform((value) => (value ? value : null)),
  });
}

export interface AdjustRenewalResult {
  count: number;
  /** The year set, or null when the selection went back to the computed year. */
  year: number | null;
}

/**
 * Sets (or clears) the renewal year an agent chose on equipment of the collectivité, with one
 * audit event per piece. All or nothing: an id outside the perimeter makes the whole call
 * NOT_FOUND and changes nothing.
 */
export async function adjustRenewal(
  ctx: AccessContext,
  input: unknown,
  now: Date = new Date(),
): Promise<AdjustRenewalResult> {
  assertCan(ctx, "inventory.write");
  const { ids: rawIds, annee, motif } = adjustRenewalSchema(now).parse(input);
  const ids = [...new Set(rawIds)];
  const where = { AND: [equipmentScopeWhere(ctx), { id: { in: ids } }] };
  const actor = actorOf(ctx);
  await db.$transaction(async (tx) => {
    const before = await tx.equipment.findMany({
      where,
      select: {
        id: true,
        plannedRenewalYear: true,
        renewalNote: true,
        etablissement: { select: { id: true, collectiviteId: true, academieCode: true } },
      },
    });
    if (before.length !== ids.length)
      throw new AppError(
        "NOT_FOUND",
        "Un ou plusieurs équipements sélectionnés n'existent pas ou ne relèvent pas de votre collectivité : rien n'a été modifié.",
      );
    const updated = await tx.equipment.updateMany({
      where,
      data: { plannedRenewalYear: annee, renewalNote: motif },
    });
    if (updated.count !== ids.length) throw new AppError("CONFLICT");
    await appendAuditEvents(
      tx,
      before.map((row) => ({
        actor,
        scope: {
          scopeType: ctx.scope.type,
          collectiviteId: row.etablissement.collectiviteId,
          etablissementId: row.etablissement.id,
          academieCode: row.etablissement.academieCode,
        },
        action: "equipment.renewal",
        entityType: "Equipment",
        entityId: row.id,
        before: { anneeRenouvellement: row.plannedRenewalYear, motif: row.renewalNote },
        after: { anneeRenouvellement: annee, motif },
      })),
    );
  });
  return { count: ids.length, year: annee };
}
