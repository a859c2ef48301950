import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { isProConnectEnabled } from "@/lib/auth/proconnect";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/schemas";
import { SignInForm } from "@/components/forms/sign-in-form";

export const metadata: Metadata = { title: "Connexion" };

export default async function ConnexionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? signInErrorMessage(params.error) : null;
  return (
    <main id="contenu" className="mx-auto w-full max-w-md flex-1 px-4 py-12">
      <h1>Connexion</h1>
      <p className="mt-2 text-slate-700">
        Accédez à l&apos;espace de votre collectivité, de votre académie ou de votre établissement.
      </p>
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error}
        proConnect={isProConnectEnabled()}
      />
    </main>
  );
}
