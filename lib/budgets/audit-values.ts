import type {
  AutorisationKind,
  AutorisationState,
  BudgetCategory,
  BudgetFunding,
  BudgetSection,
} from "@/lib/generated/prisma/enums";
import { formatCents } from "@/lib/format";
import {
  AUTORISATION_STATE_LABELS,
  BUDGET_CATEGORY_LABELS,
  BUDGET_FUNDING_LABELS,
  SECTION_LABELS,
} from "@/lib/budgets/labels";

export interface BudgetLineAuditSource {
  exercice: number;
  section: BudgetSection;
  chapitre: string;
  fonction: string;
  nature: string;
  label: string;
  category: BudgetCategory;
  funding: BudgetFunding;
  bpCents: bigint;
  dmCents: bigint;
  engagedCents: bigint;
  mandatedCents: bigint;
  /** The AP/AE's number, not its id: the journal reads without the database. */
  autorisation: string | null;
}

/** A budget line as the journal records it: French keys of lib/audit/labels.ts, amounts in euros. */
export function budgetLineAuditValues(line: BudgetLineAuditSource): Record<string, string | null> {
  return {
    exercice: String(line.exercice),
    section: SECTION_LABELS[line.section],
    chapitre: line.chapitre,
    fonction: line.fonction,
    nature: line.nature,
    libelle: line.label,
    categorieBudget: BUDGET_CATEGORY_LABELS[line.category],
    financement: BUDGET_FUNDING_LABELS[line.funding],
    bp: formatCents(line.bpCents),
    dm: formatCents(line.dmCents),
    engage: formatCents(line.engagedCents),
    mandate: formatCents(line.mandatedCents),
    autorisation: line.autorisation,
  };
}

export interface AutorisationAuditSource {
  kind: AutorisationKind;
  numero: string;
  label: string;
  category: BudgetCategory;
  votedOn: Date;
  amountCents: bigint;
  affectedCents: bigint;
  engagedCents: bigint;
  state: AutorisationState;
  cp: readonly { exercice: number; amountCents: bigint }[];
}

/** « 2026 : 100 000,00 € ; 2027 : 50 000,00 € », « — » for an empty schedule. */
export function cpScheduleText(cp: readonly { exercice: number; amountCents: bigint }[]): string {
  if (cp.length === 0) return "—";
  return [...cp]
    .sort((a, b) => a.exercice - b.exercice)
    .map((c) => `${c.exercice} : ${formatCents(c.amountCents)}`)
    .join(" ; ");
}

export function autorisationAuditValues(a: AutorisationAuditSource): Record<string, string | null> {
  return {
    kind: a.kind,
    numero: a.numero,
    libelle: a.label,
    categorieBudget: BUDGET_CATEGORY_LABELS[a.category],
    vote: a.votedOn.toISOString().slice(0, 10),
    montant: formatCents(a.amountCents),
    affecte: formatCents(a.affectedCents),
    engage: formatCents(a.engagedCents),
    etat: AUTORISATION_STATE_LABELS[a.state],
    cp: cpScheduleText(a.cp),
  };
}
