"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/http/client-ip";
import { formObject, runScopedAction, type ActionState } from "@/lib/actions/run-action";
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

function refresh(formData: FormData) {
  const path = formData.get("path");
  if (typeof path === "string" && path.startsWith("/")) revalidatePath(path, "layout");
}

/** The base URL of the conventions of the space the form acts in (« /c/35/conventions »). */
function conventionsPath(formData: FormData): string {
  const path = String(formData.get("path") ?? "");
  const match = /^\/[cae]\/[^/]+\/conventions/.exec(path);
  return match ? match[0] : "/";
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
  const path = String(formData.get("path") ?? "");
  redirect(`${path.startsWith("/") ? path : "/"}?fait=${done}`);
}

async function signatureMeta(): Promise<SignatureMeta> {
  const h = await headers();
  return { ip: clientIpFrom(h.get("x-forwarded-for")), userAgent: h.get("user-agent") };
}

export async function createConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const created = await createConvention(ctx, formObject(formData));
    target = `${conventionsPath(formData)}/${created.id}`;
    return `Convention ${created.reference} créée en brouillon.`;
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function generateConventionsAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const result = await generateConventions(ctx, formObject(formData));
    refresh(formData);
    return `${plural(result.created, "convention créée", "conventions créées")} en brouillon sous ${result.parentReference} ; ${plural(result.alreadyCovered, "collège avait", "collèges avaient")} déjà une convention en cours.`;
  });
}

export async function updateDraftAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const result = await updateConventionDraft(ctx, formObject(formData));
    refresh(formData);
    return `Brouillon de ${result.reference} enregistré.`;
  });
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
    refresh(formData);
    return `${result.reference} est figée et soumise à la signature (empreinte ${result.sha256.slice(0, 12)}…).`;
  });
}

export async function signConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "signee", async (ctx) => {
    const result = await signConvention(ctx, formObject(formData), await signatureMeta());
    refresh(formData);
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
    refresh(formData);
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
    refresh(formData);
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
    refresh(formData);
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
  const path = String(formData.get("path") ?? "");
  redirect(`${path.startsWith("/") ? path : "/"}?fait=${done}`);
}

export async function withdrawConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "reprise", async (ctx) => {
    const result = await withdrawConvention(ctx, formObject(formData));
    refresh(formData);
    return `${result.reference} est reprise en brouillon (version ${result.version}) ; les signatures en attente sont annulées.`;
  });
}

export async function remindSignersAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runScopedAction(formData, async (ctx) => {
    const result = await remindSigners(ctx, formObject(formData));
    refresh(formData);
    return `Relance envoyée (${result.parties.join(", ")}) : ${plural(result.mails, "courriel")}.`;
  });
}

export async function createAvenantAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const created = await createAvenant(ctx, formObject(formData));
    target = `${conventionsPath(formData)}/${created.id}`;
    return `Avenant ${created.reference} créé en brouillon.`;
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function renewConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  let target = "";
  const state = await runScopedAction(formData, async (ctx) => {
    const created = await renewConvention(ctx, formObject(formData));
    target = `${conventionsPath(formData)}/${created.id}`;
    return `Renouvellement ${created.reference} créé en brouillon.`;
  });
  if (state.status === "ok") redirect(target);
  return state;
}

export async function terminateConventionAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  return runAndShow(formData, "resiliee", async (ctx) => {
    const result = await terminateConvention(ctx, formObject(formData));
    refresh(formData);
    return `${result.reference} est résiliée.`;
  });
}
