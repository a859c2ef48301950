import type { Prisma } from "@/lib/generated/prisma/client";

/* The fields several convention reads share, named once. */

/** What names a convention in a list, a page or a transition. */
export const conventionHeaderSelect = {
  id: true,
  reference: true,
  kind: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
} as const satisfies Prisma.ConventionSelect;

/** What names a version of a convention: its number, state, content and dates. */
export const versionHeaderSelect = {
  id: true,
  number: true,
  status: true,
  content: true,
  startsOn: true,
  endsOn: true,
} as const satisfies Prisma.ConventionVersionSelect;

/** A signature step's evidence, as the certificate of the final PDF and the page show it. */
export const stepEvidenceSelect = {
  order: true,
  party: true,
  status: true,
  signerName: true,
  signerEmail: true,
  qualite: true,
  authorisationKind: true,
  authorisationReference: true,
  authorisationDate: true,
  decidedAt: true,
  ip: true,
  userAgent: true,
  documentSha256: true,
  scanSha256: true,
  declaredByName: true,
  declaredByEmail: true,
} as const satisfies Prisma.SignatureStepSelect;

/** What the signing rules read of a step (openSteps, stepEngagedBy, allSigned). */
export const stepStateSelect = {
  id: true,
  order: true,
  party: true,
  status: true,
  signerId: true,
  declaredById: true,
} as const satisfies Prisma.SignatureStepSelect;
