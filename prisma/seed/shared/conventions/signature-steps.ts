import type { Db } from "@/lib/db/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { bulkInsert, textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { formatDate } from "@/lib/format";
import { benchId } from "@/prisma/seed/shared/bench-ids";
import type { PlannedStep, PlannedVersion } from "@/prisma/seed/shared/conventions/plan-types";
import { renderScanPdf } from "@/prisma/seed/shared/conventions/render-scan-pdf";
import { signatureEvidence } from "@/prisma/seed/shared/conventions/signature-evidence";
import { declaredParties } from "@/prisma/seed/shared/conventions/paper-signatures";
import { writeBytes } from "@/prisma/seed/shared/write-bytes";
import {
  signerOf,
  type BenchConventionScope,
  type WrittenConvention,
} from "@/prisma/seed/shared/conventions/written-conventions";

const STEP_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "versionId",
    "signerId",
    "signerName",
    "signerEmail",
    "qualite",
    "authorisationKind",
    "authorisationReference",
    "ip",
    "userAgent",
    "documentSha256",
    "refusalReason",
    "declaredById",
    "declaredByName",
    "declaredByEmail",
  ),
  { name: "order", type: "integer" },
  { name: "party", type: '"ConventionParty"' },
  { name: "status", type: '"SignatureStatus"' },
  { name: "authorisationDate", type: "date" },
  ...typedColumns("timestamp(3)", "decidedAt", "createdAt"),
];

interface StepRow extends Record<string, unknown> {
  id: string;
  versionId: string;
  order: number;
  party: ConventionParty;
  status: PlannedStep["status"];
  createdAt: Date | null;
  decidedAt: Date | null;
  signerId: string | null;
  signerName: string | null;
  signerEmail: string | null;
  qualite: string | null;
  authorisationKind: string | null;
  authorisationReference: string | null;
  authorisationDate: string | null;
  ip: string | null;
  userAgent: string | null;
  documentSha256: string | null;
  refusalReason: string | null;
  declaredById: string | null;
  declaredByName: string | null;
  declaredByEmail: string | null;
}

export interface WrittenSteps {
  steps: number;
  scans: number;
  /** The SHA-256 of the scanned copy of a paper signature, by step id. */
  scanShaOf: Map<string, string>;
  /** The authority a signature names (délibération, délégation), by step id. */
  authorisationOf: Map<string, string>;
}

export const stepIdOf = (seed: number, versionId: string, party: ConventionParty) =>
  benchId(seed, "SignatureStep", `${versionId}:${party}`);

/**
 * The signature steps of every frozen version, as the signing forms record them: signer, qualité,
 * authority, time, address and browser, the frozen document's hash; a reason for a refusal; a
 * scanned copy for a signature given on paper: recorded by its signer, or declared by the
 * collectivité's agent for a party whose signer has no account (declaredParties).
 */
export async function unsafeWriteSignatureSteps(
  db: Db,
  conventions: readonly WrittenConvention[],
  frozenShaOf: ReadonlyMap<string, string>,
  scope: BenchConventionScope,
): Promise<WrittenSteps> {
  const steps: StepRow[] = [];
  const scans: { id: string; bytes: Uint8Array; sha: string }[] = [];
  const result: WrittenSteps = {
    steps: 0,
    scans: 0,
    scanShaOf: new Map(),
    authorisationOf: new Map(),
  };
  for (const w of conventions) {
    for (const [i, version] of w.plan.versions.entries()) {
      if (!version.frozenAt) continue;
      const versionId = w.versionIds[i]!;
      const declared = declaredParties(version, (party) => signerOf(w, party, scope), w.agent);
      for (const step of version.steps) {
        const { row, scan } = await stepRow(
          w,
          version,
          versionId,
          step,
          frozenShaOf.get(versionId)!,
          scope,
          declared.has(step.party),
        );
        steps.push(row);
        if (row.authorisationReference)
          result.authorisationOf.set(row.id, row.authorisationReference);
        if (scan) {
          scans.push({ id: row.id, ...scan });
          result.scanShaOf.set(row.id, scan.sha);
        }
      }
    }
  }
  await db.$transaction((tx) => bulkInsert(tx, "SignatureStep", STEP_COLUMNS, steps), {
    timeout: 600_000,
  });
  for (let i = 0; i < scans.length; i += 200)
    await writeBytes(db, "scanPdf", scans.slice(i, i + 200));
  return { ...result, steps: steps.length, scans: scans.length };
}

async function stepRow(
  w: WrittenConvention,
  version: PlannedVersion,
  versionId: string,
  step: PlannedStep,
  frozenSha: string,
  scope: BenchConventionScope,
  declared: boolean,
): Promise<{ row: StepRow; scan: { bytes: Uint8Array; sha: string } | null }> {
  const base: StepRow = {
    id: stepIdOf(scope.seed, versionId, step.party),
    versionId,
    order: step.order,
    party: step.party,
    status: step.status,
    createdAt: version.frozenAt,
    decidedAt: step.decidedAt,
    signerId: null,
    signerName: null,
    signerEmail: null,
    qualite: null,
    authorisationKind: null,
    authorisationReference: null,
    authorisationDate: null,
    ip: null,
    userAgent: null,
    documentSha256: null,
    refusalReason: step.refusalReason,
    declaredById: null,
    declaredByName: null,
    declaredByEmail: null,
  };
  if (!step.decidedAt) return { row: base, scan: null };
  const signer = signerOf(w, step.party, scope);
  if (step.status === "REFUSEE")
    return {
      row: { ...base, signerId: signer.id, signerName: signer.name, signerEmail: signer.email },
      scan: null,
    };
  const evidence = signatureEvidence(
    `${versionId}:${step.party}`,
    step.party,
    signer,
    step.decidedAt,
    scope.seed,
  );
  const signed = {
    ...base,
    signerName: signer.name,
    qualite: signer.qualite,
    documentSha256: frozenSha,
    ...evidence,
  };
  if (!step.offline)
    return { row: { ...signed, signerId: signer.id, signerEmail: signer.email }, scan: null };
  const bytes = await renderScanPdf(
    [
      `Copie numérisée – ${w.reference}, version ${version.number}`,
      w.title.length > 90 ? `${w.title.slice(0, 89)}…` : w.title,
      `Signée sur papier pour : ${PARTY_LABELS[step.party]}`,
      `Signataire : ${signer.name}, ${signer.qualite ?? ""}`,
      `Le ${formatDate(step.decidedAt)} – données fictives (jeu de mesure)`,
    ],
    step.decidedAt,
  );
  // Recorded by the signer (their account, when they have one), or declared by the collectivité's agent.
  const recorded = declared
    ? {
        signerId: null,
        signerEmail: null,
        declaredById: w.agent.id,
        declaredByName: w.agent.name,
        declaredByEmail: w.agent.email,
      }
    : { signerId: signer.id, signerEmail: signer.email };
  return {
    row: { ...signed, ...recorded, ip: null, userAgent: null },
    scan: { bytes, sha: sha256Hex(bytes) },
  };
}
