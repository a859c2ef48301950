import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { EquipmentCategory } from "@/lib/generated/prisma/enums";
import { type AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { parseEuroCents } from "@/lib/money";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import {
  DEFAULT_RULES,
  DEFAULT_TARGETS,
  loadReferential,
  type CategoryRule,
  type Referential,
  type ReferentialTargets,
} from "@/lib/inventory/referential";
import { requireCollectivite } from "@/lib/access/require-scope";

/** Form field names of a category's rule. */
export const ruleFieldNames = (category: EquipmentCategory) => ({
  age: `age_${category}`,
  cout: `cout_${category}`,
  garantie: `garantie_${category}`,
});

const MAX_UNIT_COST_CENTS = 100_000_000;

/** A decimal as people type it (« 2,5 » or « 2.5 »), within bounds. */
const decimal = (message: string, min: number, max: number) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .trim()
            .replace(/[\s\u00a0\u202f]/g, "")
            .replace(",", ".")
        : value,
    z
      .string({ error: message })
      .regex(/^\d+(\.\d+)?$/, { error: message })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { error: message }),
  );

const integer = (message: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z
      .string({ error: message })
      .regex(/^\d+$/, { error: message })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { error: message }),
  );

const targetsShape = {
  elevesParTerminal: decimal(
    "Élèves par terminal : un nombre entre 0,5 et 30, par exemple 3 ou 2,5.",
    0.5,
    30,
  ),
  elevesParSalle: integer("Élèves par salle : un nombre entier entre 10 et 40.", 10, 40),
  affichagesParSalle: decimal(
    "Affichages interactifs par salle : un nombre positif ou nul, 5 au plus (par exemple 1 ou 0,5).",
    0,
    5,
  ),
  classesMobilesParCollege: integer(
    "Classes mobiles par collège : un nombre entier entre 0 et 50.",
    0,
    50,
  ),
  bornesWifiParSalle: decimal(
    "Bornes Wi-Fi par salle : un nombre positif ou nul, 5 au plus (par exemple 0,5).",
    0,
    5,
  ),
};

const ruleShape = Object.fromEntries(
  EQUIPMENT_CATEGORIES.flatMap((category) => {
    const label = CATEGORY_LABELS[category];
    const names = ruleFieldNames(category);
    return [
      [
        names.age,
        integer(`${label} : durée de renouvellement en années entières, entre 1 et 20.`, 1, 20),
      ],
      [
        names.cout,
        z
          .string({ error: `${label} : indiquez le coût unitaire en euros.` })
          .transform((value, context) => {
            const cents = parseEuroCents(value);
            if (cents === null || cents > MAX_UNIT_COST_CENTS) {
              context.addIssue({
                code: "custom",
                message: `${label} : coût unitaire en euros entre 0 et 1 000 000 €, par exemple 749,90.`,
              });
              return z.NEVER;
            }
            return cents;
          }),
      ],
      // A checkbox sends « on » when ticked and nothing otherwise.
      [
        names.garantie,
        z
          .string()
          .optional()
          .transform((value) => value === "on" || value === "true"),
      ],
    ];
  }),
) as Record<string, z.ZodType<number | boolean>>;

/** The référentiel form (flat field names, values as typed), parsed into targets and rules. */
export const referentialFormSchema = z
  .object({ ...targetsShape, ...ruleShape })
  .transform((form) => {
    const values = form as Record<string, number | boolean>;
    const targets: ReferentialTargets = {
      elevesParTerminal: form.elevesParTerminal,
      elevesParSalle: form.elevesParSalle,
      affichagesParSalle: form.affichagesParSalle,
      classesMobilesParCollege: form.classesMobilesParCollege,
      bornesWifiParSalle: form.bornesWifiParSalle,
    };
    const rules = Object.fromEntries(
      EQUIPMENT_CATEGORIES.map((category) => {
        const names = ruleFieldNames(category);
        const rule: CategoryRule = {
          renewalAgeYears: values[names.age] as number,
          unitCostCents: values[names.cout] as number,
          renewAtWarrantyEnd: values[names.garantie] as boolean,
        };
        return [category, rule];
      }),
    ) as Record<EquipmentCategory, CategoryRule>;
    return { targets, rules };
  });

export type ReferentialInput = z.output<typeof referentialFormSchema>;

const sameRule = (a: CategoryRule, b: CategoryRule) =>
  a.renewalAgeYears === b.renewalAgeYears &&
  a.unitCostCents === b.unitCostCents &&
  a.renewAtWarrantyEnd === b.renewAtWarrantyEnd;

const auditRule = (rule: CategoryRule) => ({
  ageAns: rule.renewalAgeYears,
  coutUnitaireCentimes: rule.unitCostCents,
  finDeGarantie: rule.renewAtWarrantyEnd,
});

/**
 * The audit's before and after: every target, and the rules of the categories that changed only
 * (eighteen unchanged rules would hide the one that moved).
 */
export function referentialAuditDiff(
  before: Pick<Referential, "targets" | "rules">,
  after: Pick<Referential, "targets" | "rules">,
) {
  const changed = EQUIPMENT_CATEGORIES.filter((c) => !sameRule(before.rules[c], after.rules[c]));
  const regles = (ref: Pick<Referential, "rules">) =>
    Object.fromEntries(changed.map((c) => [c, auditRule(ref.rules[c])]));
  return {
    before: { cibles: { ...before.targets }, regles: regles(before) },
    after: { cibles: { ...after.targets }, regles: regles(after) },
  };
}

/** The référentiel of the context's collectivité (defaults while none is saved); other spaces have none. */
export async function getReferential(ctx: AccessContext): Promise<Referential> {
  const collectivite = requireCollectivite(ctx, "inventory.read", "NOT_FOUND");
  return loadReferential(db, collectivite.id);
}

/**
 * Saves the context's collectivité's référentiel: targets and every category's rule, in one
 * transaction with its audit event. Invalid input is refused whole (nothing written).
 */
export async function saveReferential(ctx: AccessContext, input: unknown): Promise<Referential> {
  const collectiviteId = requireCollectivite(ctx, "referential.manage").id;
  const { targets, rules } = referentialFormSchema.parse(input);
  await db.$transaction(async (tx) => {
    const before = await loadReferential(tx, collectiviteId);
    await tx.equipmentReferential.upsert({
      where: { collectiviteId },
      create: { collectiviteId, ...targets },
      update: targets,
    });
    await tx.equipmentReferentialRule.deleteMany({ where: { collectiviteId } });
    await tx.equipmentReferentialRule.createMany({
      data: EQUIPMENT_CATEGORIES.map((category) => ({
        collectiviteId,
        category,
        ...rules[category],
      })),
    });
    const diff = referentialAuditDiff(before, { targets, rules });
    await appendMemberAuditEvent(tx, ctx, {
      action: "referential.update",
      entityType: "EquipmentReferential",
      entityId: collectiviteId,
      before: diff.before,
      after: diff.after,
    });
  });
  return loadReferential(db, collectiviteId);
}

/** Puts the context's collectivité back on the product's defaults (its rows deleted), audited. */
export async function resetReferential(ctx: AccessContext): Promise<{ changed: boolean }> {
  const collectiviteId = requireCollectivite(ctx, "referential.manage").id;
  return db.$transaction(async (tx) => {
    const before = await loadReferential(tx, collectiviteId);
    if (!before.customised) return { changed: false };
    await tx.equipmentReferentialRule.deleteMany({ where: { collectiviteId } });
    await tx.equipmentReferential.deleteMany({ where: { collectiviteId } });
    const diff = referentialAuditDiff(before, { targets: DEFAULT_TARGETS, rules: DEFAULT_RULES });
    await appendMemberAuditEvent(tx, ctx, {
      action: "referential.update",
      entityType: "EquipmentReferential",
      entityId: collectiviteId,
      before: diff.before,
      after: { ...diff.after, motif: "Valeurs par défaut rétablies" },
    });
    return { changed: true };
  });
}
