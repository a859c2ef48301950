import Link from "next/link";
import type { BudgetLineDetail } from "@/lib/budgets/list-budget-lines";
import {
  BUDGET_CATEGORY_LABELS,
  BUDGET_FUNDING_LABELS,
  M57_CHAPTERS,
  M57_NATURES,
  SECTION_LABELS,
} from "@/lib/budgets/labels";
import { formatRate } from "@/lib/budgets/figures";
import { centsToInput } from "@/lib/budgets/money";
import { signedCentsToInput } from "@/lib/budgets/schemas";
import { formatCents, plural } from "@/lib/format";
import { deleteBudgetLineAction, updateBudgetLineAction } from "@/app/actions/budgets";
import { ActionForm } from "@/components/forms/action-form";
import { DetailPage, type DetailRow } from "@/components/ui/detail-list";
import { BudgetLineForm } from "@/components/budgets/budget-line-form";
import type { BudgetLineFormValues } from "@/components/budgets/budget-line-values";

export function budgetLineFormValues(line: BudgetLineDetail): BudgetLineFormValues {
  return {
    id: line.id,
    exercice: String(line.exercice),
    section: line.section,
    chapitre: line.chapitre,
    fonction: line.fonction,
    nature: line.nature,
    label: line.label,
    category: line.category,
    funding: line.funding,
    bp: centsToInput(line.bp),
    dm: signedCentsToInput(line.dm),
    engaged: centsToInput(line.engaged),
    mandated: centsToInput(line.mandated),
    autorisationId: line.autorisation?.id ?? "",
  };
}

interface Props {
  line: BudgetLineDetail;
  base: string;
  code: string;
  /** Agents: the AP/AE the line may carry; null for readers. */
  edit: {
    autorisations: { id: string; numero: string; label: string; kind: "AP" | "AE" }[];
  } | null;
  done?: string;
}

/** One budget line: imputation, amounts and rate; for agents the edit form and, when nothing refers to it, deletion. */
export function BudgetLineDetailView({ line, base, code, edit, done }: Props) {
  const path = `${base}/lignes/${line.id}`;
  const scope = { scopeType: "COLLECTIVITE", scopeKey: code, path };
  const rows: DetailRow[] = [
    ["Exercice", line.exercice],
    ["Section", SECTION_LABELS[line.section]],
    [
      "Chapitre",
      `${line.chapitre}${M57_CHAPTERS[line.chapitre] ? ` – ${M57_CHAPTERS[line.chapitre]}` : ""}`,
    ],
    ["Fonction", line.fonction === "221" ? "221 – Collèges" : line.fonction],
    ["Nature", `${line.nature}${M57_NATURES[line.nature] ? ` – ${M57_NATURES[line.nature]}` : ""}`],
    ["Catégorie", BUDGET_CATEGORY_LABELS[line.category]],
    ["Financement", BUDGET_FUNDING_LABELS[line.funding]],
    [
      "Autorisation portée",
      line.autorisation ? (
        <Link key="ap" href={`${base}/autorisations/${line.autorisation.id}`}>
          {line.autorisation.numero} – {line.autorisation.label}
        </Link>
      ) : (
        "aucune"
      ),
    ],
    ["Budget primitif", formatCents(line.bp)],
    ["Décisions modificatives", formatCents(line.dm)],
    ["Voté (BP + DM)", formatCents(line.voted)],
    ["Engagé", formatCents(line.engaged)],
    ["Mandaté", formatCents(line.mandated)],
    ["Taux d'exécution (mandaté / voté)", formatRate(line.executionRate)],
    [
      "Repris par",
      line.allocationCount + line.campaignCount === 0
        ? "aucune attribution ni campagne"
        : [
            line.allocationCount > 0 ? plural(line.allocationCount, "attribution") : null,
            line.campaignCount > 0 ? plural(line.campaignCount, "campagne") : null,
          ]
            .filter(Boolean)
            .join(", "),
    ],
  ];
  const referenced = line.allocationCount + line.campaignCount > 0;
  return (
    <DetailPage
      titleId="ligne-titre"
      title={line.label}
      backHref={`${base}/lignes?exercice=${line.exercice}`}
      backLabel={`← Lignes budgétaires ${line.exercice}`}
      done={done}
      createdMessage="Ligne budgétaire ajoutée."
      rows={rows}
    >
      {edit ? (
        <>
          <section aria-labelledby="modifier-titre" className="space-y-2">
            <h2 id="modifier-titre">Modifier la ligne</h2>
            <BudgetLineForm
              action={updateBudgetLineAction}
              values={budgetLineFormValues(line)}
              autorisations={edit.autorisations}
              submitLabel="Enregistrer les modifications"
              {...scope}
            />
          </section>
          <section aria-labelledby="supprimer-titre" className="space-y-2">
            <h2 id="supprimer-titre">Supprimer la ligne</h2>
            {referenced ? (
              <p>
                Cette ligne est reprise par des attributions ou des campagnes : elle ne peut pas
                être supprimée tant qu&apos;elles y sont rattachées.
              </p>
            ) : (
              <ActionForm
                action={deleteBudgetLineAction}
                hidden={{ id: line.id, exercice: String(line.exercice) }}
                submitLabel="Supprimer définitivement cette ligne"
                pendingLabel="Suppression…"
                tone="danger"
                {...scope}
              >
                <p className="text-sm">La suppression est enregistrée au journal d&apos;audit.</p>
              </ActionForm>
            )}
          </section>
        </>
      ) : null}
    </DetailPage>
  );
}
