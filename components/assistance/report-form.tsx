"use client";

import { reportIncidentAction } from "@/app/actions/incidents";
import {
  ASSISTANCE_DOMAIN_LABELS,
  ASSISTANCE_DOMAINS,
  INCIDENT_KIND_LABELS,
  INCIDENT_KINDS,
  URGENCIES,
  URGENCY_LABELS,
} from "@/lib/assistance/vocabulary";
import type { ScopeProps } from "@/components/forms/scope-fields";
import { InputField, TextAreaField } from "@/components/ui/field";
import { labelledOptions, SelectField, type SelectOption } from "@/components/ui/select";
import { FilesForm, type FilesRule } from "@/components/assistance/files-form";

export interface ReportDefaults {
  uai: string;
  domain: string;
  equipmentId: string;
  visitId: string;
  room: string;
}

/**
 * « Signaler un incident »: nature, domain, room, object, description, urgency and files; the
 * equipment and the visit were picked above (hidden); a collectivité member also picks the collège.
 */
export function ReportForm({
  defaults,
  colleges,
  services,
  files,
  ...scope
}: ScopeProps & {
  /** The services of the catalogue a report may name (those of the collège, or the collectivité's). */
  services: SelectOption[];
  defaults: ReportDefaults;
  /** The collèges a collectivité member reports for; none in a collège's own space. */
  colleges: SelectOption[];
  files: FilesRule;
}) {
  const hidden: Record<string, string> = {
    equipmentId: defaults.equipmentId,
    visitId: defaults.visitId,
  };
  if (colleges.length === 0 || defaults.equipmentId) hidden.uai = defaults.uai;
  return (
    <FilesForm
      {...scope}
      action={reportIncidentAction}
      hidden={hidden}
      files={files}
      filesId="signaler-fichiers"
      submitLabel="Signaler l'incident"
      pendingLabel="Envoi…"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      {(errors) => (
        <>
          {colleges.length > 0 && !defaults.equipmentId ? (
            <SelectField
              id="signaler-college"
              name="uai"
              label="Collège"
              defaultValue={defaults.uai}
              placeholder="Choisir…"
              options={colleges}
              error={errors.uai}
            />
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              id="signaler-nature"
              name="kind"
              label="Nature"
              defaultValue="INCIDENT"
              options={labelledOptions(INCIDENT_KINDS, INCIDENT_KIND_LABELS)}
              error={errors.kind}
            />
            <SelectField
              id="signaler-domaine"
              name="domain"
              label="Domaine"
              defaultValue={defaults.domain}
              placeholder="Choisir…"
              options={labelledOptions(ASSISTANCE_DOMAINS, ASSISTANCE_DOMAIN_LABELS)}
              error={errors.domain}
            />
            {services.length > 0 ? (
              <SelectField
                id="signaler-service"
                name="digitalServiceId"
                label="Service concerné (facultatif)"
                defaultValue=""
                placeholder="Aucun"
                options={services}
                error={errors.digitalServiceId}
              />
            ) : null}
            <InputField
              id="signaler-salle"
              name="room"
              label="Salle (facultatif)"
              defaultValue={defaults.room}
              error={errors.room}
            />
            <SelectField
              id="signaler-urgence"
              name="urgency"
              label="Urgence"
              defaultValue="NORMALE"
              options={labelledOptions(URGENCIES, URGENCY_LABELS)}
              error={errors.urgency}
            />
          </div>
          <InputField id="signaler-objet" name="title" label="Objet" error={errors.title} />
          <TextAreaField
            id="signaler-description"
            name="description"
            label="Description"
            rows={5}
            hint="Ce qui ne fonctionne pas, depuis quand, ce qui a déjà été essayé."
            error={errors.description}
          />
        </>
      )}
    </FilesForm>
  );
}
