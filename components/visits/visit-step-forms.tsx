import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { DetailsActionForm } from "@/components/forms/details-action-form";
import { SelectField } from "@/components/ui/select";
import { TextAreaField } from "@/components/ui/field";
import { assignVisitAction, cancelVisitAction, recordVisitAction } from "@/app/actions/visits";

/** What a planned visit's page offers: who goes, the report once done, the cancellation. */
export function VisitStepForms({
  visitId,
  technicianId,
  technicians,
  ...scope
}: ScopeProps & {
  visitId: string;
  technicianId: string | null;
  technicians: { id: string; name: string }[];
}) {
  const hidden = { visitId };
  return (
    <div className="space-y-4">
      <section aria-labelledby="technicien-titre" className="space-y-2">
        <h2 id="technicien-titre">Technicien</h2>
        <ActionForm
          action={assignVisitAction}
          hidden={hidden}
          submitLabel="Enregistrer le technicien"
          tone="secondary"
          {...scope}
        >
          <SelectField
            id="visite-technicien"
            name="technicianId"
            label="Technicien chargé de la visite"
            defaultValue={technicianId ?? ""}
            emptyLabel="À désigner"
            options={technicians.map((t) => ({ value: t.id, label: t.name }))}
          />
        </ActionForm>
      </section>
      <section aria-labelledby="compte-rendu-titre" className="space-y-2">
        <h2 id="compte-rendu-titre">Compte rendu</h2>
        <ActionForm
          action={recordVisitAction}
          hidden={hidden}
          submitLabel="Enregistrer la visite comme réalisée"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          {...scope}
        >
          <TextAreaField
            id="visite-compte-rendu"
            name="report"
            label="Ce qui a été vérifié et fait"
            rows={6}
            maxLength={5000}
            required
            hint="Le jour de la visite ou après. Le collège lit ce compte rendu."
          />
        </ActionForm>
      </section>
      <DetailsActionForm
        summary="Annuler la visite"
        action={cancelVisitAction}
        hidden={hidden}
        submitLabel="Annuler la visite"
        tone="danger"
        {...scope}
      >
        <TextAreaField
          id="visite-motif"
          name="reason"
          label="Motif de l'annulation"
          rows={3}
          maxLength={1000}
          required
        />
      </DetailsActionForm>
    </div>
  );
}
