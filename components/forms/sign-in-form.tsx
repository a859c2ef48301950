"use client";

import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { signInSchema, signInErrorMessage } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";

interface Props {
  callbackUrl: string;
  initialError: string | null;
  proConnect: boolean;
}

type FieldErrors = Partial<Record<"email" | "password", string>>;

export function SignInForm({ callbackUrl, initialError, proConnect }: Props) {
  const [error, setError] = useState<string | null>(initialError);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({
      email: form.get("email"),
      password: form.get("password"),
    });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === "email" || field === "password") && !errors[field])
          errors[field] = issue.message;
      }
      setFieldErrors(errors);
      setError("Le formulaire contient des erreurs : corrigez les champs signalés.");
      return;
    }
    setFieldErrors({});
    setError(null);
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (!result || result.error) {
        setError(signInErrorMessage(result?.error ?? "Default"));
        return;
      }
      window.location.assign(callbackUrl);
    } catch {
      setError(signInErrorMessage("Default"));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div
        aria-live="assertive"
        role="alert"
        className={error ? "mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" : ""}
      >
        {error}
      </div>
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-4">
        <InputField
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          label="Adresse e-mail"
          error={fieldErrors.email}
        />
        <InputField
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label="Mot de passe"
          error={fieldErrors.password}
        />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? "Connexion en cours…" : "Se connecter"}
        </Button>
      </form>
      {proConnect && (
        <div className="mt-6 border-t border-slate-200 pt-4">
          <button
            type="button"
            onClick={() => void signIn("proconnect", { callbackUrl })}
            className="w-full rounded border border-blue-800 px-4 py-2 font-semibold text-blue-900 hover:bg-blue-50"
          >
            S&apos;identifier avec ProConnect
          </button>
        </div>
      )}
    </div>
  );
}
