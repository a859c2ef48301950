import { beforeAll, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/options";
import { getAccessContext, requireAccessContext } from "@/lib/access/context";
import { changeOwnPassword } from "@/lib/auth/change-password";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { isUserSessionActive } from "@/lib/auth/user-sessions";
import { removeMember } from "@/lib/members/manage-member";
import { createUsers } from "../support/fixtures";
import { unsafeSyncReferentials } from "@/lib/referentials/sync-referentials";

/**
 * Here the session is read as in production: the JWT a browser holds goes through next-auth's
 * session callback (lib/auth/options.ts), which checks the server-side session. `cookie.token` is
 * the decoded JWT the browser would send, kept by the attacker after sign-out.
 */
const cookie = vi.hoisted(() => ({ token: null as JWT | null }));
vi.mock("@/lib/auth/session", async () => {
  const { authOptions: options } = await import("@/lib/auth/options");
  return {
    getSessionUser: async () => {
      if (!cookie.token) return null;
      const session = await options.callbacks!.session!({
        session: { expires: "", user: { name: null } },
        token: cookie.token,
      } as never);
      const id = (session as { user?: { id?: string } }).user?.id;
      return id ? { id, name: null } : null;
    },
  };
});

const PASSWORD = "Secret2026!";
const users: Record<string, string> = {};

/** What next-auth does at sign-in: the jwt callback with the user authorize() returned. */
async function signInJwt(userId: string): Promise<JWT> {
  return await authOptions.callbacks!.jwt!({
    token: { sub: userId },
    user: { id: userId },
    account: { provider: "credentials", type: "credentials", providerAccountId: userId },
  } as never);
}

async function signOutJwt(token: JWT): Promise<void> {
  await authOptions.events!.signOut!({ token } as never);
}

const space35 = { type: "COLLECTIVITE", code: "35" } as const;

beforeAll(async () => {
  await unsafeSyncReferentials(db);
  await createUsers(users, {
    admin: ["admin35@test.fr", "COLLECTIVITE", "ADMIN", "35"],
    agent: ["agent35@test.fr", "COLLECTIVITE", "AGENT", "35"],
    removed: ["removed35@test.fr", "COLLECTIVITE", "AGENT", "35"],
    disabled: ["disabled35@test.fr", "COLLECTIVITE", "AGENT", "35"],
    changer: ["changer35@test.fr", "COLLECTIVITE", "AGENT", "35"],
  });
});

describe("server-side sessions", () => {
  it("a JWT kept after sign-out no longer opens a space", async () => {
    const token = await signInJwt(users.agent!);
    expect(typeof token.sid).toBe("string");
    cookie.token = token;
    expect((await getAccessContext(space35))?.user.email).toBe("agent35@test.fr");

    await signOutJwt(token);
    cookie.token = { ...token }; // the attacker's copy of the cookie, unchanged
    expect(await getAccessContext(space35)).toBeNull();
    expect(await db.userSession.count({ where: { userId: users.agent } })).toBe(0);
    // Another sign-in gets a new session; the old token stays dead.
    const again = await signInJwt(users.agent!);
    expect(again.sid).not.toBe(token.sid);
    expect(await isUserSessionActive(db, token)).toBe(false);
    expect(await isUserSessionActive(db, again)).toBe(true);
  });

  it("refuses a JWT without a session id, with another user's session id, or past its expiry", async () => {
    const token = await signInJwt(users.agent!);
    cookie.token = { sub: users.agent };
    expect(await getAccessContext(space35)).toBeNull();
    cookie.token = { sub: users.admin, sid: token.sid };
    expect(await getAccessContext(space35)).toBeNull();
    expect(await isUserSessionActive(db, token, new Date(Date.now() + 9 * 60 * 60_000))).toBe(
      false,
    );
  });

  it("disabling an account ends its sessions", async () => {
    const token = await signInJwt(users.disabled!);
    cookie.token = token;
    expect(await getAccessContext(space35)).not.toBeNull();
    await db.user.update({ where: { id: users.disabled }, data: { disabledAt: new Date() } });
    expect(await getAccessContext(space35)).toBeNull();
    expect(await isUserSessionActive(db, token)).toBe(false);
  });

  it("removing a membership ends the removed person's sessions", async () => {
    const token = await signInJwt(users.removed!);
    const membership = await db.membership.findFirstOrThrow({
      where: { userId: users.removed },
      select: { id: true },
    });
    cookie.token = await signInJwt(users.admin!);
    await removeMember(await requireAccessContext(space35), { membershipId: membership.id });
    expect(await isUserSessionActive(db, token)).toBe(false);
    expect(await db.userSession.count({ where: { userId: users.removed } })).toBe(0);
    // The administrator's own session is untouched.
    expect(await getAccessContext(space35)).not.toBeNull();
  });

  it("changing one's password checks the current one, refuses a common one, and ends every session", async () => {
    const first = await signInJwt(users.changer!);
    const second = await signInJwt(users.changer!);
    await expect(
      changeOwnPassword(users.changer!, {
        currentPassword: "wrong",
        password: "Lauréat-35-Vitré",
        confirmation: "Lauréat-35-Vitré",
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { currentPassword: "Mot de passe actuel incorrect." },
    });
    await expect(
      changeOwnPassword(users.changer!, {
        currentPassword: PASSWORD,
        password: "password1234",
        confirmation: "password1234",
      }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["password"] })] });
    expect(await isUserSessionActive(db, first)).toBe(true);

    expect(
      await changeOwnPassword(users.changer!, {
        currentPassword: PASSWORD,
        password: "Lauréat-35-Vitré",
        confirmation: "Lauréat-35-Vitré",
      }),
    ).toEqual({ endedSessions: 2 });
    expect(await isUserSessionActive(db, first)).toBe(false);
    expect(await isUserSessionActive(db, second)).toBe(false);
    expect(
      await authenticateWithPassword(db, { email: "changer35@test.fr", password: PASSWORD }),
    ).toBeNull();
    expect(
      await authenticateWithPassword(db, {
        email: "changer35@test.fr",
        password: "Lauréat-35-Vitré",
      }),
    ).not.toBeNull();
  });
});
