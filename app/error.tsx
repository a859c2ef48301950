"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="contenu" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1>Une erreur est survenue</h1>
      <p className="mt-4 text-slate-700">
        L&apos;opération n&apos;a pas pu aboutir et rien n&apos;a été modifié. Réessayez ; si
        l&apos;erreur persiste, signalez-la à l&apos;administrateur de la plateforme.
      </p>
      <Button type="button" onClick={reset} className="mt-6">
        Réessayer
      </Button>
    </main>
  );
}
