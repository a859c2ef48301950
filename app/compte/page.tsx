import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { PASSWORD_RULE } from "@/lib/auth/password-policy";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageColumn } from "@/app/_pages/page-column";

export const metadata: Metadata = { title: "Mon compte" };

export default async function ComptePage() {
  const user = await getSessionUser();
  if (!user) redirect("/connexion?callbackUrl=%2Fcompte");
  return (
    <PageColumn title="Mon compte" width="max-w-lg">
      <h2 className="mt-8">Changer de mot de passe</h2>
      <p className="mt-2 text-slate-700">
        Saisissez votre mot de passe actuel puis le nouveau. Après le changement, toutes vos
        sessions ouvertes (sur cet appareil comme sur les autres) sont fermées : vous vous
        reconnectez avec le nouveau mot de passe.
      </p>
      <ChangePasswordForm passwordRule={PASSWORD_RULE} />
    </PageColumn>
  );
}
