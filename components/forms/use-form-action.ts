"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/run-action";

/**
 * Runs a server action from a form without React's automatic reset, so a refused submission keeps
 * what the person typed; the form is cleared only after a success when `resetOnSuccess` is set.
 */
export function useFormAction<S extends ActionState>(
  action: (state: S, formData: FormData) => Promise<S>,
  initial: S,
  options: { resetOnSuccess?: boolean } = {},
) {
  // Action states are plain objects, so Awaited<S> is S; TypeScript cannot see it for a generic S.
  const [state, dispatch, pending] = useActionState<S, FormData>(
    action as (state: Awaited<S>, formData: FormData) => Promise<S>,
    initial as Awaited<S>,
  );
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "ok" && options.resetOnSuccess) formRef.current?.reset();
  }, [state, options.resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, formRef, onSubmit };
}
