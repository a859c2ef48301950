"use client";

import {
  offlineSignatureAction,
  refuseConventionAction,
  signConventionAction,
} from "@/app/actions/conventions";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { DetailsActionForm } from "@/components/forms/details-action-form";
import { PLAIN_SELECT_CLASS, TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { InputFields, PasswordConfirmField } from "@/components/forms/input-fields";
import { SignerFields } from "@/components/conventions/signer-fields";

interface SignProps extends ScopeProps {
  conventionId: string;
  sha256: string;
  documentHref: string;
  partyLabel: string;
  authorisationLabel: string;
  referenceLabel: string;
  defaults: { qualite: string; authorisationReference: string };
}

/** Signing: the document and its SHA-256 first, then the authorisation and the password again. */
export function SignForm({
  conventionId,
  sha256,
  documentHref,
  partyLabel,
  authorisationLabel,
  referenceLabel,
  defaults,
  ...scope
}: SignProps) {
  return (
    <div className="space-y-4 rounded-lg border-2 border-blue-800 bg-white p-4">
      <h3>Signer pour : {partyLabel}</h3>
      <p>
        Lisez le document figé avant de signer :{" "}
        <a href={documentHref}>télécharger le PDF soumis à signature</a>. Votre signature porte sur
        ce document exactement, identifié par son empreinte SHA-256 :
      </p>
      <p className="break-all rounded bg-slate-100 p-2 font-mono text-sm">{sha256}</p>
      <ActionForm
        {...scope}
        action={signConventionAction}
        hidden={{ conventionId, documentSha256: sha256 }}
        submitLabel="Signer la convention"
        pendingLabel="Signature…"
        className="grid gap-3 sm:grid-cols-2"
      >
        <SignerFields
          prefix="sign"
          referenceLabel={referenceLabel}
          referenceHint={authorisationLabel}
          defaults={defaults}
        />
      </ActionForm>
    </div>
  );
}

export function RefuseForm({
  conventionId,
  sha256,
  ...scope
}: ScopeProps & { conventionId: string; sha256: string }) {
  return (
    <DetailsActionForm
      {...scope}
      summary="Refuser de signer"
      action={refuseConventionAction}
      hidden={{ conventionId, documentSha256: sha256 }}
      submitLabel="Refuser la signature"
      tone="danger"
    >
      <TextAreaField
        id="refuse-reason"
        name="reason"
        label="Motif du refus (transmis à la collectivité)"
        required
      />
    </DetailsActionForm>
  );
}

interface OfflineProps extends ScopeProps {
  conventionId: string;
  /** « signer »: the party's signer records their own paper signature; « declaration »: the collectivité declares a party's. */
  mode: "signer" | "declaration";
  parties: { value: string; label: string }[];
}

/**
 * « Signée hors plateforme »: the party's signer records the signature they gave on paper, or the
 * pilot collectivité declares the paper signature of a party without a signer on Tripartite; in
 * both cases the authorisation, the scanned copy and the password of the person recording it.
 */
export function OfflineSignatureForm({ conventionId, mode, parties, ...scope }: OfflineProps) {
  const declaration = mode === "declaration";
  const key = `offline-${mode}`;
  return (
    <DetailsActionForm
      {...scope}
      summary={
        declaration
          ? "Déclarer la signature papier d'une partie sans signataire sur Tripartite"
          : "Enregistrer votre signature hors plateforme (papier)"
      }
      intro={
        declaration &&
        "Pour une partie dont personne ne peut signer sur Tripartite (un collège qui n'y a pas encore de chef d'établissement) : la signature sera affichée comme déclarée par vous, avec l'empreinte de la copie numérisée."
      }
      action={offlineSignatureAction}
      hidden={{ conventionId }}
      submitLabel={declaration ? "Déclarer la signature papier" : "Enregistrer la signature papier"}
      className="mt-3 grid gap-3 sm:grid-cols-2"
    >
      <SelectField
        id={`${key}-party`}
        name="party"
        label="Partie signataire"
        options={parties}
        className={PLAIN_SELECT_CLASS}
      />
      <InputFields
        required
        fields={[
          ...(declaration
            ? [
                {
                  id: `${key}-name`,
                  name: "signerName",
                  label: "Nom du signataire (sur le papier)",
                },
              ]
            : []),
          { id: `${key}-qualite`, name: "qualite", label: "Qualité du signataire" },
          { id: `${key}-signed`, name: "signedOn", type: "date", label: "Date de la signature" },
          {
            id: `${key}-reference`,
            name: "authorisationReference",
            label: "Référence de l'autorisation (délibération, décision, délégation)",
          },
          {
            id: `${key}-auth-date`,
            name: "authorisationDate",
            type: "date",
            label: "Date de l'autorisation",
          },
          {
            id: `${key}-scan`,
            name: "scan",
            type: "file",
            accept: "application/pdf",
            label: `Copie numérisée signée (PDF, ${MAX_UPLOAD_LABEL} au plus)`,
          },
        ]}
      />
      <PasswordConfirmField id={`${key}-password`} label="Votre mot de passe (confirmation)" />
    </DetailsActionForm>
  );
}
