import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { inviteMember } from "@/lib/members/invite-member";
import { acceptInvitation, getInvitationByToken } from "@/lib/members/accept-invitation";
import { changeMemberRole, removeMember, revokeInvitation } from "@/lib/members/manage-member";
import { listMembers } from "@/lib/members/list-members";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, contextAs, C35, C14, A14, A70 } from "../support/access";
import { invite, membershipsSnapshot, tokenMailedTo, newAccount } from "../support/members";

const users: Record<string, string> = {};
const as = accessAs(users);

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("admin35", "agent35"),
    admin14: ["admin14@test.fr", "COLLECTIVITE", "ADMIN", "14"],
    drane: ["drane@test.fr", "ACADEMIE", "DRANE", "14"],
    ...people("drane70"),
    chef: ["chef@test.fr", "ETABLISSEMENT", "CHEF", UAI.gayeulles],
  });
});

describe("invitations", () => {
  it("invites, mails a single-use link, and accepting creates the account and membership", async () => {
    const ctx = await as("admin35", C35);
    const invitation = await invite(ctx, " Nouvelle.Agente@Test.fr ", "Nouvelle Agente", "AGENT");
    expect(invitation.email).toBe("nouvelle.agente@test.fr");
    const token = await tokenMailedTo("nouvelle.agente@test.fr");
    expect(await getInvitationByToken(token)).toMatchObject({
      spaceName: "Département d'Ille-et-Vilaine",
      roleLabel: "Agent gestionnaire",
      unusableReason: null,
      hasAccount: false,
    });

    await expect(
      acceptInvitation(token, { name: "N", password: "court", confirmation: "court" }),
    ).rejects.toThrow();
    expect(await db.user.count({ where: { email: "nouvelle.agente@test.fr" } })).toBe(0);

    const accepted = await acceptInvitation(token, newAccount("Nouvelle Agente"));
    const member = await contextAs(accepted.userId, C35);
    expect(member.roles).toEqual(["AGENT"]);
    await expect(acceptInvitation(token, newAccount("X"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.membership.count({ where: { userId: accepted.userId } })).toBe(1);
  });

  it("lets two simultaneous acceptances create one membership", async () => {
    const ctx = await as("admin35", C35);
    await invite(ctx, "double@test.fr", "Double Clic", "ELU");
    const token = await tokenMailedTo("double@test.fr");
    const input = newAccount("Double Clic");
    const results = await Promise.allSettled([
      acceptInvitation(token, input),
      acceptInvitation(token, input),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { user: { email: "double@test.fr" } } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const ctx = await as("admin35", C35);
    await inviteMember(
      ctx,
      { email: "tard@test.fr", name: "En Retard", role: "ELU", target: "" },
      new Date("2026-01-01T00:00:00Z"),
    );
    const token = await tokenMailedTo("tard@test.fr");
    await expect(acceptInvitation(token, newAccount("En Retard"))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/a expiré/),
    });
  });

  it("never grants above the inviter's role", async () => {
    signInAs(users.chef!);
    const chef = await requireAccessContext({ type: "ETABLISSEMENT", uai: UAI.gayeulles });
    await expect(invite(chef, "x@test.fr", "X Y", "ADMIN")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const agent = await as("agent35", C35);
    await expect(invite(agent, "x@test.fr", "X Y", "AGENT")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("lets a collectivité staff its own collèges but not another collectivité's", async () => {
    const ctx = await as("admin35", C35);
    await invite(ctx, "referent@test.fr", "Réf Érent", "REFERENT_NUMERIQUE", UAI.gayeulles);
    const before = await db.invitation.count();
    await expect(invite(ctx, "y@test.fr", "Y Z", "CHEF", UAI.bourbriac22)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const drane = await as("drane", A14);
    await expect(invite(drane, "y@test.fr", "Y Z", "CHEF", UAI.calvados14)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A chef is named by the collège itself (or, the first one, at its annuaire address): not by the académie at an address it chooses.
    await expect(
      invite(drane, "chef22@test.fr", "Chef Vingt-Deux", "CHEF", UAI.bourbriac22),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await invite(
      drane,
      "referent22@test.fr",
      "Réf Vingt-Deux",
      "REFERENT_NUMERIQUE",
      UAI.bourbriac22,
    );
    expect(await db.invitation.count()).toBe(before + 1);
  });
});

describe("managing members across scopes", () => {
  it("shows each space its own members only", async () => {
    const c35 = await listMembers(await as("admin35", C35));
    const emails35 = c35.members.map((m) => m.user.email);
    expect(emails35).toEqual(
      expect.arrayContaining(["admin35@test.fr", "agent35@test.fr", "chef@test.fr"]),
    );
    expect(emails35).not.toContain("admin14@test.fr");
    expect(emails35).not.toContain("drane@test.fr");
    const c14 = await listMembers(await as("admin14", C14));
    expect(c14.members.map((m) => m.user.email)).toEqual(["admin14@test.fr"]);
    expect(c14.invitations).toEqual([]);
  });

  it("answers not found, and changes nothing, when another collectivité or académie acts on a member", async () => {
    const agent = await db.membership.findFirstOrThrow({ where: { userId: users.agent35 } });
    const before = await membershipsSnapshot();
    const admin14 = await as("admin14", C14);
    await expect(
      changeMemberRole(admin14, { membershipId: agent.id, role: "ELU" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember(admin14, { membershipId: agent.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const drane70 = await as("drane70", A70);
    const chefMembership = await db.membership.findFirstOrThrow({ where: { userId: users.chef } });
    await expect(removeMember(drane70, { membershipId: chefMembership.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await membershipsSnapshot()).toBe(before);
    const invitation = await db.invitation.findFirstOrThrow({
      where: { email: "referent@test.fr" },
    });
    await expect(revokeInvitation(admin14, { invitationId: invitation.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      (await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt,
    ).toBeNull();
  });

  it("changes a role and removes a member in the owner's scope, with audit events", async () => {
    const admin = await as("admin35", C35);
    const agent = await db.membership.findFirstOrThrow({ where: { userId: users.agent35 } });
    await changeMemberRole(admin, { membershipId: agent.id, role: "SIGNATAIRE" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: agent.id } })).role).toBe(
      "SIGNATAIRE",
    );
    await removeMember(admin, { membershipId: agent.id });
    expect(await db.membership.count({ where: { id: agent.id } })).toBe(0);
    const actions = (
      await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { action: true } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "member.invite",
        "invitation.accept",
        "member.role",
        "member.remove",
      ]),
    );
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("keeps the last administrator", async () => {
    const admin = await as("admin35", C35);
    const own = await db.membership.findFirstOrThrow({ where: { userId: users.admin35 } });
    const before = await membershipsSnapshot();
    await expect(
      changeMemberRole(admin, { membershipId: own.id, role: "AGENT" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(removeMember(admin, { membershipId: own.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/dernier administrateur/),
    });
    expect(await membershipsSnapshot()).toBe(before);
  });
});

describe("journal of member changes", () => {
  it("lets the collège, its collectivité and its académie read a change in the collège, and no one else", async () => {
    const drane = await as("drane", A14);
    await invite(drane, "gest@test.fr", "Gest Ionnaire", "GESTIONNAIRE", UAI.gayeulles);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "member.invite", after: { path: ["email"], equals: "gest@test.fr" } },
    });
    const gayeulles = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true, collectiviteId: true },
    });
    expect(event).toMatchObject({
      etablissementId: gayeulles.id,
      collectiviteId: gayeulles.collectiviteId,
      academieCode: "14",
    });
  });
});
