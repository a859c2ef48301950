import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { readContent, type ConventionContent } from "@/lib/conventions/content";
import {
  documentSourceOf,
  documentValues,
  filledArticles,
} from "@/lib/conventions/document-values";
import { diffContent } from "@/lib/conventions/diff-content";
import { displayStatus } from "@/lib/conventions/machine";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { omit } from "@/lib/objects";
import {
  conventionHeaderSelect,
  stepEvidenceSelect,
  versionHeaderSelect,
} from "@/lib/conventions/selects";

const stepSelect = {
  id: true,
  ...stepEvidenceSelect,
  refusalReason: true,
  remindedAt: true,
} as const satisfies Prisma.SignatureStepSelect;

const versionSelect = {
  ...versionHeaderSelect,
  frozenAt: true,
  frozenSha256: true,
  signedAt: true,
  finalSha256: true,
  createdAt: true,
  steps: { orderBy: [{ order: "asc" }, { party: "asc" }], select: stepSelect },
} as const satisfies Prisma.ConventionVersionSelect;

const conventionSelect = {
  ...conventionHeaderSelect,
  terminatedOn: true,
  terminationReason: true,
  inForceVersionId: true,
  createdAt: true,
  updatedAt: true,
  collectivite: { select: { code: true, name: true } },
  academie: { select: { code: true, name: true } },
  etablissement: { select: { uai: true, name: true, communeName: true } },
  parent: {
    select: { id: true, reference: true, title: true, kind: true, inForceVersionId: true },
  },
  children: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      reference: true,
      title: true,
      kind: true,
      status: true,
      endsOn: true,
      etablissement: { select: { name: true } },
    },
  },
  versions: { orderBy: { number: "desc" }, select: versionSelect },
} as const satisfies Prisma.ConventionSelect;

/** Signed versions of a convention and of its avenants, oldest first: the history of what was in force. */
async function signedHistory(conventionId: string) {
  return db.conventionVersion.findMany({
    where: {
      status: "SIGNEE",
      convention: { OR: [{ id: conventionId }, { parentId: conventionId, kind: "AVENANT" }] },
    },
    orderBy: { signedAt: "asc" },
    select: {
      id: true,
      number: true,
      signedAt: true,
      startsOn: true,
      endsOn: true,
      content: true,
      convention: { select: { id: true, reference: true, kind: true } },
    },
  });
}

/**
 * One convention of the context's scope with its versions, signature steps, avenants and, where
 * it applies, the consolidated version in force and an avenant's changes against it.
 */
export async function getConvention(ctx: AccessContext, conventionId: string, now = new Date()) {
  assertCan(ctx, "convention.read");
  const convention = await db.convention.findFirst({
    where: { AND: [{ id: conventionId }, conventionScopeWhere(ctx)] },
    select: conventionSelect,
  });
  if (!convention)
    throw new AppError("NOT_FOUND", "Cette convention n'existe pas, ou vous n'y avez pas accès.");
  const current = convention.versions[0]!;
  const history = convention.kind === "AVENANT" ? [] : await signedHistory(convention.id);
  const inForce = history.find((v) => v.id === convention.inForceVersionId) ?? null;

  // An avenant is compared with what was in force when it was drafted: the parent's last signed
  // version before this avenant was signed (or now, while it is being drafted).
  let diff = null;
  if (convention.kind === "AVENANT" && convention.parent) {
    const parentHistory = await signedHistory(convention.parent.id);
    const until = current.status === "SIGNEE" ? current.signedAt : null;
    const base = parentHistory
      .filter((v) => v.id !== current.id && (!until || (v.signedAt && v.signedAt < until)))
      .at(-1);
    if (base) diff = diffContent(readContent(base.content), readContent(current.content));
  }
  // What the PDF of a version says: its articles with the variables filled the same way.
  const filled = (version: {
    content: unknown;
    startsOn: Date | null;
    endsOn: Date | null;
  }): ConventionContent => {
    const source = documentSourceOf(convention, version);
    return { ...source.content, articles: filledArticles(source) };
  };
  // A draft that a refusal sent back: the refused version is the one just before it.
  const refusedStep =
    current.status === "BROUILLON"
      ? convention.versions[1]?.steps.find((s) => s.status === "REFUSEE")
      : undefined;
  const refusal =
    refusedStep && refusedStep.refusalReason
      ? {
          party: refusedStep.party,
          by: refusedStep.signerName,
          on: refusedStep.decidedAt,
          reason: refusedStep.refusalReason,
          versionNumber: convention.versions[1]!.number,
        }
      : null;
  return {
    ...convention,
    refusal,
    displayStatus: displayStatus(convention.status, convention.endsOn, now),
    current: {
      ...current,
      content: readContent(current.content),
      filledContent: filled(current),
      // To show other texts of this version (its proposals) as the document reads.
      values: documentValues(documentSourceOf(convention, current)),
    },
    versions: convention.versions.map((v) => omit(v, "content")),
    inForce: inForce
      ? { ...inForce, content: readContent(inForce.content), filledContent: filled(inForce) }
      : null,
    history: history.map((v) => omit(v, "content")),
    avenants: convention.children
      .filter((c) => c.kind === "AVENANT")
      .map((c) => ({ ...c, displayStatus: displayStatus(c.status, c.endsOn, now) })),
    tripartites: convention.children.filter((c) => c.kind === "TRIPARTITE"),
    diff,
  };
}

export type ConventionDetail = Awaited<ReturnType<typeof getConvention>>;
