import { describe, expect, it } from "vitest";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { replayedForFile } from "../support/migration-replay";

// The demo database as it stood before issue 16: every migration up to the sessions one, with
// members and invitations holding the single REFERENT role. The assistance migration renames
// that enum value; no row may be lost or keep the old name.
const BEFORE = "20261206075943_user_sessions";
const ASSISTANCE = "20261206164924_assistance";

const MEMBERSHIPS = [
  ["m1", "u1", "REFERENT"],
  ["m2", "u2", "REFERENT"],
  ["m3", "u3", "REFERENT"],
  ["m4", "u1", "CHEF"],
  ["m5", "u2", "GESTIONNAIRE"],
] as const;
const INVITATIONS = [
  ["i1", "REFERENT"],
  ["i2", "REFERENT"],
  ["i3", "CHEF"],
] as const;

const replayed = replayedForFile(BEFORE);

const rolesOf = async (table: "Membership" | "Invitation") =>
  (
    await replayed.pglite.query<{ id: string; role: string }>(
      `SELECT id, role FROM "${table}" ORDER BY id`,
    )
  ).rows;

describe("the assistance migration on a database holding REFERENT rows", () => {
  it("renames every REFERENT to REFERENT_NUMERIQUE and keeps every row", async () => {
    for (const id of ["u1", "u2", "u3"])
      await replayed.pglite.query(
        `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`,
        [id, `${id}@demo.fr`, id],
      );
    for (const [id, userId, role] of MEMBERSHIPS)
      await replayed.pglite.query(
        `INSERT INTO "Membership" (id, "userId", "scopeType", role) VALUES ($1, $2, 'ETABLISSEMENT', $3::"Role")`,
        [id, userId, role],
      );
    for (const [id, role] of INVITATIONS)
      await replayed.pglite.query(
        `INSERT INTO "Invitation" (id, email, name, "scopeType", role, "tokenHash", "invitedById", "expiresAt")
         VALUES ($1, $2, $1, 'ETABLISSEMENT', $3::"Role", $1, 'u1', now() + interval '7 days')`,
        [id, `${id}@demo.fr`, role],
      );
    expect((await rolesOf("Membership")).filter((r) => r.role === "REFERENT")).toHaveLength(3);

    expect((await applyPendingMigrations(replayed.factory))[0]).toBe(ASSISTANCE);

    const renamed = (role: string) => (role === "REFERENT" ? "REFERENT_NUMERIQUE" : role);
    expect(await rolesOf("Membership")).toEqual(
      MEMBERSHIPS.map(([id, , role]) => ({ id, role: renamed(role) })),
    );
    expect(await rolesOf("Invitation")).toEqual(
      INVITATIONS.map(([id, role]) => ({ id, role: renamed(role) })),
    );
    const { rows } = await replayed.pglite.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Membership" WHERE "sectorId" IS NULL AND "userId" IN ('u1', 'u2', 'u3')`,
    );
    expect(rows[0]?.n).toBe(MEMBERSHIPS.length);
    const values = await replayed.pglite.query<{ v: string }>(
      `SELECT unnest(enum_range(NULL::"Role"))::text AS v`,
    );
    expect(values.rows.map((r) => r.v)).not.toContain("REFERENT");
    expect(values.rows.map((r) => r.v)).toEqual(
      expect.arrayContaining([
        "REFERENT_NUMERIQUE",
        "REFERENT_TECHNIQUE",
        "TECHNICIEN",
        "ASSISTANCE",
      ]),
    );
  });
});
