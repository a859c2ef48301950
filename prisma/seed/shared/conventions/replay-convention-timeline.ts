import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import {
  appendAuditEvents,
  partiesAuditScope,
  type AuditEventInput,
} from "@/lib/audit/append-audit-event";
import { completeSignature } from "@/lib/conventions/complete-signature";
import { unsafeLockConvention } from "@/lib/conventions/load-convention";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import type {
  ConventionPerson,
  WrittenConvention,
} from "@/prisma/seed/shared/conventions/written-conventions";
import { declaredParties } from "@/prisma/seed/shared/conventions/paper-signatures";

export interface ConventionTimelineReport {
  auditEvents: number;
  /** Conventions put in force by the product's completion (final PDF, consolidated version). */
  completed: number;
  terminated: number;
}

interface TimelineRefs {
  signerOf: (w: WrittenConvention, party: ConventionParty) => ConventionPerson;
  shaOf: (versionId: string) => string | null;
  scanShaOf: (stepId: string) => string | null;
  stepId: (versionId: string, party: ConventionParty) => string;
  authorisationOf: (stepId: string) => string | null;
}

interface TimelineEvent {
  at: Date;
  plan: number;
  index: number;
  input: AuditEventInput;
  /** A write that happens with the event, in its transaction (completion, termination). */
  effect?: (tx: Prisma.TransactionClient) => Promise<void>;
}

const actor = (p: ConventionPerson) => ({ id: p.id, label: `${p.name} <${p.email}>` });
/** Events between two completions are appended together, at most this many per statement. */
const BATCH = 2_000;

/** The audit events of one convention's story, with the completion and termination they carry. */
function eventsOf(w: WrittenConvention, planIndex: number, refs: TimelineRefs): TimelineEvent[] {
  const scope = partiesAuditScope({
    collectiviteId: w.collectiviteId,
    academieCode: w.plan.academieCode,
    etablissementId: w.etablissementId,
  });
  const events: TimelineEvent[] = [];
  const push = (
    at: Date,
    action: string,
    who: AuditEventInput["actor"],
    after: unknown,
    extra: Partial<TimelineEvent> & { before?: unknown } = {},
  ) => {
    const { before, ...rest } = extra;
    events.push({
      at,
      plan: planIndex,
      index: events.length,
      input: {
        actor: who,
        scope,
        action,
        entityType: "Convention",
        entityId: w.id,
        before,
        after,
        occurredAt: at,
      },
      ...rest,
    });
  };
  const agent = actor(w.agent);
  push(w.plan.createdAt, "convention.create", agent, {
    reference: w.reference,
    kind: w.plan.kind,
    title: w.title,
  });
  let lastActor = agent;
  for (const [i, version] of w.plan.versions.entries()) {
    if (!version.frozenAt) continue;
    const versionId = w.versionIds[i]!;
    push(version.frozenAt, "convention.submit", agent, {
      version: version.number,
      sha256: refs.shaOf(versionId),
    });
    const decided = version.steps
      .filter((s) => s.decidedAt)
      .sort((a, b) => a.decidedAt!.getTime() - b.decidedAt!.getTime());
    const declared = declaredParties(version, (party) => refs.signerOf(w, party), w.agent);
    for (const step of decided) {
      const signer = refs.signerOf(w, step.party);
      const partie = PARTY_LABELS[step.party];
      const stepId = refs.stepId(versionId, step.party);
      if (step.status === "REFUSEE") {
        push(step.decidedAt!, "convention.refuse", actor(signer), {
          partie,
          motif: step.refusalReason,
          version: version.number,
          nouvelleVersion: version.number + 1,
        });
      } else if (step.offline) {
        // Declared by the agent for a party without account, or recorded by the signer.
        lastActor = declared.has(step.party) ? agent : actor(signer);
        push(
          step.decidedAt!,
          declared.has(step.party) ? "convention.declare_offline" : "convention.sign_offline",
          lastActor,
          {
            partie,
            signataire: signer.name,
            qualite: signer.qualite,
            version: version.number,
            copie: refs.scanShaOf(stepId),
          },
        );
      } else {
        lastActor = actor(signer);
        push(step.decidedAt!, "convention.sign", lastActor, {
          partie,
          version: version.number,
          sha256: refs.shaOf(versionId),
          qualite: signer.qualite,
          autorisation: refs.authorisationOf(stepId),
        });
      }
    }
  }
  const completedAt = w.plan.completedAt;
  if (completedAt) {
    push(
      completedAt,
      "convention.in_force",
      lastActor,
      { version: w.plan.versions.at(-1)!.number },
      {
        effect: async (tx) =>
          completeSignature(tx, await unsafeLockConvention(tx, w.id), completedAt),
      },
    );
  }
  const terminated = w.plan.terminated;
  if (terminated) {
    push(
      terminated.at,
      "convention.terminate",
      agent,
      { statut: "RESILIEE", dateEffet: terminated.on, motif: terminated.reason },
      {
        before: { statut: "EN_VIGUEUR" },
        effect: async (tx) => {
          await tx.convention.update({
            where: { id: w.id },
            data: {
              status: "RESILIEE",
              terminatedOn: terminated.on,
              terminationReason: terminated.reason,
            },
            select: { id: true },
          });
        },
      },
    );
  }
  return events;
}

/**
 * Replays every convention's history in time order: audit events appended in batches, and at each
 * last signature the product's own completion (final PDF with certificate and the audit trail up
 * to then, version in force, avenant consolidated into its convention) in the transaction of its
 * « en vigueur » event, as a signature does. The chain is therefore chronological and the same on
 * every run.
 */
export async function replayConventionTimeline(
  db: Db,
  conventions: readonly WrittenConvention[],
  refs: TimelineRefs,
): Promise<ConventionTimelineReport> {
  const events = conventions.flatMap((w, i) => eventsOf(w, i, refs));
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.plan - b.plan || a.index - b.index);
  const report: ConventionTimelineReport = {
    auditEvents: events.length,
    completed: 0,
    terminated: 0,
  };
  let buffer: AuditEventInput[] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const inputs = buffer;
    buffer = [];
    await db.$transaction((tx) => appendAuditEvents(tx, inputs), { timeout: 120_000 });
  };
  for (const event of events) {
    if (!event.effect) {
      buffer.push(event.input);
      if (buffer.length >= BATCH) await flush();
      continue;
    }
    // The events since the last effect go first, in the same transaction (one lock, one read of the chain's head fewer).
    const before = buffer;
    buffer = [];
    await db.$transaction(
      async (tx) => {
        await appendAuditEvents(tx, before);
        await event.effect!(tx);
        await appendAuditEvents(tx, [event.input]);
      },
      { timeout: 60_000 },
    );
    if (event.input.action === "convention.in_force") report.completed += 1;
    else report.terminated += 1;
  }
  await flush();
  return report;
}
