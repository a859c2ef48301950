import type { Db } from "@/lib/db/client";
import {
  replayConventionTimeline,
  type ConventionTimelineReport,
} from "@/prisma/seed/shared/conventions/replay-convention-timeline";
import { unsafeWriteFrozenDocuments } from "@/prisma/seed/shared/conventions/frozen-documents";
import {
  signerOf,
  unsafeWriteConventionRows,
  type BenchConventionScope,
} from "@/prisma/seed/shared/conventions/written-conventions";
import {
  stepIdOf,
  unsafeWriteSignatureSteps,
} from "@/prisma/seed/shared/conventions/signature-steps";

export interface BenchConventionsInput extends BenchConventionScope {
  /** Threads rendering the frozen documents (default 2; 0: the main thread). */
  pdfThreads?: number;
  /** Prints the time of each phase (the documents dominate). */
  log?: (line: string) => void;
}

export interface BenchConventionsReport extends ConventionTimelineReport {
  /** Conventions by « kind status », e.g. « TRIPARTITE EN_VIGUEUR ». */
  conventions: Record<string, number>;
  versions: number;
  steps: number;
  frozenPdfs: number;
  scans: number;
}

/**
 * Every convention of the benchmark: a convention-cadre per collectivité and the tripartite
 * conventions of its collèges in every state (plan-conventions.ts), written in bulk; frozen into
 * their real PDFs by the product's document builder and renderer; their signature steps recorded
 * with evidence; their history replayed in time order through the audit trail and the product's
 * own completion (final PDF, version in force) and termination.
 * Bypasses the access context: run by the benchmark generator only.
 */
export async function unsafeSeedBenchConventions(
  db: Db,
  input: BenchConventionsInput,
): Promise<BenchConventionsReport> {
  let started = performance.now();
  const phase = (label: string) => {
    const now = performance.now();
    input.log?.(`    ${label} : ${((now - started) / 1000).toFixed(1)} s`);
    started = now;
  };
  const conventions = await unsafeWriteConventionRows(db, input);
  const versions = conventions.reduce((s, w) => s + w.plan.versions.length, 0);
  phase(
    `${conventions.length} conventions et ${versions} versions écrites (modèles par défaut compris)`,
  );
  const shaOf = await unsafeWriteFrozenDocuments(db, conventions, input.pdfThreads ?? 2);
  phase(`${shaOf.size} documents figés rendus (PDF) et enregistrés`);
  const steps = await unsafeWriteSignatureSteps(db, conventions, shaOf, input);
  phase(`${steps.steps} étapes de signature, ${steps.scans} copies numérisées`);
  const timeline = await replayConventionTimeline(db, conventions, {
    signerOf: (w, party) => signerOf(w, party, input),
    shaOf: (versionId) => shaOf.get(versionId) ?? null,
    scanShaOf: (stepId) => steps.scanShaOf.get(stepId) ?? null,
    stepId: (versionId, party) => stepIdOf(input.seed, versionId, party),
    authorisationOf: (stepId) => steps.authorisationOf.get(stepId) ?? null,
  });
  phase(
    `historique : ${timeline.auditEvents} événements, ${timeline.completed} mises en vigueur (PDF final), ${timeline.terminated} résiliations`,
  );

  const byStatus: Record<string, number> = {};
  for (const w of conventions)
    byStatus[`${w.plan.kind} ${w.plan.status}`] =
      (byStatus[`${w.plan.kind} ${w.plan.status}`] ?? 0) + 1;
  return {
    ...timeline,
    conventions: byStatus,
    versions,
    steps: steps.steps,
    frozenPdfs: shaOf.size,
    scans: steps.scans,
  };
}
