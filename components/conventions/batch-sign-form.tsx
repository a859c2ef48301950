"use client";

import { useEffect } from "react";
import { signBatchAction, type BatchSignState } from "@/app/actions/conventions";
import { FieldErrorList } from "@/components/forms/action-message";
import { SubmitRow } from "@/components/forms/submit-row";
import { useFormAction } from "@/components/forms/use-form-action";
import { ScopeFields } from "@/components/forms/scope-fields";
import { type ScopeProps } from "@/components/forms/action-form";
import { SignerFields } from "@/components/conventions/signer-fields";

interface Item {
  id: string;
  reference: string;
  label: string;
  sha256: string;
  documentHref: string;
}

interface Props extends ScopeProps {
  items: Item[];
  referenceLabel: string;
  defaults: { qualite: string; authorisationReference: string };
}

const INITIAL: BatchSignState = { status: "idle", message: "", fieldErrors: {}, results: [] };

/**
 * A rectorat's batch: tick the conventions read, confirm once with the password; each one is
 * signed against its own document hash and recorded on its own.
 */
export function BatchSignForm({ items, referenceLabel, defaults, ...scope }: Props) {
  const { state, pending, formRef, onSubmit } = useFormAction(signBatchAction, INITIAL);
  // The password confirms one batch: it does not stay in the page once that batch is answered.
  useEffect(() => {
    if (state.status === "idle") return;
    const password = formRef.current?.elements.namedItem("password");
    if (password instanceof HTMLInputElement) password.value = "";
  }, [state, formRef]);
  return (
    <form
      id="signer-par-lot"
      ref={formRef}
      onSubmit={onSubmit}
      className="space-y-4 rounded-lg border-2 border-blue-800 bg-white p-4"
      noValidate
    >
      <ScopeFields {...scope} />
      <h2>Signer par lot</h2>
      {items.length === 0 && <p>Aucune convention n&apos;attend votre signature.</p>}
      <fieldset hidden={items.length === 0}>
        <legend className="font-medium">
          Conventions à signer (chaque document et son empreinte sont consultables)
        </legend>
        <ul className="mt-2 space-y-2">
          {items.map((item) => {
            return (
              <li key={item.id} className="flex flex-wrap items-start gap-2">
                <input
                  id={`batch-${item.id}`}
                  type="checkbox"
                  name="items"
                  value={`${item.id}:${item.sha256}`}
                  defaultChecked
                  className="mt-1 h-4 w-4"
                />
                <label htmlFor={`batch-${item.id}`} className="min-w-0 break-words">
                  <span className="font-mono">{item.reference}</span> — {item.label}
                  <span className="block break-all font-mono text-xs text-slate-700">
                    SHA-256 {item.sha256}
                  </span>
                </label>
                <a href={item.documentHref} className="text-sm">
                  Lire le PDF<span className="sr-only"> de {item.reference}</span>
                </a>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SignerFields prefix="batch" referenceLabel={referenceLabel} defaults={defaults} />
      </div>
      <SubmitRow
        state={state}
        pending={pending}
        label="Signer les conventions cochées"
        pendingLabel="Signature…"
      />
      {state.results.length > 0 && (
        <ul className="list-disc pl-6 text-sm">
          {state.results.map((r) => (
            <li key={r.conventionId} className={r.ok ? "text-green-900" : "text-red-900"}>
              {r.message}
            </li>
          ))}
        </ul>
      )}
      <FieldErrorList state={state} />
    </form>
  );
}
