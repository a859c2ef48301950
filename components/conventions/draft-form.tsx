"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { ConventionKind } from "@/lib/conventions/labels";
import type { ConventionContent } from "@/lib/conventions/content";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { draftFormAction } from "@/app/actions/conventions";
import { type ScopeProps } from "@/components/forms/action-form";
import { InputField } from "@/components/ui/field";
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { useEnterKeepsForm } from "@/components/forms/use-enter-keeps-form";
import { Button } from "@/components/ui/button";
import { ContentEditor } from "@/components/conventions/content-editor";
import { useUnsavedChangesWarning } from "@/components/conventions/use-unsaved-changes";

interface Props extends ScopeProps {
  conventionId: string;
  kind: ConventionKind;
  title: string;
  startsOn: string;
  endsOn: string;
  content: ConventionContent;
}

type Intent = "save" | "submit";

const LEAVE_MESSAGE =
  "Des modifications du brouillon ne sont pas enregistrées. Quitter la page sans les enregistrer ?";
const EDITED_FIELDS = ["title", "startsOn", "endsOn", "content"];

/** What the person would lose: the draft's fields as the form would send them. */
function snapshotOf(form: HTMLFormElement | null): string {
  if (!form) return "";
  const data = new FormData(form);
  return JSON.stringify(EDITED_FIELDS.map((name) => data.get(name)));
}

/**
 * Editing a draft: title, dates and the whole content; a frozen version is never edited. Freezing
 * is a button of this same form: it sends what is on screen, which the server saves and freezes
 * in one transaction, so an edit never stays out of the signed document. Leaving the page with
 * unsaved edits asks first.
 */
export function DraftForm({
  conventionId,
  kind,
  title,
  startsOn,
  endsOn,
  content,
  ...scope
}: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(draftFormAction, IDLE_STATE);
  const intentRef = useRef<HTMLInputElement>(null);
  const saved = useRef<string | null>(null);
  const sent = useRef<{ intent: Intent; snapshot: string } | null>(null);
  const [intent, setIntent] = useState<Intent>("save");
  const [dirty, setDirty] = useState(false);

  // The editor's hidden JSON changes after React renders: compare once the DOM is up to date.
  const check = useCallback(() => {
    requestAnimationFrame(() => {
      if (saved.current === null) saved.current = snapshotOf(formRef.current);
      setDirty(snapshotOf(formRef.current) !== saved.current);
    });
  }, [formRef]);
  useEffect(() => {
    saved.current = snapshotOf(formRef.current);
  }, [formRef]);
  useEffect(() => {
    if (state.status === "ok" && sent.current) {
      saved.current = sent.current.snapshot;
      check();
    }
  }, [state, check]);
  // Clicks on the editor's buttons (add, move, remove a row) change the document too.
  useEffect(() => {
    const form = formRef.current;
    form?.addEventListener("click", check);
    return () => form?.removeEventListener("click", check);
  }, [formRef, check]);
  useEnterKeepsForm(formRef);
  useUnsavedChangesWarning(dirty, LEAVE_MESSAGE);

  // The button pressed says what to do; it is copied into the hidden field right before the form
  // data is read (the form data of this hook does not carry the submitter).
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const chosen: Intent = submitter?.getAttribute("data-intent") === "submit" ? "submit" : "save";
    if (intentRef.current) intentRef.current.value = chosen;
    setIntent(chosen);
    sent.current = { intent: chosen, snapshot: snapshotOf(event.currentTarget) };
    onSubmit(event);
  };

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onInput={check}
      onChange={check}
      className="space-y-4"
      noValidate
    >
      <ScopeFields {...scope} />
      <input type="hidden" name="conventionId" value={conventionId} />
      <input ref={intentRef} type="hidden" name="intent" />
      <div className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={pending} data-intent="submit">
            {pending && intent === "submit"
              ? "Génération du PDF…"
              : "Figer et soumettre à la signature"}
          </Button>
          {intent === "submit" && <ActionMessage state={state} />}
        </div>
        <p className="text-sm text-slate-700">
          Ce qui est affiché ci-dessous est enregistré puis figé : le PDF soumis à la signature
          reprend ce formulaire tel qu&apos;il est. Toute variable utilisée par les articles doit
          être renseignée ou marquée « sans objet ».
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <InputField
            id="draft-title"
            name="title"
            label="Titre de la convention"
            defaultValue={title}
            required
          />
        </div>
        <InputField
          id="draft-starts"
          name="startsOn"
          type="date"
          label="Entrée en vigueur"
          defaultValue={startsOn}
        />
        <InputField id="draft-ends" name="endsOn" type="date" label="Fin" defaultValue={endsOn} />
      </div>
      <ContentEditor initial={content} kind={kind} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending} data-intent="save">
          {pending && intent === "save" ? "Enregistrement…" : "Enregistrer le brouillon"}
        </Button>
        {intent === "save" && <ActionMessage state={state} />}
        {dirty && (
          <p className="text-sm font-medium text-amber-900">Modifications non enregistrées.</p>
        )}
      </div>
      {state.status === "error" && Object.values(state.fieldErrors).length > 0 && (
        <ul className="list-disc pl-6 text-sm text-red-800">
          {Object.values(state.fieldErrors).map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
