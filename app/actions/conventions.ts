"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/http/client-ip";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
import {
  formPath,
  formSection,
  revalidateForm,
  runAndRevalidate,
  runAndRedirect,
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
import { plural } from "@/lib/format";

/** The base URL of the conventions of the space the form acts in (« /c/35/conventions »). */
function conventionsPath(formData: FormData): string {
  return formSection(formData, /^\/[cae]\/[^/]+\/conventions/);
}

/**
 * After a change that reshapes the convention's page (its forms come and go with its state), the
 * page is reloaded with a `fait` key that it announces; the action's own message would vanish
 * with the form that showed it.
 */
async function runAndShow(
  formData: FormData,
  done: string,
  work: Parameters<typeof runScopedAction>[1],
): Promise<ActionState> {
  const state = await runScopedAction(formData, work);
  if (state.status !== "ok") return state;
  redirect(`${formPath(formData) ?? "/"}?fait=${done}`);
}

async function signatureMeta(): Promise<SignatureMeta> {
  const h = await headers();
  return { ip: clientIpFrom(h.get("x-forwarded-for")), userAgent: h.get("user-agent") };
}

export async function createConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRedirect(
    formData,
    createConvention,
    (created) => `${conventionsPath(formData)}/${created.id}`,
    (created) => `Convention ${created.reference} créée en brouillon.`,
  );
}

export async function generateConventionsAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    generateConventions,
    (result) =>
      `${plural(result.created, "convention créée", "conventions créées")} en brouillon sous ${result.parentReference} ; ${plural(result.alreadyCovered, "collège avait", "collèges avaient")} déjà une convention en cours.`,
    "layout",
  );
}

export async function updateDraftAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    updateConventionDraft,
    (result) => `Brouillon de ${result.reference} enregistré.`,
    "layout",
  );
}

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

export async function submitForSignatureAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "soumise", async (ctx) => {
    const result = await submitForSignature(ctx, formObject(formData));
    revalidateForm(formData, "layout");
    return `${result.reference} est figée et soumise à la signature (empreinte ${result.sha256.slice(0, 12)}…).`;
  });
}

export async function signConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "signee", async (ctx) => {
    const result = await signConvention(ctx, formObject(formData), await signatureMeta());
    revalidateForm(formData, "layout");
    return result.complete
      ? `${result.reference} est signée par toutes les parties : elle est en vigueur.`
      : `Votre signature de ${result.reference} est enregistrée.`;
  });
}

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

export async function refuseConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "refusee", async (ctx) => {
    const result = await refuseConvention(ctx, formObject(formData));
    revalidateForm(formData, "layout");
    return `Refus enregistré : ${result.reference} revient en brouillon (version ${result.version}).`;
  });
}

export async function offlineSignatureAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let done = "signee-papier";
  const state = await runScopedAction(formData, async (ctx) => {
    const file = formData.get("scan");
    const scan =
      file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
    const result = await recordOfflineSignature(
      ctx,
      formObject(formData),
      scan,
      await signatureMeta(),
    );
    revalidateForm(formData, "layout");
    if (result.mode === "declaration") done = "declaree-papier";
    const what =
      result.mode === "declaration"
        ? "Signature papier déclarée"
        : "Signature hors plateforme enregistrée";
    return result.complete
      ? `${what} : ${result.reference} est en vigueur.`
      : `${what} pour ${result.reference}.`;
  });
  if (state.status !== "ok") return state;
  redirect(`${formPath(formData) ?? "/"}?fait=${done}`);
}

export async function withdrawConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "reprise", async (ctx) => {
    const result = await withdrawConvention(ctx, formObject(formData));
    revalidateForm(formData, "layout");
    return `${result.reference} est reprise en brouillon (version ${result.version}) ; les signatures en attente sont annulées.`;
  });
}

export async function remindSignersAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRevalidate(
    formData,
    remindSigners,
    (result) =>
      `Relance envoyée (${result.parties.join(", ")}) : ${plural(result.mails, "courriel")}.`,
    "layout",
  );
}

export async function createAvenantAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRedirect(
    formData,
    createAvenant,
    (created) => `${conventionsPath(formData)}/${created.id}`,
    (created) => `Avenant ${created.reference} créé en brouillon.`,
  );
}

export async function renewConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndRedirect(
    formData,
    renewConvention,
    (created) => `${conventionsPath(formData)}/${created.id}`,
    (created) => `Renouvellement ${created.reference} créé en brouillon.`,
  );
}

export async function terminateConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "resiliee", async (ctx) => {
    const result = await terminateConvention(ctx, formObject(formData));
    revalidateForm(formData, "layout");
    return `${result.reference} est résiliée.`;
  });
}
