import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { hashInvitationToken } from "@/lib/members/invite-member";
import { acceptInvitationSchema } from "@/lib/members/schemas";
import { academieLabel } from "@/lib/referentials/labels";
import { getSessionUser } from "@/lib/auth/session";

/**
 * Who holds the browser, against the invitation's account: « none » (not signed in), « invitee »
 * (signed in as the account of the invitation's address), « other » (signed in as someone else).
 */
type SessionMatch = "none" | "invitee" | "other";

async function sessionMatch(accountId: string | null): Promise<SessionMatch> {
  const session = await getSessionUser();
  if (!session) return "none";
  return accountId !== null && session.id === accountId ? "invitee" : "other";
}

const invitationSelect = {
  id: true,
  email: true,
  name: true,
  scopeType: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  collectiviteId: true,
  academieCode: true,
  etablissementId: true,
  sectorId: true,
  collectivite: { select: { name: true } },
  academie: { select: { name: true } },
  etablissement: { select: { name: true, uai: true, collectiviteId: true, academieCode: true } },
  invitedById: true,
  invitedBy: { select: { name: true } },
} as const;

/** Why an invitation link no longer works, in French; null when it does. */
function unusableReason(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): string | null {
  if (invitation.acceptedAt)
    return "Cette invitation a déjà été utilisée. Connectez-vous avec votre adresse e-mail.";
  if (invitation.revokedAt)
    return "Cette invitation a été annulée par la personne qui l'avait envoyée.";
  if (invitation.expiresAt <= now)
    return "Cette invitation a expiré. Demandez-en une nouvelle à la personne qui vous l'avait envoyée.";
  return null;
}

/** The invitation a link's token stands for; NOT_FOUND for a token no invitation has. */
async function invitationOf(token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: invitationSelect,
  });
  if (!invitation)
    throw new AppError(
      "NOT_FOUND",
      "Ce lien d'invitation n'existe pas. Vérifiez qu'il a été copié en entier.",
    );
  return invitation;
}

/**
 * What an invitation link offers, for its public page. The token is the authorisation: whoever
 * holds the link received it by e-mail. Unknown tokens and usable ones are told apart only by
 * the NOT_FOUND answer.
 */
export async function getInvitationByToken(token: string, now = new Date()) {
  const invitation = await invitationOf(token);
  const existingUser = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  const spaceName =
    invitation.collectivite?.name ??
    (invitation.academie ? academieLabel(invitation.academie.name) : null) ??
    (invitation.etablissement
      ? `${invitation.etablissement.name} (${invitation.etablissement.uai})`
      : "la plateforme");
  return {
    email: invitation.email,
    name: invitation.name,
    roleLabel: ROLE_LABELS[invitation.role],
    spaceName,
    invitedBy: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt,
    unusableReason: unusableReason(invitation, now),
    hasAccount: existingUser !== null,
    /** For an existing account: acceptance needs that account signed in (see acceptInvitation). */
    session: existingUser ? await sessionMatch(existingUser.id) : ("none" as SessionMatch),
  };
}

/**
 * Accepts an invitation: creates the account, or adds the membership to the existing account of
 * that e-mail — only when that account is the one signed in: the link alone never attaches a role
 * to an account (a manager inviting his own address would otherwise get the role without anyone
 * signing in). Works once: the invitation is claimed by a conditional update, so two clicks at
 * once create one membership and the second gets a clear CONFLICT.
 */
export async function acceptInvitation(token: string, input: unknown, now = new Date()) {
  const invitation = await invitationOf(token);
  const reason = unusableReason(invitation, now);
  if (reason) throw new AppError("CONFLICT", reason);
  const existing = await db.user.findUnique({
    where: { email: invitation.email },
    select: { id: true, name: true },
  });
  if (existing) {
    const match = await sessionMatch(existing.id);
    if (match === "none")
      throw new AppError(
        "UNAUTHENTICATED",
        `Un compte Tripartite existe déjà pour ${invitation.email} : connectez-vous avec ce compte pour accepter l'invitation.`,
      );
    if (match === "other")
      throw new AppError(
        "FORBIDDEN",
        `Cette invitation est adressée à ${invitation.email} : connectez-vous avec ce compte pour l'accepter.`,
      );
    // An invitation one sent to oneself (possible before self-invitations were refused) grants nothing.
    if (invitation.invitedById === existing.id)
      throw new AppError(
        "FORBIDDEN",
        "Vous ne pouvez pas accepter une invitation que vous vous êtes envoyée.",
      );
  }
  const data = existing ? null : acceptInvitationSchema.parse(input);
  const passwordHash = data ? await hashPassword(data.password) : null;

  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1)
      throw new AppError(
        "CONFLICT",
        "Cette invitation vient d'être utilisée. Connectez-vous avec votre adresse e-mail.",
      );
    const user = existing
      ? { id: existing.id, name: existing.name, email: invitation.email }
      : await tx.user.create({
          data: { email: invitation.email, name: data?.name ?? invitation.name, passwordHash },
          select: { id: true, name: true, email: true },
        });
    const membership = await tx.membership.create({
      data: {
        userId: user.id,
        scopeType: invitation.scopeType,
        role: invitation.role,
        collectiviteId: invitation.collectiviteId,
        academieCode: invitation.academieCode,
        etablissementId: invitation.etablissementId,
        sectorId: invitation.sectorId,
      },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      actor: { id: user.id, label: `${user.name} <${user.email}>` },
      scope: {
        scopeType: invitation.scopeType,
        collectiviteId:
          invitation.collectiviteId ?? invitation.etablissement?.collectiviteId ?? null,
        academieCode: invitation.academieCode ?? invitation.etablissement?.academieCode ?? null,
        etablissementId: invitation.etablissementId,
      },
      action: "invitation.accept",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: user.email, role: invitation.role },
      occurredAt: now,
    });
    return { userId: user.id, email: user.email, existingAccount: existing !== null };
  });
}
