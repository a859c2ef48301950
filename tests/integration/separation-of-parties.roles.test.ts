import { beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { hashInvitationToken } from "@/lib/members/invite-member";
import { acceptInvitation, getInvitationByToken } from "@/lib/members/accept-invitation";
import { changeMemberRole } from "@/lib/members/manage-member";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, A14, E } from "../support/access";
import { invite, membershipsSnapshot, tokenMailedTo, newAccount } from "../support/members";
import {
  users,
  INSTITUTIONAL_RENNES,
  as,
  seedSeparationOfParties,
} from "./separation-of-parties.fixtures";

beforeAll(seedSeparationOfParties);

describe("managers never give themselves another party's role", () => {
  it("refuses admin.35 inviting his own address as chef of a collège, and a chef named by the collectivité", async () => {
    const admin = await as("admin35", C35);
    const before = await db.invitation.count();
    const drane = await as("drane", A14);
    // Each time a chef's role, asked by another party.
    for (const [ctx, email, name, target, refusal] of [
      [admin, "admin.35@test.fr", "Admin", UAI.gayeulles, { code: "FORBIDDEN" }],
      [admin, "admin.35@test.fr", "Admin", UAI.rennes35b, { code: "FORBIDDEN" }],
      // Gayeulles has a chef: only he (or the platform) names another.
      [admin, "complice@test.fr", "Complice", UAI.gayeulles, { code: "FORBIDDEN" }],
      // 0350913C has none yet: its first chef is invited at the collège's institutional address only.
      [
        admin,
        "complice@test.fr",
        "Complice",
        UAI.rennes35b,
        { code: "INVALID_INPUT", message: expect.stringContaining(INSTITUTIONAL_RENNES) },
      ],
      // No annuaire address known for the Bourbriac collège (22): no first chef by another party.
      [drane, "ce.0220003j@ac-rennes.fr", "Chef", UAI.bourbriac22, { code: "INVALID_INPUT" }],
    ] as const)
      await expect(invite(ctx, email, name, "CHEF", target)).rejects.toMatchObject(refusal);
    expect(await db.invitation.count()).toBe(before);
  });

  it("refuses the DRANE making herself gestionnaire of a collège (and reading its dotations)", async () => {
    const drane = await as("drane", A14);
    const before = await membershipsSnapshot();
    await expect(
      invite(drane, "drane.rennes@test.fr", "Drane", "GESTIONNAIRE", UAI.gayeulles),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.invitation.count({ where: { email: "drane.rennes@test.fr" } })).toBe(0);
    expect(await membershipsSnapshot()).toBe(before);
    signInAs(users.drane!);
    await expect(requireAccessContext(E(UAI.gayeulles))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a collectivité promoting someone, or its own account, to chef of a collège", async () => {
    const admin = await as("admin35", C35);
    const referent = await db.membership.findFirstOrThrow({
      where: { userId: users.referentG },
      select: { id: true },
    });
    await expect(
      changeMemberRole(admin, { membershipId: referent.id, role: "CHEF" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const gayeulles = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    const own = await db.membership.create({
      data: {
        userId: users.admin35!,
        scopeType: "ETABLISSEMENT",
        role: "GESTIONNAIRE",
        etablissementId: gayeulles.id,
      },
      select: { id: true },
    });
    await expect(
      changeMemberRole(admin, { membershipId: own.id, role: "REFERENT_NUMERIQUE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: referent.id } })).role).toBe(
      "REFERENT_NUMERIQUE",
    );
    expect((await db.membership.findUniqueOrThrow({ where: { id: own.id } })).role).toBe(
      "GESTIONNAIRE",
    );
    await db.membership.delete({ where: { id: own.id } });
  });

  it("invites a collège's first chef at its institutional address; then only the chef names another", async () => {
    const admin = await as("admin35", C35);
    await invite(admin, "Ce.0350913C@ac-rennes.fr", "Chef du collège", "CHEF", UAI.rennes35b);
    const token = await tokenMailedTo(INSTITUTIONAL_RENNES);
    signInAs(null);
    const accepted = await acceptInvitation(token, newAccount("Principale Rennes"));
    users.chefR = accepted.userId;
    await expect(
      invite(admin, INSTITUTIONAL_RENNES, "Chef bis", "CHEF", UAI.rennes35b),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    signInAs(accepted.userId);
    const chef = await requireAccessContext(E(UAI.rennes35b));
    await invite(chef, "adjoint@test.fr", "Principal adjoint", "CHEF");
  });
});

describe("an invitation never attaches a role to an existing account without that account signed in", () => {
  it("asks the invitee to sign in, refuses another session, and accepts for the invitee signed in", async () => {
    const admin = await as("admin35", C35);
    await invite(admin, "agent.35@test.fr", "Agent", "REFERENT_NUMERIQUE", UAI.gayeulles);
    const token = await tokenMailedTo("agent.35@test.fr");
    const before = await membershipsSnapshot();

    signInAs(null);
    expect(await getInvitationByToken(token)).toMatchObject({ hasAccount: true, session: "none" });
    await expect(acceptInvitation(token, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(users.admin35!);
    expect(await getInvitationByToken(token)).toMatchObject({ session: "other" });
    await expect(acceptInvitation(token, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipsSnapshot()).toBe(before);
    expect(
      (
        await db.invitation.findFirstOrThrow({
          where: { email: "agent.35@test.fr" },
          select: { acceptedAt: true },
        })
      ).acceptedAt,
    ).toBeNull();

    signInAs(users.agent35!);
    expect(await getInvitationByToken(token)).toMatchObject({ session: "invitee" });
    await acceptInvitation(token, {});
    expect(
      await db.membership.count({
        where: { userId: users.agent35, scopeType: "ETABLISSEMENT", role: "REFERENT_NUMERIQUE" },
      }),
    ).toBe(1);
  });

  it("refuses an invitation a manager sent to his own address (before such invitations were refused), signed in or not", async () => {
    const token = randomBytes(32).toString("base64url");
    const gayeulles = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    await db.invitation.create({
      data: {
        email: "admin.35@test.fr",
        name: "Admin",
        scopeType: "ETABLISSEMENT",
        role: "CHEF",
        etablissementId: gayeulles.id,
        tokenHash: hashInvitationToken(token),
        invitedById: users.admin35!,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const before = await membershipsSnapshot();
    signInAs(null);
    await expect(acceptInvitation(token, newAccount("Admin"))).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    signInAs(users.admin35!);
    await expect(acceptInvitation(token, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipsSnapshot()).toBe(before);
  });
});
