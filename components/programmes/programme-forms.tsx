import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { boundFields } from "@/components/forms/bound-fields";
import { SelectField } from "@/components/ui/select";
import {
  addWaveAction,
  adoptProgrammeAction,
  assignCollegeAction,
  attestTrainingAction,
  createProgrammeAction,
  declareTrainingAction,
  networkReadinessAction,
  removeAssignmentAction,
  updateProgrammeAction,
} from "@/app/actions/programmes";

const BOX = "space-y-4 rounded-lg border border-slate-200 bg-white p-4";

/** A new programme: its equipment, its objective; the unit cost defaults to the référentiel's. */
export function NewProgrammeForm(scope: ScopeProps) {
  const field = boundFields<"title" | "objective" | "category" | "unitCost">("programme", {});
  return (
    <ActionForm
      action={createProgrammeAction}
      submitLabel="Créer le programme"
      {...scope}
      className={BOX}
    >
      {field.input("title", "Intitulé", {
        required: true,
        maxLength: 200,
        hint: "Par exemple : Écrans interactifs dans toutes les salles de classe.",
      })}
      {field.textarea("objective", "Objectif", { required: true, maxLength: 4000 })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field.coded("category", "Équipement déployé", EQUIPMENT_CATEGORIES, CATEGORY_LABELS, {
          required: true,
        })}
        {field.amount(
          "unitCost",
          "Coût unitaire (€, facultatif)",
          "Vide : le coût unitaire de la catégorie dans votre référentiel.",
        )}
      </div>
    </ActionForm>
  );
}

/** The programme's terms, edited by the collectivité. */
export function EditProgrammeForm({
  programmeId,
  values,
  ...scope
}: {
  programmeId: string;
  values: { title: string; objective: string; unitCost: string };
} & ScopeProps) {
  const field = boundFields<keyof typeof values>("programme-edit", values);
  return (
    <ActionForm
      action={updateProgrammeAction}
      hidden={{ programmeId }}
      submitLabel="Enregistrer les modifications"
      {...scope}
      className={BOX}
    >
      {field.input("title", "Intitulé", { required: true, maxLength: 200 })}
      {field.textarea("objective", "Objectif", { required: true, maxLength: 4000 })}
      {field.amount("unitCost", "Coût unitaire (€)")}
    </ActionForm>
  );
}

/** A new wave: its date, and whether it is the préfigurateurs' wave. */
export function WaveForm({ programmeId, ...scope }: { programmeId: string } & ScopeProps) {
  const field = boundFields<"deploymentOn">("vague", {});
  return (
    <ActionForm
      action={addWaveAction}
      hidden={{ programmeId }}
      submitLabel="Ajouter la vague"
      {...scope}
      className={BOX}
    >
      {field.input("deploymentOn", "Date de déploiement", { type: "date", required: true })}
      <div className="flex items-center gap-2 text-sm">
        <input type="checkbox" id="vague-prefiguration" name="prefiguration" className="h-4 w-4" />
        <label htmlFor="vague-prefiguration">
          Vague de préfiguration (collèges préfigurateurs, avant toutes les autres)
        </label>
      </div>
    </ActionForm>
  );
}

/** Places a collège in a wave, or moves it there. */
export function AssignForm({
  programmeId,
  waves,
  colleges,
  ...scope
}: {
  programmeId: string;
  waves: { id: string; label: string }[];
  colleges: { id: string; uai: string; name: string }[];
} & ScopeProps) {
  const field = boundFields<"plannedUnits">("affectation", {});
  return (
    <ActionForm
      action={assignCollegeAction}
      hidden={{ programmeId }}
      submitLabel="Placer le collège"
      {...scope}
      className={BOX}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="affectation-college"
          name="etablissementId"
          label="Collège"
          required
          options={colleges.map((c) => ({ value: c.id, label: `${c.name} (${c.uai})` }))}
          hint="Un collège déjà placé change de vague."
        />
        <SelectField
          id="affectation-vague"
          name="waveId"
          label="Vague"
          required
          options={waves.map((w) => ({ value: w.id, label: w.label }))}
        />
        {field.input("plannedUnits", "Équipements prévus", {
          inputMode: "numeric",
          required: true,
        })}
      </div>
    </ActionForm>
  );
}

/** The collectivité states a collège's network and Wi-Fi ready, or not, with an observation. */
export function NetworkForm({
  assignmentId,
  ready,
  note,
  college,
  ...scope
}: {
  assignmentId: string;
  ready: boolean;
  note: string;
  college: string;
} & ScopeProps) {
  const id = `reseau-${assignmentId}`;
  return (
    <ActionForm
      action={networkReadinessAction}
      hidden={{ assignmentId }}
      submitLabel={`Enregistrer le réseau (${college})`}
      tone="secondary"
      {...scope}
      className="space-y-2"
    >
      <div className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          id={`${id}-pret`}
          name="ready"
          defaultChecked={ready}
          className="h-4 w-4"
        />
        <label htmlFor={`${id}-pret`}>Réseau et Wi-Fi prêts ({college})</label>
      </div>
      <label htmlFor={`${id}-note`} className="block text-sm">
        Observation ({college})
      </label>
      <input
        id={`${id}-note`}
        name="note"
        defaultValue={note}
        maxLength={500}
        className="w-full rounded border border-slate-500 px-2 py-1 text-sm"
      />
    </ActionForm>
  );
}

/** One button acting on one collège of a programme. */
function AssignmentButton({
  action,
  assignmentId,
  label,
  tone = "secondary",
  ...scope
}: {
  action: typeof attestTrainingAction;
  assignmentId: string;
  label: string;
  tone?: "primary" | "secondary";
} & ScopeProps) {
  return (
    <ActionForm
      action={action}
      hidden={{ assignmentId }}
      submitLabel={label}
      tone={tone}
      {...scope}
    />
  );
}

export const AttestTrainingForm = (
  props: { assignmentId: string; college: string } & ScopeProps,
) => (
  <AssignmentButton
    action={attestTrainingAction}
    label={`Attester la formation (${props.college})`}
    {...props}
  />
);

export const DeclareTrainingForm = (props: { assignmentId: string } & ScopeProps) => (
  <AssignmentButton
    action={declareTrainingAction}
    label="Déclarer nos enseignants formés"
    tone="primary"
    {...props}
  />
);

export const RemoveAssignmentForm = (
  props: { assignmentId: string; college: string } & ScopeProps,
) => (
  <AssignmentButton
    action={removeAssignmentAction}
    label={`Retirer du programme (${props.college})`}
    {...props}
  />
);

/** The collectivité adopts its programme: the académie and the collèges then read it. */
export function AdoptForm({ programmeId, ...scope }: { programmeId: string } & ScopeProps) {
  return (
    <ActionForm
      action={adoptProgrammeAction}
      hidden={{ programmeId }}
      submitLabel="Adopter le programme"
      {...scope}
    />
  );
}
