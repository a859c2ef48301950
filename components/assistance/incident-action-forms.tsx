import type { IncidentDetail } from "@/lib/assistance/get-incident";
import {
  assignIncidentAction,
  confirmIncidentAction,
  pauseIncidentAction,
  reopenIncidentAction,
  rerouteIncidentAction,
  resolveIncidentAction,
  resumeIncidentAction,
  takeIncidentAction,
} from "@/app/actions/incidents";
import { HANDLER_PARTIES, QUEUE_LABELS, ROUTING_LEVELS } from "@/lib/assistance/vocabulary";
import type { ScopeProps } from "@/components/forms/scope-fields";
import { ActionForm } from "@/components/forms/action-form";
import { DetailsActionForm } from "@/components/forms/details-action-form";
import { TextAreaField } from "@/components/ui/field";
import { labelledOptions, SelectField } from "@/components/ui/select";

const WAITING_OPTIONS = [
  { value: "EN_ATTENTE_COLLEGE", label: "Le collège (une information, un accès)" },
  { value: "EN_ATTENTE_FOURNISSEUR", label: "Un fournisseur (une pièce, une réparation)" },
];
const OUTCOME_OPTIONS = [
  { value: "REMIS_EN_SERVICE", label: "Remis en service" },
  { value: "REFORME", label: "Réformé (hors d'usage)" },
];

/**
 * The forms of the actions the member may take on the incident now (IncidentDetail.actions):
 * one click for taking, resuming or confirming; the others folded, with their fields.
 */
export function IncidentActionForms({
  detail,
  scope,
}: {
  detail: IncidentDetail;
  scope: ScopeProps;
}) {
  const { incident, actions, assignable, confirmRefusal } = detail;
  const hidden = { incidentId: incident.id };
  const form = { ...scope, hidden };
  const has = (action: (typeof actions)[number]) => actions.includes(action);
  if (actions.length === 0 && !confirmRefusal) return null;
  return (
    <section aria-labelledby="actions-titre" className="space-y-3">
      <h2 id="actions-titre">Actions</h2>
      {confirmRefusal ? <p className="text-sm text-slate-700">{confirmRefusal}</p> : null}
      <div className="flex flex-wrap gap-3">
        {has("take") ? (
          <ActionForm {...form} action={takeIncidentAction} submitLabel="Prendre en charge" />
        ) : null}
        {has("resume") ? (
          <ActionForm
            {...form}
            action={resumeIncidentAction}
            submitLabel="Reprendre le traitement"
          />
        ) : null}
        {has("confirm") ? (
          <ActionForm
            {...form}
            action={confirmIncidentAction}
            submitLabel="Confirmer la résolution"
          />
        ) : null}
      </div>
      {has("assign") && assignable.length > 0 ? (
        <DetailsActionForm
          {...form}
          summary="Attribuer"
          action={assignIncidentAction}
          submitLabel="Attribuer"
        >
          <SelectField
            id="attribuer-personne"
            name="assigneeId"
            label="Personne de la file"
            defaultValue={incident.assignee?.id ?? ""}
            placeholder="Choisir…"
            options={assignable.map((p) => ({ value: p.id, label: p.name }))}
          />
        </DetailsActionForm>
      ) : null}
      {has("pause") ? (
        <DetailsActionForm
          {...form}
          summary="Mettre en attente"
          intro="Le délai est suspendu pendant l'attente ; il reprend quand le traitement reprend."
          action={pauseIncidentAction}
          submitLabel="Mettre en attente"
        >
          <SelectField
            id="attente-de"
            name="waitingFor"
            label="En attente de"
            defaultValue="EN_ATTENTE_FOURNISSEUR"
            options={WAITING_OPTIONS}
          />
          <TextAreaField id="attente-motif" name="reason" label="Motif de l'attente" />
        </DetailsActionForm>
      ) : null}
      {has("resolve") ? (
        <DetailsActionForm
          {...form}
          summary="Résoudre"
          action={resolveIncidentAction}
          submitLabel="Résoudre"
        >
          <TextAreaField id="resolution-texte" name="resolution" label="Résolution" rows={4} />
          {incident.equipment ? (
            <>
              <SelectField
                id="resolution-suite"
                name="equipmentOutcome"
                label="Suite pour l'équipement"
                defaultValue="REMIS_EN_SERVICE"
                options={OUTCOME_OPTIONS}
              />
              <TextAreaField
                id="resolution-reforme"
                name="disposalReason"
                label="Motif de la réforme (si réformé)"
              />
            </>
          ) : null}
        </DetailsActionForm>
      ) : null}
      {has("reroute") ? (
        <DetailsActionForm
          {...form}
          summary="Réaiguiller"
          intro="L'incident part dans une autre file, ou à un autre niveau : la nouvelle file le prend en charge à son tour."
          action={rerouteIncidentAction}
          submitLabel="Réaiguiller"
        >
          <SelectField
            id="reaiguiller-file"
            name="party"
            label="Vers la file"
            defaultValue={incident.party}
            options={labelledOptions(HANDLER_PARTIES, QUEUE_LABELS)}
          />
          <SelectField
            id="reaiguiller-niveau"
            name="level"
            label="Niveau"
            defaultValue={incident.level}
            options={ROUTING_LEVELS.map((l) => ({ value: l, label: l }))}
          />
          <TextAreaField id="reaiguiller-motif" name="reason" label="Motif du réaiguillage" />
        </DetailsActionForm>
      ) : null}
      {has("reopen") ? (
        <DetailsActionForm
          {...form}
          summary="Rouvrir"
          intro="Le problème persiste : l'incident revient à la file qui l'a résolu."
          action={reopenIncidentAction}
          submitLabel="Rouvrir l'incident"
          tone="secondary"
        >
          <TextAreaField id="rouvrir-motif" name="reason" label="Motif de la réouverture" />
        </DetailsActionForm>
      ) : null}
    </section>
  );
}
