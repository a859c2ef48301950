import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";
import { appendMemberAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { actingParty, bodyParties, bodyScopeWhere, lockBody } from "@/lib/governance/body-scope";
import { designatableWhere } from "@/lib/governance/people";
import { designateMemberSchema, endMembershipSchema } from "@/lib/governance/schemas";

/**
 * Designates a member of a body for the context's own party: no party names another's members.
 * A person of the space is taken with their account (their name and e-mail); a co-chair must be
 * one, and a party has one co-chair at a time. A person holding memberships in two parties'
 * spaces sits for one of them only.
 */
export async function designateMember(ctx: AccessContext, input: unknown, now = new Date()) {
  const party = actingParty(ctx, "governance.manage");
  const { bodyId, role, userId, name, email, qualite } = designateMemberSchema.parse(input);
  return db.$transaction(async (tx) => {
    const body = await lockBody(tx, ctx, bodyId);
    if (!bodyParties(body).includes(party)) throw new AppError("NOT_FOUND");
    let person = { userId: null as string | null, name: name ?? "", email };
    if (userId) {
      const membership = await tx.membership.findFirst({
        where: { ...designatableWhere(ctx), userId },
        select: { user: { select: { id: true, name: true, email: true } } },
      });
      if (!membership)
        throw new AppError("INVALID_INPUT", "Cette personne n'est pas membre de votre espace.", {
          userId: "Choisissez une personne de votre espace.",
        });
      const { user } = membership;
      // One seat per person in a body: nobody sits (nor, later, approves) for two parties.
      const seat = await tx.bodyMember.findFirst({
        where: { bodyId: body.id, userId: user.id, endedAt: null },
        select: { party: true },
      });
      if (seat)
        throw new AppError(
          "CONFLICT",
          seat.party === party
            ? `${user.name} siège déjà dans cette instance.`
            : `${user.name} siège déjà dans cette instance pour ${PARTY_IN_SENTENCE[seat.party]} : une personne ne siège que pour une partie.`,
          { userId: "Déjà membre de l'instance." },
        );
      person = { userId: user.id, name: user.name, email: user.email };
    }
    if (role === "COPRESIDENT") {
      const chair = await tx.bodyMember.findFirst({
        where: { bodyId: body.id, party, role: "COPRESIDENT", endedAt: null },
        select: { name: true },
      });
      if (chair)
        throw new AppError(
          "CONFLICT",
          `${chair.name} copréside déjà cette instance pour votre partie : mettez fin à son mandat d'abord.`,
          { role: "Un seul coprésident par partie." },
        );
    }
    const member = await tx.bodyMember.create({
      data: { bodyId: body.id, party, role, qualite, designatedById: ctx.user.id, ...person },
      select: { id: true, name: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.member.designate",
      entityType: "GovernanceBody",
      entityId: body.id,
      after: { name: member.name, role, party, qualite },
      occurredAt: now,
    });
    return member;
  });
}

/** Ends the mandate of a member of the context's own party; the row stays, with its end. */
export async function endMembership(ctx: AccessContext, input: unknown, now = new Date()) {
  const party = actingParty(ctx, "governance.manage");
  const { memberId } = endMembershipSchema.parse(input);
  return db.$transaction(async (tx) => {
    const gone = () =>
      new AppError("NOT_FOUND", "Ce membre n'existe pas, ou son mandat a déjà pris fin.");
    const found = await tx.bodyMember.findFirst({
      where: { id: memberId, endedAt: null, body: bodyScopeWhere(ctx) },
      select: { bodyId: true },
    });
    if (!found) throw gone();
    const body = await lockBody(tx, ctx, found.bodyId);
    const member = await tx.bodyMember.findFirst({
      where: { id: memberId, bodyId: body.id, endedAt: null },
      select: { id: true, name: true, role: true, party: true },
    });
    if (!member) throw gone();
    if (member.party !== party)
      throw new AppError(
        "FORBIDDEN",
        "Chaque partie désigne ses membres et met fin à leur mandat : ce membre n'est pas de votre partie.",
      );
    await tx.bodyMember.updateMany({
      where: { id: member.id, endedAt: null },
      data: { endedAt: now },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.member.end",
      entityType: "GovernanceBody",
      entityId: body.id,
      before: { name: member.name, role: member.role, party },
      occurredAt: now,
    });
    return member;
  });
}
