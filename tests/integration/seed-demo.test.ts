import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeSeedDemo } from "@/lib/demo/seed-demo";
import { DEMO_ACCOUNTS } from "@/lib/demo/demo-accounts";
import { authenticateWithPassword } from "@/lib/auth/authenticate";

describe("demo seed", () => {
  it("loads every collège and every demo account, and a second run keeps the data sane", async () => {
    await unsafeSeedDemo(db);
    const counts = async () => ({
      etablissements: await db.etablissement.count(),
      users: await db.user.count(),
      memberships: await db.membership.count(),
      collectivites: await db.collectivite.count(),
    });
    const first = await counts();
    expect(first).toMatchObject({ etablissements: 7654, users: DEMO_ACCOUNTS.length, memberships: DEMO_ACCOUNTS.length });
    await unsafeSeedDemo(db);
    expect(await counts()).toEqual(first);
    for (const account of DEMO_ACCOUNTS) {
      expect(await authenticateWithPassword(db, { email: account.email, password: "Demo2026!" })).not.toBeNull();
    }
  }, 180_000);
});
