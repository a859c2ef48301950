import type { EquipmentCategory } from "@/lib/inventory/labels";
import type { NeedOpinion } from "@/lib/campaigns/labels";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { NEED_OPINIONS, OPINION_LABELS, priorityLabel } from "@/lib/campaigns/labels";
import { formatCents } from "@/lib/format";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { InputField } from "@/components/ui/field";
import { boundFields } from "@/components/forms/bound-fields";
import {
  decideNeedAction,
  deliverNeedAction,
  giveOpinionAction,
  submitNeedAction,
  updateNeedAction,
  withdrawNeedAction,
} from "@/app/actions/campaigns";

export interface NeedFormValues {
  needId?: string;
  category: string;
  quantity: string;
  justification: string;
  projetEtablissement: string;
  priority: string;
}

/** A collège's need: to submit one (campaignId) or correct its own (needId). */
export function NeedForm({
  campaignId,
  values,
  unitCosts,
  ...scope
}: {
  campaignId: string;
  values: NeedFormValues;
  unitCosts: { category: EquipmentCategory; unitCostCents: number }[];
} & ScopeProps) {
  const p = values.needId ? `besoin-${values.needId}` : "besoin-nouveau";
  const field = boundFields(p, values);
  return (
    <ActionForm
      action={values.needId ? updateNeedAction : submitNeedAction}
      hidden={values.needId ? { needId: values.needId } : { campaignId }}
      submitLabel={values.needId ? "Enregistrer le besoin" : "Déposer le besoin"}
      {...scope}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        {field.select(
          "category",
          "Catégorie",
          unitCosts.map(({ category, unitCostCents }) => ({
            value: category,
            label: `${CATEGORY_LABELS[category]} — ${formatCents(unitCostCents)} l'unité`,
          })),
          { required: true },
        )}
        {field.input("quantity", "Quantité (1 à 1 000)", {
          type: "number",
          min: 1,
          max: 1000,
          required: true,
        })}
        {field.select(
          "priority",
          "Priorité",
          [1, 2, 3].map((n) => ({ value: String(n), label: priorityLabel(n) })),
          { required: true },
        )}
      </div>
      {field.input("projetEtablissement", "Axe du projet d'établissement servi", {
        id: `${p}-projet`,
        required: true,
        maxLength: 300,
      })}
      {field.textarea("justification", "Justification (2 000 caractères au plus)", {
        required: true,
        maxLength: 2000,
      })}
      <p className="text-xs text-slate-700">
        Le coût unitaire est celui du référentiel de la collectivité au moment du dépôt.
      </p>
    </ActionForm>
  );
}

export function WithdrawNeedForm({ needId, ...scope }: { needId: string } & ScopeProps) {
  return (
    <ActionForm
      action={withdrawNeedAction}
      hidden={{ needId }}
      submitLabel="Retirer ce besoin"
      pendingLabel="Retrait…"
      tone="danger"
      {...scope}
    />
  );
}

/** The académie's opinion on one need. */
export function OpinionForm({
  needId,
  opinion,
  comment,
  ...scope
}: { needId: string; opinion: NeedOpinion | null; comment: string | null } & ScopeProps) {
  const field = boundFields(`avis-${needId}`, { opinion: opinion ?? "", comment: comment ?? "" });
  return (
    <ActionForm
      action={giveOpinionAction}
      hidden={{ needId }}
      submitLabel="Enregistrer l'avis"
      {...scope}
    >
      {field.coded("opinion", "Avis pédagogique", NEED_OPINIONS, OPINION_LABELS, {
        required: true,
        placeholder: "Choisir…",
      })}
      {field.textarea("comment", "Commentaire (facultatif)", { maxLength: 1000 })}
    </ActionForm>
  );
}

/** The collectivité's decision on one need. */
export function DecisionForm({
  needId,
  quantity,
  decision,
  acceptedQuantity,
  reason,
  ...scope
}: {
  needId: string;
  quantity: number;
  decision: string | null;
  acceptedQuantity: number | null;
  reason: string | null;
} & ScopeProps) {
  const p = `decision-${needId}`;
  const field = boundFields(p, {
    decision: decision ?? "ACCEPTE",
    acceptedQuantity: decision === "PARTIEL" && acceptedQuantity ? String(acceptedQuantity) : "",
    reason: reason ?? "",
  });
  return (
    <ActionForm
      action={decideNeedAction}
      hidden={{ needId }}
      submitLabel="Enregistrer la décision"
      {...scope}
    >
      {field.select(
        "decision",
        "Décision",
        [
          { value: "ACCEPTE", label: `Accepter en totalité (${quantity})` },
          { value: "PARTIEL", label: "Accepter en partie" },
          { value: "REFUSE", label: "Refuser" },
        ],
        { required: true },
      )}
      {field.input("acceptedQuantity", "Quantité acceptée (acceptation partielle)", {
        id: `${p}-quantity`,
        type: "number",
        min: 1,
        max: Math.max(1, quantity - 1),
        hint: `Moins que les ${quantity} demandés.`,
      })}
      {field.textarea("reason", "Motif (obligatoire pour un refus ou une acceptation partielle)", {
        maxLength: 1000,
      })}
    </ActionForm>
  );
}

/** « Marquer livré »: the accepted equipment enters the inventory at this date. */
export function DeliveryForm({
  needId,
  today,
  ...scope
}: { needId: string; today: string } & ScopeProps) {
  return (
    <ActionForm
      action={deliverNeedAction}
      hidden={{ needId }}
      submitLabel="Marquer livré"
      {...scope}
    >
      <InputField
        id={`livraison-${needId}`}
        name="deliveredOn"
        label="Date de livraison"
        type="date"
        required
        max={today}
        defaultValue={today}
        hint="Les équipements acceptés sont ajoutés à l'inventaire du collège, en service, financés par la collectivité."
      />
    </ActionForm>
  );
}
