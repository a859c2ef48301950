import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { defaultContentOf } from "@/lib/conventions/default-template";
import { TEMPLATE_KINDS, type TemplateKind } from "@/lib/conventions/vocabulary";

export const DEFAULT_TEMPLATE_NAMES: Record<TemplateKind, string> = {
  TRIPARTITE: "Convention tripartite type",
  CADRE: "Convention-cadre type",
  BIPARTITE_EPLE: "Convention collectivité–établissement type",
};

const SYSTEM_ACTOR = { id: null, label: "modèles par défaut de Tripartite" };

// Serialises two runs for the same collectivité, so neither creates a second default template.
const DEFAULTS_LOCK_KEY = 727_274_003;

async function ensure(
  tx: Prisma.TransactionClient,
  collectiviteId: string,
  actor: AuditEventInput["actor"],
): Promise<TemplateKind[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEFAULTS_LOCK_KEY}, hashtext(${collectiviteId}))`;
  const created: TemplateKind[] = [];
  for (const kind of TEMPLATE_KINDS) {
    if ((await tx.conventionTemplate.count({ where: { collectiviteId, kind } })) > 0) continue;
    const template = await tx.conventionTemplate.create({
      data: {
        collectiviteId,
        kind,
        name: DEFAULT_TEMPLATE_NAMES[kind],
        versions: {
          create: {
            number: 1,
            content: defaultContentOf(kind),
            note: "Version initiale fournie par Tripartite",
          },
        },
      },
      select: { id: true, name: true },
    });
    await appendAuditEvent(tx, {
      actor,
      scope: { scopeType: "COLLECTIVITE", collectiviteId },
      action: "template.create",
      entityType: "ConventionTemplate",
      entityId: template.id,
      after: { name: template.name, kind, version: 1 },
    });
    created.push(kind);
  }
  return created;
}

/** A transaction client has no `$connect` (Prisma denies it inside a transaction); the process client has. */
function isProcessClient(client: Prisma.TransactionClient | Db): client is Db {
  return typeof (client as { $connect?: unknown }).$connect === "function";
}

/**
 * Gives a collectivité the default templates (one per kind) (version 1) when it has no template of a kind,
 * archived ones included; idempotent. Bypasses the access context because it runs with no one
 * signed in: the demo seed and the provisioning of a collectivité call it, never a request.
 * Given the process client, it opens its own transaction; given one, it writes inside it.
 */
export async function unsafeEnsureDefaultTemplates(
  client: Prisma.TransactionClient | Db,
  collectiviteId: string,
  actor: AuditEventInput["actor"] = SYSTEM_ACTOR,
): Promise<{ created: TemplateKind[] }> {
  const created = isProcessClient(client)
    ? await client.$transaction((tx) => ensure(tx, collectiviteId, actor))
    : await ensure(client, collectiviteId, actor);
  return { created };
}
