import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { auditEventHash, canonicalJson, GENESIS_HASH, type HashedAuditContent } from "./hash";

const content: HashedAuditContent = {
  prevHash: GENESIS_HASH,
  occurredAt: new Date("2026-03-01T09:30:00.000Z"),
  actorId: "user-1",
  actorLabel: "Alice Martin <alice@test.fr>",
  scopeType: "COLLECTIVITE",
  collectiviteId: "coll-35",
  academieCode: null,
  etablissementId: null,
  action: "member.role",
  entityType: "Membership",
  entityId: "m-1",
  before: { email: "bob@test.fr", role: "AGENT" },
  after: { email: "bob@test.fr", role: "ADMIN" },
};

describe("canonicalJson", () => {
  it("sorts keys at every depth, so key order never changes the text", () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: "é" } };
    const b = { a: { c: "é", d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it("keeps array order, drops undefined keys and writes null for a missing value", () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson(undefined)).toBe("null");
  });
});

describe("auditEventHash", () => {
  it("is stable: a stored chain must verify with tomorrow's code", () => {
    // Pinned: if the format changes, every journal already written stops verifying.
    const payload =
      '{"academieCode":null,"action":"member.role","actorId":"user-1","actorLabel":"Alice Martin <alice@test.fr>",' +
      '"after":{"email":"bob@test.fr","role":"ADMIN"},"before":{"email":"bob@test.fr","role":"AGENT"},' +
      '"collectiviteId":"coll-35","entityId":"m-1","entityType":"Membership","etablissementId":null,' +
      `"occurredAt":"2026-03-01T09:30:00.000Z","prevHash":"${GENESIS_HASH}","scopeType":"COLLECTIVITE"}`;
    expect(auditEventHash(content)).toBe(createHash("sha256").update(payload).digest("hex"));
    expect(auditEventHash(content)).toBe(
      "21afa29127512f8617a7ba54e49aa9e6fef8f002817abde443583b438b69d69a",
    );
  });

  it("does not depend on key order, in the content or in before/after as jsonb returns them", () => {
    const reordered = { ...content, after: { role: "ADMIN", email: "bob@test.fr" } };
    const reversed = Object.fromEntries(
      Object.entries(reordered).reverse(),
    ) as unknown as HashedAuditContent;
    expect(auditEventHash(reversed)).toBe(auditEventHash(content));
  });

  it("changes with any field, the previous hash and the instant", () => {
    const base = auditEventHash(content);
    expect(auditEventHash({ ...content, after: { email: "bob@test.fr", role: "AGENT" } })).not.toBe(
      base,
    );
    expect(auditEventHash({ ...content, actorLabel: "Mallory" })).not.toBe(base);
    expect(auditEventHash({ ...content, prevHash: "f".repeat(64) })).not.toBe(base);
    expect(
      auditEventHash({ ...content, occurredAt: new Date("2026-03-01T09:30:00.001Z") }),
    ).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
