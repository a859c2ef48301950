import type { EquipmentCategory } from "@/lib/inventory/labels";
import type { NeedOpinion } from "@/lib/campaigns/labels";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { NEED_OPINIONS, OPINION_LABELS, priorityLabel } from "@/lib/campaigns/labels";
import { formatCents } from "@/lib/format";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { InputField, TextAreaField } from "@/components/ui/field";
import { labelledOptions, SelectField } from "@/components/ui/select";
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
  return (
    <ActionForm
      action={values.needId ? updateNeedAction : submitNeedAction}
      hidden={values.needId ? { needId: values.needId } : { campaignId }}
      submitLabel={values.needId ? "Enregistrer le besoin" : "Déposer le besoin"}
      {...scope}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id={`${p}-category`}
          name="category"
          label="Catégorie"
          required
          defaultValue={values.category}
          options={unitCosts.map(({ category, unitCostCents }) => ({
            value: category,
            label: `${CATEGORY_LABELS[category]} — ${formatCents(unitCostCents)} l'unité`,
          }))}
        />
        <InputField
          id={`${p}-quantity`}
          name="quantity"
          label="Quantité (1 à 1 000)"
          type="number"
          min={1}
          max={1000}
          required
          defaultValue={values.quantity}
        />
        <SelectField
          id={`${p}-priority`}
          name="priority"
          label="Priorité"
          required
          defaultValue={values.priority}
          options={[1, 2, 3].map((n) => ({ value: String(n), label: priorityLabel(n) }))}
        />
      </div>
      <InputField
        id={`${p}-projet`}
        name="projetEtablissement"
        label="Axe du projet d'établissement servi"
        required
        maxLength={300}
        defaultValue={values.projetEtablissement}
      />
      <TextAreaField
        id={`${p}-justification`}
        name="justification"
        label="Justification (2 000 caractères au plus)"
        required
        maxLength={2000}
        defaultValue={values.justification}
      />
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
  const p = `avis-${needId}`;
  return (
    <ActionForm
      action={giveOpinionAction}
      hidden={{ needId }}
      submitLabel="Enregistrer l'avis"
      {...scope}
    >
      <SelectField
        id={`${p}-opinion`}
        name="opinion"
        label="Avis pédagogique"
        required
        defaultValue={opinion ?? ""}
        placeholder="Choisir…"
        options={labelledOptions(NEED_OPINIONS, OPINION_LABELS)}
      />
      <TextAreaField
        id={`${p}-comment`}
        name="comment"
        label="Commentaire (facultatif)"
        maxLength={1000}
        defaultValue={comment ?? ""}
      />
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
  return (
    <ActionForm
      action={decideNeedAction}
      hidden={{ needId }}
      submitLabel="Enregistrer la décision"
      {...scope}
    >
      <SelectField
        id={`${p}-decision`}
        name="decision"
        label="Décision"
        required
        defaultValue={decision ?? "ACCEPTE"}
        options={[
          { value: "ACCEPTE", label: `Accepter en totalité (${quantity})` },
          { value: "PARTIEL", label: "Accepter en partie" },
          { value: "REFUSE", label: "Refuser" },
        ]}
      />
      <InputField
        id={`${p}-quantity`}
        name="acceptedQuantity"
        label="Quantité acceptée (acceptation partielle)"
        type="number"
        min={1}
        max={Math.max(1, quantity - 1)}
        defaultValue={decision === "PARTIEL" && acceptedQuantity ? String(acceptedQuantity) : ""}
        hint={`Moins que les ${quantity} demandés.`}
      />
      <TextAreaField
        id={`${p}-reason`}
        name="reason"
        label="Motif (obligatoire pour un refus ou une acceptation partielle)"
        maxLength={1000}
        defaultValue={reason ?? ""}
      />
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
