import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Role, ScopeType } from "@/lib/generated/prisma/enums";
import { assertCan, SECTOR_ROLES, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { appBaseUrl, deliverQueuedMails, queueMail } from "@/lib/mail/send-mail";
import { auditScopeOf } from "@/lib/members/actor";
import { assertCanAssign, isSigningRole, signingRoles } from "@/lib/members/rules";
import { inviteMemberSchema } from "@/lib/members/schemas";

export const INVITATION_DAYS = 7;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The scope columns of an invitation or membership for the space or one of its établissements. */
async function resolveTarget(ctx: AccessContext, uai: string) {
  if (uai === "") {
    switch (ctx.scope.type) {
      case "COLLECTIVITE":
        return {
          scopeType: "COLLECTIVITE" as ScopeType,
          columns: { collectiviteId: ctx.scope.id },
          label: ctx.scope.name,
          etablissementId: null,
        };
      case "ACADEMIE":
        return {
          scopeType: "ACADEMIE" as ScopeType,
          columns: { academieCode: ctx.scope.code },
          label: `l'académie de ${ctx.scope.name}`,
          etablissementId: null,
        };
      case "ETABLISSEMENT":
        return {
          scopeType: "ETABLISSEMENT" as ScopeType,
          columns: { etablissementId: ctx.scope.id },
          label: ctx.scope.name,
          etablissementId: ctx.scope.id,
        };
      case "PLATFORM":
        return {
          scopeType: "PLATFORM" as ScopeType,
          columns: {},
          label: "la plateforme",
          etablissementId: null,
        };
    }
  }
  // The établissement must belong to the inviter's scope: checked inside the query.
  const etablissement = await db.etablissement.findFirst({
    where: { AND: [{ uai }, etablissementScopeWhere(ctx)] },
    select: { id: true, name: true, email: true, collectiviteId: true, academieCode: true },
  });
  if (!etablissement)
    throw new AppError("NOT_FOUND", "Établissement introuvable dans votre périmètre.", {
      target: "Établissement introuvable dans votre périmètre.",
    });
  return {
    scopeType: "ETABLISSEMENT" as ScopeType,
    columns: { etablissementId: etablissement.id },
    label: etablissement.name,
    etablissementId: etablissement.id,
    institutionalEmail: etablissement.email?.trim().toLowerCase() || null,
    // A change in a collège is read by the collège, its collectivité and its académie alike.
    auditScope: {
      etablissementId: etablissement.id,
      collectiviteId: etablissement.collectiviteId,
      academieCode: etablissement.academieCode,
    },
  };
}

/**
 * The secteur a collectivité's technician or référent technique is invited to work on: required
 * for those roles, one of the collectivité's (another's is NOT_FOUND); null for any other role.
 */
async function resolveSector(
  ctx: AccessContext,
  scopeType: ScopeType,
  role: Role,
  sectorId: string,
): Promise<{ id: string; name: string } | null> {
  if (ctx.scope.type !== "COLLECTIVITE" || scopeType !== "COLLECTIVITE") return null;
  if (!SECTOR_ROLES.includes(role)) return null;
  if (sectorId === "")
    throw new AppError(
      "INVALID_INPUT",
      `Un ${ROLE_LABELS[role].toLowerCase()} de la collectivité travaille sur un secteur : choisissez-le.`,
      { sectorId: "Choisissez le secteur." },
    );
  const sector = await db.sector.findFirst({
    where: { id: sectorId, collectiviteId: ctx.scope.id },
    select: { id: true, name: true },
  });
  if (!sector)
    throw new AppError("NOT_FOUND", "Ce secteur n'existe pas dans votre collectivité.", {
      sectorId: "Secteur introuvable.",
    });
  return sector;
}

/**
 * A collectivité or an académie may bring a collège's first chef onto the platform, and only at
 * the collège's institutional address from the annuaire (`ce.<UAI>@ac-<académie>.fr`): the
 * inviter names the collège, not the person. Once the collège has a chef, its chef invites the
 * others. Returns whether the invitation is such an institutional one.
 */
async function assertFirstSignerAddress(
  ctx: AccessContext,
  target: Awaited<ReturnType<typeof resolveTarget>>,
  role: Role,
  email: string,
): Promise<boolean> {
  if (
    ctx.scope.type === target.scopeType ||
    ctx.scope.type === "PLATFORM" ||
    !target.etablissementId ||
    !isSigningRole(target.scopeType, role)
  )
    return false;
  const signers = await db.membership.count({
    where: {
      etablissementId: target.etablissementId,
      scopeType: "ETABLISSEMENT",
      role: { in: signingRoles("ETABLISSEMENT") },
      user: { disabledAt: null },
    },
  });
  if (signers > 0) {
    throw new AppError(
      "FORBIDDEN",
      `${target.label} a déjà un chef d'établissement sur Tripartite : c'est lui qui invite un autre chef.`,
      { role: "Rôle attribué par le collège lui-même." },
    );
  }
  const address = "institutionalEmail" in target ? target.institutionalEmail : null;
  if (!address) {
    throw new AppError(
      "INVALID_INPUT",
      `L'adresse institutionnelle de ${target.label} n'est pas connue (annuaire de l'éducation) : le premier chef d'établissement ne peut pas être invité.`,
      { email: "Adresse institutionnelle inconnue." },
    );
  }
  if (email !== address) {
    throw new AppError(
      "INVALID_INPUT",
      `Le premier chef d'établissement est invité à l'adresse institutionnelle du collège : ${address}.`,
      { email: `Adresse attendue : ${address}.` },
    );
  }
  return true;
}

/**
 * Invites someone to the context's space, or to one of its établissements, with a role no higher
 * than the inviter's. Never oneself; a signing role of a collège only by the collège itself, or
 * at its institutional address for its first chef (assertFirstSignerAddress). The mail (with a single-use link valid INVITATION_DAYS days) and the audit
 * event commit with the invitation.
 */
export async function inviteMember(ctx: AccessContext, input: unknown, now = new Date()) {
  assertCan(ctx, "member.manage");
  const data = inviteMemberSchema.parse(input);
  if (data.email === ctx.user.email.toLowerCase()) {
    throw new AppError(
      "FORBIDDEN",
      "Vous ne pouvez pas vous inviter vous-même : un rôle dans un autre espace vous est attribué par cet espace.",
      { email: "Votre propre adresse." },
    );
  }
  const target = await resolveTarget(ctx, data.target);
  const institutional = await assertFirstSignerAddress(ctx, target, data.role, data.email);
  assertCanAssign(ctx.scope.type, ctx.roles, target.scopeType, data.role, institutional);
  const sector = await resolveSector(ctx, target.scopeType, data.role, data.sectorId);

  const already = await db.membership.count({
    where: {
      scopeType: target.scopeType,
      role: data.role,
      ...target.columns,
      user: { email: data.email, disabledAt: null },
    },
  });
  if (already > 0)
    throw new AppError(
      "CONFLICT",
      `${data.email} est déjà ${ROLE_LABELS[data.role].toLowerCase()} de cet espace.`,
    );

  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const link = `${appBaseUrl()}/invitation/${token}`;
  const { invitation, mailId } = await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        email: data.email,
        name: data.name,
        scopeType: target.scopeType,
        role: data.role,
        ...target.columns,
        sectorId: sector?.id ?? null,
        tokenHash: hashInvitationToken(token),
        invitedById: ctx.user.id,
        expiresAt,
      },
      select: { id: true, email: true, role: true, expiresAt: true, sectorId: true },
    });
    const mailId = await queueMail(tx, {
      to: data.email,
      subject: `Invitation à rejoindre ${target.label} sur Tripartite`,
      text: [
        `Bonjour ${data.name},`,
        "",
        `${ctx.user.name} vous invite à rejoindre ${target.label} sur Tripartite, en tant que ${ROLE_LABELS[data.role].toLowerCase()}${sector ? ` (secteur ${sector.name})` : ""}.`,
        "",
        `Pour accepter, ouvrez ce lien avant le ${expiresAt.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" })} (il ne sert qu'une fois) :`,
        link,
        "",
        "Si vous n'attendiez pas cette invitation, ignorez ce message.",
      ].join("\n"),
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: { ...auditScopeOf(ctx), ...("auditScope" in target ? target.auditScope : {}) },
      action: "member.invite",
      entityType: "Invitation",
      entityId: invitation.id,
      after: {
        email: invitation.email,
        role: invitation.role,
        espace: target.label,
        ...(sector ? { secteur: sector.name } : {}),
        expiresAt: invitation.expiresAt,
      },
      occurredAt: now,
    });
    return { invitation, mailId };
  });
  await deliverQueuedMails(db, [mailId]);
  return invitation;
}
