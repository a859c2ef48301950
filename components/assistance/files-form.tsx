"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/actions/run-action";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { FieldErrorList } from "@/components/forms/action-message";
import { ScopeFields, type ScopeProps } from "@/components/forms/scope-fields";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFileSizeCheck } from "@/components/forms/file-size-check";
import { InputField } from "@/components/ui/field";

/** What the page tells the form of the files it takes (lib/assistance/attachments.ts is server-only). */
export interface FilesRule {
  accept: string;
  max: number;
}

/**
 * A form with its fields (built from the action's state) and a `files` input of several photos or
 * PDFs, checked for size before sending; cleared once the action succeeded when `resetOnSuccess`.
 */
export function FilesForm({
  action,
  hidden,
  files,
  filesId,
  submitLabel,
  pendingLabel,
  resetOnSuccess = false,
  className = "space-y-3",
  children,
  ...scope
}: ScopeProps & {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  files: FilesRule;
  filesId: string;
  submitLabel: string;
  pendingLabel: string;
  resetOnSuccess?: boolean;
  className?: string;
  children: (errors: Readonly<Record<string, string | undefined>>) => ReactNode;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(action, IDLE_STATE, {
    resetOnSuccess,
  });
  const { tooLarge, submit } = useFileSizeCheck(onSubmit, "files");
  const errors: Record<string, string | undefined> = tooLarge
    ? { ...state.fieldErrors, files: tooLarge }
    : state.fieldErrors;
  return (
    <form ref={formRef} onSubmit={submit} className={className} noValidate>
      <ScopeFields {...scope} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children(errors)}
      <InputField
        id={filesId}
        name="files"
        type="file"
        multiple
        accept={files.accept}
        className="mt-1 block"
        label={`Photos ou documents (facultatif, ${files.max} fichiers au plus)`}
        hint="Photos (JPEG, PNG, WebP, HEIC) ou PDF, 5 Mo au plus chacun."
        error={errors.files}
      />
      <SubmitRow state={state} pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
      <FieldErrorList state={state} />
    </form>
  );
}
