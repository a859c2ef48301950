import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { hashInvitationToken } from "@/lib/members/invite-member";
import { acceptInvitationSchema } from "@/lib/members/schemas";
import { academieLabel } from "@/lib/referentials/labels";

const invitationSelect = {
  id: true, email: true, name: true, scopeType: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true,
  collectiviteId: true, academieCode: true, etablissementId: true,
  collectivite: { select: { name: true } },
  academie: { select: { name: true } },
  etablissement: { select: { name: true, uai: true, collectiviteId: true, academieCode: true } },
  invitedBy: { select: { name: true } },
} as const;

/** Why an invitation link no longer works, in French; null when it does. */
function unusableReason(invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): string | null {
  if (invitation.acceptedAt) return "Cette invitation a déjà été utilisée. Connectez-vous avec votre adresse e-mail.";
  if (invitation.revokedAt) return "Cette invitation a été annulée par la personne qui l'avait envoyée.";
  if (invitation.expiresAt <= now) return "Cette invitation a expiré. Demandez-en une nouvelle à la personne qui vous l'avait envoyée.";
  return null;
}

/**
 * What an invitation link offers, for its public page. The token is the authorisation: whoever
 * holds the link received it by e-mail. Unknown tokens and usable ones are told apart only by
 * the NOT_FOUND answer.
 */
export async function getInvitationByToken(token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: invitationSelect });
  if (!invitation) throw new AppError("NOT_FOUND", "Ce lien d'invitation n'existe pas. Vérifiez qu'il a été copié en entier.");
  const existingUser = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true, passwordHash: true } });
  const spaceName =
    invitation.collectivite?.name ??
    (invitation.academie ? academieLabel(invitation.academie.name) : null) ??
    (invitation.etablissement ? `${invitation.etablissement.name} (${invitation.etablissement.uai})` : "la plateforme");
  return {
    email: invitation.email,
    name: invitation.name,
    roleLabel: ROLE_LABELS[invitation.role],
    spaceName,
    invitedBy: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt,
    unusableReason: unusableReason(invitation, now),
    hasAccount: Boolean(existingUser?.passwordHash),
  };
}

/**
 * Accepts an invitation: creates the account (or reuses the existing one of that e-mail) and the
 * membership. Works once: the invitation is claimed by a conditional update, so two clicks at
 * once create one membership and the second gets a clear CONFLICT.
 */
export async function acceptInvitation(token: string, input: unknown, now = new Date()) {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: invitationSelect });
  if (!invitation) throw new AppError("NOT_FOUND", "Ce lien d'invitation n'existe pas. Vérifiez qu'il a été copié en entier.");
  const reason = unusableReason(invitation, now);
  if (reason) throw new AppError("CONFLICT", reason);
  const existing = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true, passwordHash: true, name: true } });
  const needsPassword = !existing?.passwordHash;
  const data = needsPassword ? acceptInvitationSchema.parse(input) : null;
  const passwordHash = data ? await hashPassword(data.password) : null;

  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "Cette invitation vient d'être utilisée. Connectez-vous avec votre adresse e-mail.");
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: passwordHash ? { passwordHash, name: data?.name ?? existing.name, disabledAt: null } : { disabledAt: null },
          select: { id: true, name: true, email: true },
        })
      : await tx.user.create({ data: { email: invitation.email, name: data?.name ?? invitation.name, passwordHash }, select: { id: true, name: true, email: true } });
    const membership = await tx.membership.create({
      data: {
        userId: user.id, scopeType: invitation.scopeType, role: invitation.role, collectiviteId: invitation.collectiviteId,
        academieCode: invitation.academieCode, etablissementId: invitation.etablissementId,
      },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      actor: { id: user.id, label: `${user.name} <${user.email}>` },
      scope: {
        scopeType: invitation.scopeType,
        collectiviteId: invitation.collectiviteId ?? invitation.etablissement?.collectiviteId ?? null,
        academieCode: invitation.academieCode ?? invitation.etablissement?.academieCode ?? null,
        etablissementId: invitation.etablissementId,
      },
      action: "invitation.accept",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: user.email, role: invitation.role },
      occurredAt: now,
    });
    return { userId: user.id, email: user.email };
  });
}
