import type { Metadata } from "next";
import Link from "next/link";
import { getInvitationByToken } from "@/lib/members/accept-invitation";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { SignOutButton } from "@/components/layout/sign-out-button";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let invitation: Awaited<ReturnType<typeof getInvitationByToken>> | null = null;
  let problem: string | null = null;
  try {
    invitation = await getInvitationByToken(token);
    problem = invitation.unusableReason;
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  return (
    <main id="contenu" className="mx-auto w-full max-w-lg flex-1 px-4 py-12">
      <h1>Invitation</h1>
      {invitation && (
        <p className="mt-4">
          {invitation.invitedBy} vous invite à rejoindre <strong>{invitation.spaceName}</strong> en
          tant que <strong>{invitation.roleLabel.toLowerCase()}</strong>, avec l&apos;adresse{" "}
          {invitation.email}.
          {!problem && <> Invitation valable jusqu&apos;au {formatDate(invitation.expiresAt)}.</>}
        </p>
      )}
      {problem ? (
        <p className="mt-6 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {problem}
        </p>
      ) : invitation && invitation.hasAccount && invitation.session === "none" ? (
        // An existing account gets the role only once it is signed in: the link alone is not enough.
        <p className="mt-6">
          Un compte Tripartite existe déjà pour {invitation.email}.{" "}
          <Link href={`/connexion?callbackUrl=${encodeURIComponent(`/invitation/${token}`)}`}>
            Connectez-vous avec ce compte
          </Link>{" "}
          pour accepter l&apos;invitation.
        </p>
      ) : invitation && invitation.hasAccount && invitation.session === "other" ? (
        <div className="mt-6 space-y-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          <p>
            Vous êtes connecté avec un autre compte. Cette invitation est adressée à{" "}
            {invitation.email} : déconnectez-vous, puis connectez-vous avec ce compte pour
            l&apos;accepter.
          </p>
          <SignOutButton />
        </div>
      ) : (
        invitation && (
          <AcceptInvitationForm
            token={token}
            name={invitation.name}
            hasAccount={invitation.hasAccount}
          />
        )
      )}
    </main>
  );
}
