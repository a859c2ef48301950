import { formatCents } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import type { EquipmentCategory, NeedOpinion, NeedStatus } from "@/lib/generated/prisma/enums";
import { NEED_STATUS_LABELS, OPINION_LABELS, priorityLabel } from "@/lib/campaigns/labels";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A campaign in the audit trail's French keys. */
export function campaignAuditValues(c: {
  title: string;
  exercice: number;
  opensOn: Date;
  closesOn: Date;
  envelopeCents: bigint;
  categories: readonly EquipmentCategory[];
  description: string | null;
  budgetLineLabel?: string | null;
}) {
  return {
    title: c.title,
    exercice: c.exercice,
    ouverture: day(c.opensOn),
    cloture: day(c.closesOn),
    enveloppe: formatCents(c.envelopeCents),
    categories: c.categories.map((cat) => CATEGORY_LABELS[cat]),
    description: c.description ?? undefined,
    ligne: c.budgetLineLabel ?? undefined,
  };
}

/** A need in the audit trail's French keys. */
export function needAuditValues(n: {
  category: EquipmentCategory;
  quantity: number;
  unitCostCents: bigint;
  priority: number;
  justification: string;
  projetEtablissement: string;
}) {
  return {
    categorie: CATEGORY_LABELS[n.category],
    quantite: n.quantity,
    montant: formatCents(BigInt(n.quantity) * n.unitCostCents),
    priorite: priorityLabel(n.priority),
    justification: n.justification,
    projet: n.projetEtablissement,
  };
}

export function opinionAuditValues(opinion: NeedOpinion | null, comment: string | null) {
  return { avis: opinion ? OPINION_LABELS[opinion] : undefined, commentaire: comment ?? undefined };
}

export function decisionAuditValues(d: {
  status: NeedStatus;
  acceptedQuantity: number | null;
  acceptedCents: bigint | null;
  decisionReason: string | null;
}) {
  return {
    decision: NEED_STATUS_LABELS[d.status],
    quantiteAcceptee: d.acceptedQuantity ?? undefined,
    montantAccepte: d.acceptedCents === null ? undefined : formatCents(d.acceptedCents),
    motif: d.decisionReason ?? undefined,
  };
}

/** Only the keys whose value changed, before and after. */
export function changedValues<T extends Record<string, unknown>>(before: T, after: T) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
