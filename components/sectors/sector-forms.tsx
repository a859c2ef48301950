"use client";

import { createSectorAction, deleteSectorAction, renameSectorAction } from "@/app/actions/sectors";
import type { ScopeProps } from "@/components/forms/action-form";
import { DetailsActionForm } from "@/components/forms/details-action-form";
import { RecordForm } from "@/components/forms/record-form";

const NAME_HINT = "Par exemple « Rennes Nord » : une dizaine de collèges voisins.";

/** The form of a new secteur: its name; the collèges are chosen on its page. */
export function CreateSectorForm(scope: ScopeProps) {
  return (
    <RecordForm
      action={createSectorAction}
      prefix="secteur"
      values={{ name: "" }}
      submitLabel="Créer le secteur"
      pendingLabel="Création…"
      {...scope}
    >
      {(field) => field.input("name", "Nom du secteur", { required: true, hint: NAME_HINT })}
    </RecordForm>
  );
}

/** Renaming a secteur. */
export function RenameSectorForm({
  sectorId,
  name,
  ...scope
}: ScopeProps & { sectorId: string; name: string }) {
  return (
    <RecordForm
      action={renameSectorAction}
      prefix="renommer"
      values={{ name }}
      hidden={{ sectorId }}
      submitLabel="Renommer"
      pendingLabel="Enregistrement…"
      {...scope}
    >
      {(field) => field.input("name", "Nom du secteur", { required: true })}
    </RecordForm>
  );
}

/** Deleting a secteur, folded: only an empty one (lib/sectors/save-sector.ts says why). */
export function DeleteSectorForm({ sectorId, ...scope }: ScopeProps & { sectorId: string }) {
  return (
    <DetailsActionForm
      summary="Supprimer ce secteur"
      intro="Seul un secteur sans collège, sans personne et sans invitation en attente peut être supprimé."
      action={deleteSectorAction}
      hidden={{ sectorId }}
      submitLabel="Supprimer le secteur"
      pendingLabel="Suppression…"
      tone="danger"
      {...scope}
    />
  );
}
