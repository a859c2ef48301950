import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { PASSWORD_RULE } from "@/lib/auth/password-policy";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export const metadata: Metadata = { title: "Mon compte" };

export default async function ComptePage() {
  const user = await getSessionUser();
  if (!user) redirect("/connexion?callbackUrl=%2Fcompte");
  return (
    <main id="contenu" className="mx-auto w-full max-w-lg flex-1 px-4 py-10">
      <h1>Mon compte</h1>
      <h2 className="mt-8">Changer de mot de passe</h2>
      <p className="mt-2 text-slate-700">
        Saisissez votre mot de passe actuel puis le nouveau. Après le changement, toutes vos
        sessions ouvertes (sur cet appareil comme sur les autres) sont fermées : vous vous
        reconnectez avec le nouveau mot de passe.
      </p>
      <ChangePasswordForm passwordRule={PASSWORD_RULE} />
    </main>
  );
}
