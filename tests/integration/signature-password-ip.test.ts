import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { verifySignerPassword } from "@/lib/conventions/verify-password";
import {
  claimClientIpAttempt,
  CLIENT_IP_LIMITS,
  ClientIpLimitedError,
} from "@/lib/rate-limit/client-ip-limit";
import { seedReferentialsAndColleges, createUsers } from "../support/fixtures";
import { signInAs } from "../support/session";

const CLIENT = "198.51.100.77";

// The request a signature arrives with: its client address, as scripts/serve.mjs forwards it.
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": CLIENT })),
}));

const PASSWORD = "Secret2026!";
const users: Record<string, string> = {};

async function signerContext(user: string) {
  signInAs(users[user]!);
  return requireAccessContext({ type: "ACADEMIE", code: "14" });
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    recteur: ["recteur.ip@test.fr", "ACADEMIE", "SIGNATAIRE", "14"],
    drane: ["drane.ip@test.fr", "ACADEMIE", "DRANE", "14"],
  });
});

describe("the password typed again to sign counts against the client's address too", () => {
  it("keeps the per-account lock-out's French message, in minutes", async () => {
    const ctx = await signerContext("drane");
    for (let i = 0; i < 5; i += 1)
      await expect(verifySignerPassword(ctx, "mauvais")).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    await expect(verifySignerPassword(ctx, PASSWORD)).rejects.toThrow(
      /^Trop d'essais de mot de passe : réessayez dans \d+ minute\(s\)\.$/,
    );
  });

  it("refuses even the right password once the address is over its limit, with the address's own message", async () => {
    const ctx = await signerContext("recteur");
    await expect(verifySignerPassword(ctx, PASSWORD)).resolves.toBeUndefined();
    // Others guessed from the same address until its limit.
    for (let i = 0; i < CLIENT_IP_LIMITS["sign-in"].max; i += 1)
      await claimClientIpAttempt(db, "sign-in", CLIENT).catch(() => undefined);
    const refused = verifySignerPassword(ctx, PASSWORD);
    await expect(refused).rejects.toBeInstanceOf(ClientIpLimitedError);
    await expect(verifySignerPassword(ctx, PASSWORD)).rejects.toThrow(
      /^Trop de tentatives depuis votre adresse réseau : réessayez dans \d+ minutes?\.$/,
    );
  });
});
