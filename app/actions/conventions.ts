"use server";

import { requestMeta } from "@/app/actions/request-meta";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  formAction,
  formPath,
  stepAction,
  formSection,
  redirectingAction,
  revalidateForm,
  revalidatingAction,
} from "@/app/actions/form-actions";
import { createConvention } from "@/lib/conventions/create-convention";
import { generateConventions } from "@/lib/conventions/generate-conventions";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import {
  signConvention,
  signConventionsBatch,
  type SignatureMeta,
} from "@/lib/conventions/sign-convention";
import { refuseConvention } from "@/lib/conventions/refuse-convention";
import { recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { withdrawConvention } from "@/lib/conventions/withdraw-convention";
import { createAvenant } from "@/lib/conventions/amend-convention";
import { terminateConvention } from "@/lib/conventions/terminate-convention";
import { renewConvention } from "@/lib/conventions/renew-convention";
import { remindSigners } from "@/lib/conventions/remind-signers";
import {
  decideConventionProposal,
  proposeConventionChange,
  withdrawConventionProposal,
} from "@/lib/conventions/proposals";
import { plural } from "@/lib/format";

/** The page of the convention created (« /c/35/conventions/<id> »), in the form's space. */
function createdPath(created: { id: string }, formData: FormData): string {
  return `${formSection(formData, /^\/[cae]\/[^/]+\/conventions/)}/${created.id}`;
}

const signatureMeta = (): Promise<SignatureMeta> => requestMeta();

/** A scan of the paper signature, when the form carries one. */
async function scanOf(formData: FormData): Promise<Uint8Array | null> {
  const file = formData.get("scan");
  return file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
}

export const createConventionAction = redirectingAction(
  createConvention,
  createdPath,
  (created) => `Convention ${created.reference} créée en brouillon.`,
);

export const generateConventionsAction = revalidatingAction(
  generateConventions,
  (result) =>
    `${plural(result.created, "convention créée", "conventions créées")} en brouillon sous ${result.parentReference} ; ${plural(result.alreadyCovered, "collège avait", "collèges avaient")} déjà une convention en cours.`,
  { layout: true },
);

export const updateDraftAction = revalidatingAction(
  updateConventionDraft,
  (result) => `Brouillon de ${result.reference} enregistré.`,
  { layout: true },
);

/**
 * The draft form's two buttons: « Enregistrer le brouillon » saves; « Figer et soumettre » sends
 * the same fields, which submitForSignature saves and freezes in one transaction.
 */
export async function draftFormAction(
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return formData.get("intent") === "submit"
    ? submitForSignatureAction(state, formData)
    : updateDraftAction(state, formData);
}

export const submitForSignatureAction = stepAction(
  submitForSignature,
  "soumise",
  (result) =>
    `${result.reference} est figée et soumise à la signature (empreinte ${result.sha256.slice(0, 12)}…).`,
);

export const signConventionAction = stepAction(
  async (ctx, input) => signConvention(ctx, input, await signatureMeta()),
  "signee",
  (result) =>
    result.complete
      ? `${result.reference} est signée par toutes les parties : elle est en vigueur.`
      : `Votre signature de ${result.reference} est enregistrée.`,
);

export type BatchSignState = ActionState & {
  results: { conventionId: string; ok: boolean; message: string }[];
};

export async function signBatchAction(
  _state: BatchSignState,
  formData: FormData,
): Promise<BatchSignState> {
  let results: BatchSignState["results"] = [];
  const state = await runScopedAction(formData, async (ctx) => {
    results = await signConventionsBatch(
      ctx,
      { ...formObject(formData), items: formData.getAll("items").map(String) },
      await signatureMeta(),
    );
    revalidateForm(formData, "layout");
    const signed = results.filter((r) => r.ok).length;
    return `${plural(signed, "convention signée", "conventions signées")} sur ${results.length}.`;
  });
  return { ...state, results };
}

export const refuseConventionAction = stepAction(
  refuseConvention,
  "refusee",
  (result) =>
    `Refus enregistré : ${result.reference} revient en brouillon (version ${result.version}).`,
);

export const offlineSignatureAction = formAction(async (ctx, formData) => {
  const scan = await scanOf(formData);
  const input = formObject(formData);
  const result = await recordOfflineSignature(ctx, input, scan, await signatureMeta());
  revalidateForm(formData, "layout");
  const declared = result.mode === "declaration";
  const what = declared ? "Signature papier déclarée" : "Signature hors plateforme enregistrée";
  return {
    message: result.complete
      ? `${what} : ${result.reference} est en vigueur.`
      : `${what} pour ${result.reference}.`,
    to: `${formPath(formData) ?? "/"}?fait=${declared ? "declaree-papier" : "signee-papier"}`,
  };
});

export const withdrawConventionAction = stepAction(
  withdrawConvention,
  "reprise",
  (result) =>
    `${result.reference} est reprise en brouillon (version ${result.version}) ; les signatures en attente sont annulées.`,
);

export const remindSignersAction = revalidatingAction(
  remindSigners,
  (result) =>
    `Relance envoyée (${result.parties.join(", ")}) : ${plural(result.mails, "courriel")}.`,
  { layout: true },
);

export const createAvenantAction = redirectingAction(
  createAvenant,
  createdPath,
  (created) => `Avenant ${created.reference} créé en brouillon.`,
);

export const renewConventionAction = redirectingAction(
  renewConvention,
  createdPath,
  (created) => `Renouvellement ${created.reference} créé en brouillon.`,
);

export const terminateConventionAction = stepAction(
  terminateConvention,
  "resiliee",
  (result) => `${result.reference} est résiliée.`,
);

export const proposeConventionChangeAction = stepAction(
  proposeConventionChange,
  "proposee",
  () => "Votre proposition est transmise à la collectivité.",
);

export const acceptProposalAction = stepAction(
  (ctx, input) => decideConventionProposal(ctx, { ...input, decision: "accepter" }),
  "proposition-acceptee",
  (r) => `Proposition acceptée : ${r.label}.`,
);

export const rejectProposalAction = stepAction(
  (ctx, input) => decideConventionProposal(ctx, { ...input, decision: "rejeter" }),
  "proposition-rejetee",
  (r) => `Proposition rejetée : ${r.label}.`,
);

export const withdrawProposalAction = stepAction(
  withdrawConventionProposal,
  "proposition-retiree",
  (r) => `Proposition retirée : ${r.label}.`,
);
