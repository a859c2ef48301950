import { createHash } from "node:crypto";

/** The hash before the first event of the chain. */
export const GENESIS_HASH = "0".repeat(64);

/** JSON with keys sorted at every depth: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** What an event's hash covers: everything but its sequence number and its own hash. */
export interface HashedAuditContent {
  prevHash: string;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  scopeType: string | null;
  collectiviteId: string | null;
  academieCode: string | null;
  etablissementId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export function auditEventHash(content: HashedAuditContent): string {
  const payload = canonicalJson({ ...content, occurredAt: content.occurredAt.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}
