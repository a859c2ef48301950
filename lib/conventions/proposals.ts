import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty, ProposalStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import {
  articleSchema,
  conventionContentSchema,
  matrixRowSchema,
  readContent,
  signingKindOf,
  type ConventionContent,
} from "@/lib/conventions/content";
import { partyOfScope } from "@/lib/conventions/machine";
import { PARTY_IN_SENTENCE, partiesOf } from "@/lib/conventions/vocabulary";
import {
  appendConventionAuditEvent,
  assertCanApply,
  lockConvention,
  type LockedConvention,
} from "@/lib/conventions/load-convention";
import { notifyParty } from "@/lib/conventions/notify-parties";
import {
  decideProposalSchema,
  proposeSchema,
  withdrawProposalSchema,
} from "@/lib/conventions/proposal-schemas";

/*
 * Co-writing a convention: the académie and the collège propose changes to a draft (an article's
 * text, a matrix row) or comment on it; only the pilot collectivité edits the draft, by accepting a
 * proposal (its change is applied) or rejecting it with a reason. Each proposal stays with the
 * version it was made on. A draft is submitted to signature only once every proposal is answered.
 */

type Tx = Prisma.TransactionClient;

const NOT_A_DRAFT =
  "Cette convention n'est plus un brouillon : les propositions se font sur un brouillon. À la signature, chaque partie peut refuser en donnant son motif.";

const GONE = "Cet élément n'existe plus dans le brouillon : rechargez la page.";

/** « Article 3 — Maintenance », « Matrice, ligne 2 — Postes », what a proposal is about. */
function targetLabel(
  content: ConventionContent,
  target: "ARTICLE" | "MATRICE" | "GENERAL",
  index: number | null,
): string {
  if (target === "GENERAL" || index === null) return "Le brouillon dans son ensemble";
  if (target === "ARTICLE") return `Article ${index + 1} — ${content.articles[index]!.title}`;
  return `Matrice, ligne ${index + 1} — ${content.matrix[index]!.domain}`;
}

/** The article or row at `index`, null when the draft has none there. */
function elementAt(
  content: ConventionContent,
  target: "ARTICLE" | "MATRICE" | "GENERAL",
  index: number | null,
) {
  if (target === "GENERAL" || index === null) return null;
  return (target === "ARTICLE" ? content.articles[index] : content.matrix[index]) ?? null;
}

/** Two articles or rows read the same (JSON columns do not keep the order of keys). */
function sameElement(target: "ARTICLE" | "MATRICE", a: unknown, b: unknown): boolean {
  if (target === "ARTICLE") {
    const x = articleSchema.safeParse(a);
    const y = articleSchema.safeParse(b);
    return x.success && y.success && x.data.title === y.data.title && x.data.body === y.data.body;
  }
  const x = matrixRowSchema.safeParse(a);
  const y = matrixRowSchema.safeParse(b);
  return (
    x.success &&
    y.success &&
    x.data.domain === y.data.domain &&
    x.data.holder === y.data.holder &&
    x.data.level === y.data.level &&
    x.data.detail === y.data.detail
  );
}

/** The party a context proposes for: the académie or the collège, a party to this convention. */
function proposingParty(ctx: AccessContext, convention: LockedConvention): ConventionParty {
  assertCan(ctx, "convention.propose");
  const party = partyOfScope(ctx.scope.type);
  if (!party || party === "COLLECTIVITE") throw new AppError("FORBIDDEN");
  if (!partiesOf(signingKindOf(convention)).includes(party)) throw new AppError("NOT_FOUND");
  return party;
}

/** Loads a proposal of a convention the context sees, and locks that convention. */
async function lockProposal(tx: Tx, ctx: AccessContext, proposalId: string) {
  const proposal = await tx.conventionProposal.findFirst({
    where: { id: proposalId, convention: conventionScopeWhere(ctx) },
    select: {
      id: true,
      conventionId: true,
      versionId: true,
      party: true,
      authorId: true,
      status: true,
      target: true,
      targetIndex: true,
      targetLabel: true,
      before: true,
      proposed: true,
    },
  });
  if (!proposal)
    throw new AppError("NOT_FOUND", "Cette proposition n'existe pas, ou vous n'y avez pas accès.");
  const convention = await lockConvention(tx, ctx, proposal.conventionId);
  return { proposal, convention };
}

function assertOpen(
  proposal: { status: ProposalStatus; versionId: string },
  convention: LockedConvention,
) {
  if (proposal.status !== "OUVERTE" || proposal.versionId !== convention.current.id)
    throw new AppError("CONFLICT", "Cette proposition a déjà reçu une réponse.");
}

/**
 * The académie or the collège proposes a change to an article or a matrix row of a draft, or
 * comments on the draft as a whole, with its reason. The pilot collectivité's agents are told.
 */
export async function proposeConventionChange(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  assertCan(ctx, "convention.propose");
  const data = proposeSchema.parse(input);
  const { id, mailIds } = await db.$transaction(async (tx) => {
    const convention = await lockConvention(tx, ctx, data.conventionId);
    const party = proposingParty(ctx, convention);
    assertCanApply(convention, "edit", NOT_A_DRAFT);
    const content = readContent(convention.current.content);
    const before = elementAt(content, data.target, data.index);
    if (data.target !== "GENERAL" && !before) throw new AppError("INVALID_INPUT", GONE);
    const proposed =
      data.target === "ARTICLE"
        ? { title: (before as { title: string }).title, body: data.body }
        : data.target === "MATRICE"
          ? { domain: (before as { domain: string }).domain, ...data.row }
          : null;
    if (proposed && data.target !== "GENERAL" && sameElement(data.target, before, proposed))
      throw new AppError(
        "INVALID_INPUT",
        "Votre proposition reprend le texte actuel du brouillon : modifiez-le, ou faites un commentaire général.",
      );
    const label = targetLabel(content, data.target, data.index);
    const created = await tx.conventionProposal.create({
      data: {
        conventionId: convention.id,
        versionId: convention.current.id,
        party,
        authorId: ctx.user.id,
        authorName: ctx.user.name,
        target: data.target,
        targetIndex: data.index,
        targetLabel: label,
        before: before ?? undefined,
        proposed: proposed ?? undefined,
        rationale: data.rationale,
      },
      select: { id: true },
    });
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.propose",
      after: { objet: label, motif: data.rationale, version: convention.current.number },
      occurredAt: now,
    });
    const mailIds = await notifyParty(
      tx,
      convention,
      "COLLECTIVITE",
      {
        subject: proposed ? "Proposition de modification" : "Commentaire sur un brouillon",
        lines: [
          `${PARTY_IN_SENTENCE[party][0]!.toUpperCase()}${PARTY_IN_SENTENCE[party].slice(1)} (${ctx.user.name}) ${proposed ? "propose une modification" : "commente le brouillon"} : ${label}.`,
          `Motif : ${data.rationale}`,
          "Acceptez-la ou rejetez-la avec votre motif depuis la page de la convention.",
        ],
      },
      "convention.write",
    );
    return { id: created.id, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return { id };
}

/**
 * The pilot collectivité answers a proposal: accepting applies its change to the draft (refused
 * if the article or row has changed since it was proposed), rejecting needs a reason. The
 * proposing party is told.
 */
export async function decideConventionProposal(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  requireCollectivite(ctx, "convention.write");
  const data = decideProposalSchema.parse(input);
  const accept = data.decision === "accepter";
  const { result, mailIds } = await db.$transaction(async (tx) => {
    const { proposal, convention } = await lockProposal(tx, ctx, data.proposalId);
    assertCanApply(convention, "edit", NOT_A_DRAFT);
    assertOpen(proposal, convention);
    if (proposal.authorId === ctx.user.id)
      throw new AppError(
        "FORBIDDEN",
        `Vous avez fait cette proposition pour ${PARTY_IN_SENTENCE[proposal.party]} : une même personne ne propose pas pour une partie et ne tranche pas pour une autre.`,
      );
    if (accept && proposal.proposed !== null && proposal.target !== "GENERAL") {
      const content = readContent(convention.current.content);
      const current = elementAt(content, proposal.target, proposal.targetIndex);
      if (!current || !sameElement(proposal.target, current, proposal.before))
        throw new AppError(
          "CONFLICT",
          `${proposal.targetLabel} a changé depuis la proposition : rejetez-la en l'expliquant, ou reprenez son texte à la main.`,
        );
      const index = proposal.targetIndex!;
      const next =
        proposal.target === "ARTICLE"
          ? {
              ...content,
              articles: content.articles.map((a, i) =>
                i === index ? articleSchema.parse(proposal.proposed) : a,
              ),
            }
          : {
              ...content,
              matrix: content.matrix.map((r, i) =>
                i === index ? matrixRowSchema.parse(proposal.proposed) : r,
              ),
            };
      await tx.conventionVersion.update({
        where: { id: convention.current.id, conventionId: convention.id, status: "BROUILLON" },
        data: { content: conventionContentSchema.parse(next) },
        select: { id: true },
      });
    }
    const { count } = await tx.conventionProposal.updateMany({
      where: { id: proposal.id, status: "OUVERTE" },
      data: {
        status: accept ? "ACCEPTEE" : "REJETEE",
        decidedById: ctx.user.id,
        decidedByName: ctx.user.name,
        decidedAt: now,
        decisionReason: data.reason || null,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Cette proposition a déjà reçu une réponse.");
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: accept ? "convention.proposal.accept" : "convention.proposal.reject",
      after: {
        objet: proposal.targetLabel,
        ...(data.reason ? { motif: data.reason } : {}),
        version: convention.current.number,
      },
      occurredAt: now,
    });
    const mailIds = await notifyParty(
      tx,
      convention,
      proposal.party,
      {
        subject: accept ? "Proposition acceptée" : "Proposition rejetée",
        lines: [
          `La collectivité (${ctx.user.name}) a ${accept ? "accepté" : "rejeté"} votre proposition : ${proposal.targetLabel}.`,
          ...(data.reason ? [`Motif : ${data.reason}`] : []),
        ],
      },
      "convention.propose",
    );
    return { result: { accepted: accept, label: proposal.targetLabel }, mailIds };
  });
  await deliverQueuedMails(db, mailIds);
  return result;
}

/** The party that made a proposal withdraws it while it is open. No other party may. */
export async function withdrawConventionProposal(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  assertCan(ctx, "convention.propose");
  const data = withdrawProposalSchema.parse(input);
  return db.$transaction(async (tx) => {
    const { proposal, convention } = await lockProposal(tx, ctx, data.proposalId);
    if (proposingParty(ctx, convention) !== proposal.party)
      throw new AppError(
        "FORBIDDEN",
        `Seule ${PARTY_IN_SENTENCE[proposal.party]} peut retirer sa proposition.`,
      );
    assertOpen(proposal, convention);
    await tx.conventionProposal.update({
      where: { id: proposal.id },
      data: {
        status: "RETIREE",
        decidedById: ctx.user.id,
        decidedByName: ctx.user.name,
        decidedAt: now,
      },
      select: { id: true },
    });
    await appendConventionAuditEvent(tx, ctx, convention, {
      action: "convention.proposal.withdraw",
      after: { objet: proposal.targetLabel, version: convention.current.number },
      occurredAt: now,
    });
    return { label: proposal.targetLabel };
  });
}

/** Refuses a submission while the académie or the collège waits for an answer on the draft. */
export async function assertProposalsAnswered(tx: Tx, versionId: string) {
  const open = await tx.conventionProposal.count({ where: { versionId, status: "OUVERTE" } });
  if (open > 0)
    throw new AppError(
      "CONFLICT",
      open === 1
        ? "Une proposition attend votre réponse : acceptez-la ou rejetez-la avant de soumettre la convention à la signature."
        : `${open} propositions attendent votre réponse : acceptez-les ou rejetez-les avant de soumettre la convention à la signature.`,
    );
}

/** Every proposal made on a convention the context sees, newest version first, oldest first within. */
export async function listConventionProposals(ctx: AccessContext, conventionId: string) {
  assertCan(ctx, "convention.read");
  const rows = await db.conventionProposal.findMany({
    where: { conventionId, convention: conventionScopeWhere(ctx) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      party: true,
      authorName: true,
      target: true,
      targetLabel: true,
      before: true,
      proposed: true,
      rationale: true,
      status: true,
      decidedByName: true,
      decidedAt: true,
      decisionReason: true,
      createdAt: true,
      version: { select: { number: true } },
    },
  });
  return rows.map(({ version, ...row }) => ({ ...row, versionNumber: version.number }));
}

export type ConventionProposalRow = Awaited<ReturnType<typeof listConventionProposals>>[number];
