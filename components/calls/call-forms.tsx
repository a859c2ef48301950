import type { EquipmentCategory } from "@/lib/inventory/labels";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { CRITERIA_ROWS } from "@/lib/calls/rules";
import type { Criterion } from "@/lib/calls/schemas";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { CategoryCheckboxes } from "@/components/forms/category-checkboxes";
import { boundFields } from "@/components/forms/bound-fields";
import { INPUT_CLASS } from "@/components/ui/field";
import {
  agreeCallAction,
  createCallAction,
  remindCallAction,
  saveApplicationAction,
  submitApplicationAction,
  updateCallAction,
} from "@/app/actions/calls";

export interface CallFormValues {
  callId?: string;
  title: string;
  objectives: string;
  joint: boolean;
  eligiblePublic: boolean;
  eligiblePrivate: boolean;
  prioritaireOnly: boolean;
  criteria: { label: string; weight: string }[];
  envelope: string;
  budgetLineId: string;
  opensOn: string;
  closesOn: string;
  decisionOn: string;
  categories: EquipmentCategory[];
  services: string;
  trainingRequired: string;
}

type TextKey = Exclude<
  keyof CallFormValues,
  "criteria" | "categories" | "joint" | "eligiblePublic" | "eligiblePrivate" | "prioritaireOnly"
>;

function Checkbox({
  id,
  name,
  label,
  checked,
}: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <input type="checkbox" id={id} name={name} defaultChecked={checked} className="h-4 w-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The terms of an appel à projets: to draft it, or to edit the draft (agreements given are then withdrawn). */
export function CallForm({
  values,
  budgetLines,
  ...scope
}: {
  values: CallFormValues;
  budgetLines: { id: string; label: string }[];
} & ScopeProps) {
  const editing = Boolean(values.callId);
  const p = editing ? "appel-edit" : "appel";
  const field = boundFields<TextKey>(p, values);
  return (
    <ActionForm
      action={editing ? updateCallAction : createCallAction}
      hidden={values.callId ? { callId: values.callId } : {}}
      submitLabel={editing ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
      {...scope}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {field.input("title", "Intitulé", { required: true, maxLength: 200 })}
      {field.textarea("objectives", "Objectifs", { required: true, maxLength: 4000 })}
      <fieldset className="space-y-1 rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">Pilotage et éligibilité</legend>
        <Checkbox
          id={`${p}-joint`}
          name="joint"
          label="Appel conjoint avec l'académie (elle lit le brouillon et doit donner son accord avant la publication)"
          checked={values.joint}
        />
        <Checkbox
          id={`${p}-public`}
          name="eligiblePublic"
          label="Collèges publics"
          checked={values.eligiblePublic}
        />
        <Checkbox
          id={`${p}-prive`}
          name="eligiblePrivate"
          label="Collèges privés"
          checked={values.eligiblePrivate}
        />
        <Checkbox
          id={`${p}-prioritaire`}
          name="prioritaireOnly"
          label="Seulement les collèges de l'éducation prioritaire (REP, REP+)"
          checked={values.prioritaireOnly}
        />
      </fieldset>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">
          Grille de notation : les poids font 100 points (laissez vides les lignes inutiles)
        </legend>
        <div className="space-y-2">
          {Array.from({ length: CRITERIA_ROWS }, (_, i) => {
            const row = values.criteria[i] ?? { label: "", weight: "" };
            return (
              <div key={i} className="grid gap-2 sm:grid-cols-[1fr_8rem]">
                <div>
                  <label htmlFor={`${p}-critere-${i}`} className="block text-sm">
                    Critère {i + 1}
                  </label>
                  <input
                    id={`${p}-critere-${i}`}
                    name={`criterionLabel${i}`}
                    defaultValue={row.label}
                    maxLength={200}
                    className={INPUT_CLASS}
                  />
                </div>
                <div>
                  <label htmlFor={`${p}-poids-${i}`} className="block text-sm">
                    Poids du critère {i + 1}
                  </label>
                  <input
                    id={`${p}-poids-${i}`}
                    name={`criterionWeight${i}`}
                    defaultValue={row.weight}
                    inputMode="numeric"
                    className={INPUT_CLASS}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-4">
        {field.input("envelope", "Enveloppe (€)", {
          inputMode: "decimal",
          required: true,
          hint: "Par exemple 150 000.",
        })}
        {field.input("opensOn", "Ouverture des candidatures", { type: "date", required: true })}
        {field.input("closesOn", "Date limite de dépôt (incluse)", {
          type: "date",
          required: true,
        })}
        {field.input("decisionOn", "Décision du comité", { type: "date", required: true })}
      </div>
      {field.select(
        "budgetLineId",
        "Ligne budgétaire ou autorisation de programme (facultative)",
        budgetLines.map((line) => ({ value: line.id, label: line.label })),
        { id: `${p}-budgetLine`, emptyLabel: "Aucune" },
      )}
      <CategoryCheckboxes
        legend="Équipements proposés, chiffrés au référentiel (au moins un)"
        checked={values.categories}
      />
      {field.textarea("services", "Services proposés (facultatif)", { maxLength: 2000 })}
      {field.textarea("trainingRequired", "Engagements de formation demandés aux collèges", {
        required: true,
        maxLength: 2000,
      })}
    </ActionForm>
  );
}

/** A party agrees to publish the call as it reads now. */
export function AgreeForm({
  callId,
  label,
  ...scope
}: { callId: string; label: string } & ScopeProps) {
  return <ActionForm action={agreeCallAction} hidden={{ callId }} submitLabel={label} {...scope} />;
}

export interface ApplicationFormValues {
  project: string;
  projetEtablissement: string;
  classes: string;
  teachers: string;
  trainingNeeds: string;
  conseilPedagogiqueOn: string;
  quantities: Partial<Record<EquipmentCategory, string>>;
}

/** The collège's dossier: its project, the equipment it asks for among what the call offers. */
export function ApplicationForm({
  callId,
  offered,
  unitCosts,
  values,
  ...scope
}: {
  callId: string;
  offered: EquipmentCategory[];
  unitCosts: Partial<Record<EquipmentCategory, string>>;
  values: ApplicationFormValues;
} & ScopeProps) {
  const field = boundFields<Exclude<keyof ApplicationFormValues, "quantities">>("dossier", values);
  return (
    <ActionForm
      action={saveApplicationAction}
      hidden={{ callId }}
      submitLabel="Enregistrer le dossier"
      {...scope}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {field.textarea("project", "Le projet", { required: true, maxLength: 4000 })}
      {field.textarea("projetEtablissement", "Lien avec le projet d'établissement", {
        required: true,
        maxLength: 2000,
      })}
      <div className="grid gap-4 sm:grid-cols-3">
        {field.input("classes", "Classes concernées", { required: true, maxLength: 500 })}
        {field.input("teachers", "Enseignants engagés", { inputMode: "numeric", required: true })}
        {field.input("conseilPedagogiqueOn", "Avis du conseil pédagogique (date, facultatif)", {
          type: "date",
        })}
      </div>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">
          Équipements demandés (quantités ; coût unitaire du référentiel de la collectivité)
        </legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {offered.map((category) => (
            <div key={category}>
              <label htmlFor={`dossier-quantite-${category}`} className="block text-sm">
                {CATEGORY_LABELS[category]} ({unitCosts[category]} l&apos;unité)
              </label>
              <input
                id={`dossier-quantite-${category}`}
                name={`quantity_${category}`}
                defaultValue={values.quantities[category] ?? ""}
                inputMode="numeric"
                className={INPUT_CLASS}
              />
            </div>
          ))}
        </div>
      </fieldset>
      {field.textarea("trainingNeeds", "Besoins de formation", { required: true, maxLength: 2000 })}
    </ActionForm>
  );
}

/** The collège submits its saved dossier: it is then no longer edited. */
export function SubmitApplicationForm({ callId, ...scope }: { callId: string } & ScopeProps) {
  return (
    <ActionForm
      action={submitApplicationAction}
      hidden={{ callId }}
      submitLabel="Déposer le dossier"
      {...scope}
    />
  );
}

export const criteriaValues = (criteria: Criterion[]) =>
  criteria.map((c) => ({ label: c.label, weight: String(c.weight) }));

/** The collectivité reminds, by mail, the eligible collèges that have not deposited a dossier. */
export function RemindCallForm({ callId, ...scope }: { callId: string } & ScopeProps) {
  return (
    <ActionForm
      action={remindCallAction}
      hidden={{ callId }}
      submitLabel="Relancer les collèges éligibles sans dossier"
      tone="secondary"
      {...scope}
    />
  );
}
