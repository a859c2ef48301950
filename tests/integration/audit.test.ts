import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { type ScopeRef } from "@/lib/access/context";
import { appendAuditEvent, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { contextAs } from "../support/access";

const users: Record<string, string> = {};
const seqs: Record<string, number> = {};

const append = (input: AuditEventInput) => db.$transaction((tx) => appendAuditEvent(tx, input));

async function listAs(user: string, scope: ScopeRef, input: Record<string, string> = {}) {
  return listAuditEvents(await contextAs(users[user]!, scope), input);
}
const seqsOf = (list: { items: { seq: number }[] }) => list.items.map((e) => e.seq);

beforeAll(async () => {
  await seedReferentialsAndColleges(); // writes event 1: the établissements import, platform only
  await createUsers(users, {
    ...people("admin35", "elu35", "agent14", "drane14", "drane70"),
    chefGayeulles: ["chef.gayeulles@test.fr", "ETABLISSEMENT", "CHEF", UAI.gayeulles],
    chef35b: ["chef.35b@test.fr", "ETABLISSEMENT", "CHEF", UAI.rennes35b],
    platform: ["ops@test.fr", "PLATFORM", "ADMIN"],
  });

  const c35 = await collectiviteIdOf("35");
  const c14 = await collectiviteIdOf("14");
  const etab = async (uai: string) =>
    (await db.etablissement.findUniqueOrThrow({ where: { uai }, select: { id: true } })).id;
  const admin35 = { id: users.admin35!, label: "Admin Trente-Cinq <admin35@test.fr>" };
  seqs.invite35 = (
    await append({
      actor: admin35,
      scope: { scopeType: "COLLECTIVITE", collectiviteId: c35 },
      action: "member.invite",
      entityType: "Invitation",
      entityId: "inv-1",
      after: { email: "new@test.fr", role: "AGENT" },
      occurredAt: new Date("2026-01-10T10:00:00Z"),
    })
  ).seq;
  seqs.roleGayeulles = (
    await append({
      actor: admin35,
      scope: {
        scopeType: "ETABLISSEMENT",
        etablissementId: await etab(UAI.gayeulles),
        collectiviteId: c35,
        academieCode: "14",
      },
      action: "member.role",
      entityType: "Membership",
      entityId: "m-1",
      before: { email: "ref@test.fr", role: "REFERENT_NUMERIQUE" },
      after: { email: "ref@test.fr", role: "GESTIONNAIRE" },
      occurredAt: new Date("2026-02-15T12:00:00Z"),
    })
  ).seq;
  seqs.invite14 = (
    await append({
      actor: { id: users.agent14!, label: "Agent <agent14@test.fr>" },
      scope: { scopeType: "COLLECTIVITE", collectiviteId: c14 },
      action: "member.invite",
      entityType: "Invitation",
      after: { email: "x@test.fr", role: "ELU" },
      occurredAt: new Date("2026-01-11T10:00:00Z"),
    })
  ).seq;
  seqs.remove70 = (
    await append({
      actor: { id: users.drane70!, label: "DRANE <drane70@test.fr>" },
      scope: { scopeType: "ACADEMIE", academieCode: "70" },
      action: "member.remove",
      entityType: "Membership",
      before: { email: "y@test.fr", role: "LECTEUR" },
      occurredAt: new Date("2026-01-12T10:00:00Z"),
    })
  ).seq;
  // 23:30 UTC on 1 March is 00:30 on 2 March in Paris: the date filters must say 2 March.
  seqs.accept35b = (
    await append({
      actor: { id: null, label: "Chef Rennes <chef.35b@test.fr>" },
      scope: {
        scopeType: "ETABLISSEMENT",
        etablissementId: await etab(UAI.rennes35b),
        collectiviteId: c35,
        academieCode: "14",
      },
      action: "invitation.accept",
      entityType: "Membership",
      after: { email: "chef.35b@test.fr", role: "CHEF" },
      occurredAt: new Date("2026-03-01T23:30:00Z"),
    })
  ).seq;
});

describe("appendAuditEvent and unsafeVerifyAuditChain", () => {
  it("chains concurrent appends: each gets its own seq and the chain verifies", async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        append({
          actor: { id: null, label: "test" },
          scope: {},
          action: "test.concurrent",
          entityType: "Test",
          after: { n },
        }),
      ),
    );
    expect(new Set(results.map((r) => r.seq)).size).toBe(4);
    const total = await db.auditEvent.count();
    expect(await unsafeVerifyAuditChain(db)).toEqual({ ok: true, count: total });
    // Batches of 2 cross a boundary at every other event.
    expect(await unsafeVerifyAuditChain(db, { batchSize: 2 })).toEqual({ ok: true, count: total });
  });
});

describe("listAuditEvents by scope", () => {
  it("gives a collectivité its own events and those of its établissements, newest first", async () => {
    const list = await listAs("admin35", { type: "COLLECTIVITE", code: "35" });
    expect(seqsOf(list)).toEqual([seqs.accept35b, seqs.roleGayeulles, seqs.invite35]);
    expect(list.actions).toEqual(["invitation.accept", "member.invite", "member.role"]);
    expect(list.items[1]).toMatchObject({
      actorLabel: "Admin Trente-Cinq <admin35@test.fr>",
      before: { role: "REFERENT_NUMERIQUE" },
      after: { role: "GESTIONNAIRE" },
    });
  });

  it("never shows another collectivité, académie or établissement anything of the first", async () => {
    expect(seqsOf(await listAs("agent14", { type: "COLLECTIVITE", code: "14" }))).toEqual([
      seqs.invite14,
    ]);
    expect((await listAs("agent14", { type: "COLLECTIVITE", code: "14" })).actions).toEqual([
      "member.invite",
    ]);
    expect(seqsOf(await listAs("drane14", { type: "ACADEMIE", code: "14" }))).toEqual([
      seqs.accept35b,
      seqs.roleGayeulles,
    ]);
    expect(seqsOf(await listAs("drane70", { type: "ACADEMIE", code: "70" }))).toEqual([
      seqs.remove70,
    ]);
    expect(
      seqsOf(await listAs("chefGayeulles", { type: "ETABLISSEMENT", uai: UAI.gayeulles })),
    ).toEqual([seqs.roleGayeulles]);
    expect(seqsOf(await listAs("chef35b", { type: "ETABLISSEMENT", uai: UAI.rennes35b }))).toEqual([
      seqs.accept35b,
    ]);
    // Filters cannot widen the scope.
    expect(
      (
        await listAs(
          "agent14",
          { type: "COLLECTIVITE", code: "14" },
          { action: "member.role", actor: "admin35" },
        )
      ).total,
    ).toBe(0);
  });

  it("gives the platform every event, command-line imports included", async () => {
    const list = await listAs("platform", { type: "PLATFORM" }, { pageSize: "200" });
    expect(list.total).toBe(await db.auditEvent.count());
    expect(list.items.at(-1)).toMatchObject({ seq: 1, action: "etablissement.import" });
  });

  it("refuses a member without audit.read", async () => {
    await expect(listAs("elu35", { type: "COLLECTIVITE", code: "35" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("filters by action prefix, object, author and Paris calendar days", async () => {
    const c35: ScopeRef = { type: "COLLECTIVITE", code: "35" };
    expect(seqsOf(await listAs("admin35", c35, { action: "member." }))).toEqual([
      seqs.roleGayeulles,
      seqs.invite35,
    ]);
    expect(seqsOf(await listAs("admin35", c35, { action: "member.invite" }))).toEqual([
      seqs.invite35,
    ]);
    expect(seqsOf(await listAs("admin35", c35, { entityType: "Membership" }))).toEqual([
      seqs.accept35b,
      seqs.roleGayeulles,
    ]);
    expect(seqsOf(await listAs("admin35", c35, { actor: "TRENTE" }))).toEqual([
      seqs.roleGayeulles,
      seqs.invite35,
    ]);
    expect(seqsOf(await listAs("admin35", c35, { from: "2026-02-01", to: "2026-03-01" }))).toEqual([
      seqs.roleGayeulles,
    ]);
    expect(seqsOf(await listAs("admin35", c35, { from: "2026-03-02", to: "2026-03-02" }))).toEqual([
      seqs.accept35b,
    ]);
  });

  it("ignores malformed filters and paginates", async () => {
    const c35: ScopeRef = { type: "COLLECTIVITE", code: "35" };
    const garbage = await listAs("admin35", c35, {
      from: "2026-02-31",
      to: "demain",
      entityType: "x'; DROP",
      page: "-3",
      pageSize: "5000",
    });
    expect(garbage.query).toMatchObject({
      from: undefined,
      to: undefined,
      entityType: undefined,
      page: 1,
      pageSize: 50,
    });
    expect(garbage.total).toBe(3);
    const page2 = await listAs("admin35", c35, { pageSize: "10", page: "2" });
    expect(page2).toMatchObject({ total: 3, pageCount: 1, items: [] });
  });
});

describe("unsafeVerifyAuditChain on a tampered journal", () => {
  it("names an event whose content was altered, then accepts it once restored", async () => {
    const before = await db.auditEvent.findUniqueOrThrow({
      where: { seq: seqs.roleGayeulles },
      select: { after: true },
    });
    await db.$executeRaw`UPDATE "AuditEvent" SET "after" = ${JSON.stringify({ email: "ref@test.fr", role: "CHEF" })}::jsonb WHERE seq = ${seqs.roleGayeulles}`;
    const verdict = await unsafeVerifyAuditChain(db, { batchSize: 2 });
    expect(verdict).toMatchObject({
      ok: false,
      brokenAt: seqs.roleGayeulles,
      count: seqs.roleGayeulles! - 1,
    });
    expect(verdict.ok ? "" : verdict.reason).toMatch(/modifié après son enregistrement/);
    // Key order differs from the appender's: jsonb normalises it and the hash is canonical.
    await db.$executeRaw`UPDATE "AuditEvent" SET "after" = ${JSON.stringify({ role: "GESTIONNAIRE", email: "ref@test.fr" })}::jsonb WHERE seq = ${seqs.roleGayeulles}`;
    expect(before.after).toEqual({ email: "ref@test.fr", role: "GESTIONNAIRE" });
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("names the event after one deleted in the middle", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE seq = ${seqs.invite14}`;
    const verdict = await unsafeVerifyAuditChain(db, { batchSize: 2 });
    expect(verdict).toMatchObject({ ok: false, brokenAt: seqs.remove70 });
    expect(verdict.ok ? "" : verdict.reason).toMatch(
      new RegExp(`ne suit pas l'événement n° ${seqs.roleGayeulles}`),
    );
  });

  it("names the first event when the start of the journal was deleted", async () => {
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE seq = 1`;
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({
      ok: false,
      count: 0,
      brokenAt: seqs.invite35,
    });
  });
});
