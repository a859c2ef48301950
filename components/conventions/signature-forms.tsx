"use client";

import { offlineSignatureAction, refuseConventionAction, signConventionAction } from "@/app/actions/conventions";
import { ActionForm, Field, TextArea, type ScopeProps } from "@/components/forms/action-form";

interface SignProps extends ScopeProps {
  conventionId: string;
  sha256: string;
  documentHref: string;
  partyLabel: string;
  authorisationLabel: string;
  referenceLabel: string;
  defaults: { qualite: string; delegationReference: string };
}

/** Signing: the document and its SHA-256 first, then the authorisation and the password again. */
export function SignForm({ conventionId, sha256, documentHref, partyLabel, authorisationLabel, referenceLabel, defaults, ...scope }: SignProps) {
  return (
    <div className="space-y-4 rounded-lg border-2 border-blue-800 bg-white p-4">
      <h3>Signer pour : {partyLabel}</h3>
      <p>
        Lisez le document figé avant de signer : <a href={documentHref}>télécharger le PDF soumis à signature</a>. Votre signature porte sur ce
        document exactement, identifié par son empreinte SHA-256 :
      </p>
      <p className="break-all rounded bg-slate-100 p-2 font-mono text-sm">{sha256}</p>
      <ActionForm {...scope} action={signConventionAction} hidden={{ conventionId, documentSha256: sha256 }} submitLabel="Signer la convention" pendingLabel="Signature…" className="grid gap-3 sm:grid-cols-2">
        <Field id="sign-qualite" name="qualite" label="Qualité du signataire" defaultValue={defaults.qualite} required />
        <Field id="sign-reference" name="authorisationReference" label={referenceLabel} help={authorisationLabel} defaultValue={defaults.delegationReference} required />
        <Field id="sign-date" name="authorisationDate" type="date" label="Date de cette autorisation" required />
        <Field id="sign-password" name="password" type="password" autoComplete="current-password" label="Votre mot de passe (confirmation de signature)" required />
      </ActionForm>
    </div>
  );
}

export function RefuseForm({ conventionId, sha256, ...scope }: ScopeProps & { conventionId: string; sha256: string }) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Refuser de signer</summary>
      <ActionForm {...scope} action={refuseConventionAction} hidden={{ conventionId, documentSha256: sha256 }} submitLabel="Refuser la signature" tone="danger" className="mt-3 space-y-3">
        <TextArea id="refuse-reason" name="reason" label="Motif du refus (transmis à la collectivité)" required />
      </ActionForm>
    </details>
  );
}

interface OfflineProps extends ScopeProps {
  conventionId: string;
  parties: { value: string; label: string }[];
}

/** « Signée hors plateforme »: who signed on paper, under which authorisation, and the scanned copy. */
export function OfflineSignatureForm({ conventionId, parties, ...scope }: OfflineProps) {
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-semibold">Enregistrer une signature hors plateforme (papier)</summary>
      <ActionForm {...scope} action={offlineSignatureAction} hidden={{ conventionId }} submitLabel="Enregistrer la signature papier" className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="offline-party" className="block text-sm font-medium">Partie signataire</label>
          <select id="offline-party" name="party" className="mt-1 w-full rounded border border-slate-500 px-2 py-2">
            {parties.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        </div>
        <Field id="offline-name" name="signerName" label="Nom du signataire" required />
        <Field id="offline-qualite" name="qualite" label="Qualité du signataire" required />
        <Field id="offline-signed" name="signedOn" type="date" label="Date de la signature" required />
        <Field id="offline-reference" name="authorisationReference" label="Référence de l'autorisation (délibération, décision, délégation)" required />
        <Field id="offline-auth-date" name="authorisationDate" type="date" label="Date de l'autorisation" required />
        <Field id="offline-scan" name="scan" type="file" accept="application/pdf" label="Copie numérisée signée (PDF, 20 Mo au plus)" required />
      </ActionForm>
    </details>
  );
}
