import type { Db } from "@/lib/db/client";
import { readContent } from "@/lib/conventions/content";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (propositions fictives)" };
const DAY = 86_400_000;

const ADDED =
  "Le référent numérique de l'établissement et le conseiller de la DRANE font le point chaque trimestre sur les usages pédagogiques des équipements.";

/**
 * A draft written together: on the first tripartite draft of Ille-et-Vilaine, the DRANE of Rennes
 * proposed an addition to an article, which the département's agent accepted (it is in the draft),
 * and a change of a matrix row, which the agent rejected with a reason. Idempotent: a draft that
 * already has proposals is left as it is. Bypasses the access context: command line only.
 */
export async function unsafeSeedDemoProposals(db: Db, now = new Date()): Promise<number> {
  const draft = await db.convention.findFirst({
    where: { status: "BROUILLON", kind: "TRIPARTITE", collectivite: { code: "35" } },
    orderBy: { reference: "asc" },
    select: {
      id: true,
      reference: true,
      collectiviteId: true,
      academieCode: true,
      etablissementId: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, content: true } },
      _count: { select: { proposals: true } },
    },
  });
  const version = draft?.versions[0];
  if (!draft || !version || draft._count.proposals > 0) return 0;
  const [drane, agent] = await Promise.all(
    ["drane.rennes@demo.tripartite.fr", "agent.35@demo.tripartite.fr"].map((email) =>
      db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } }),
    ),
  );
  const content = readContent(version.content);
  const article = content.articles.length > 1 ? 1 : 0;
  const before = content.articles[article]!;
  const proposed = { title: before.title, body: `${before.body}\n\n${ADDED}` };
  const row = content.matrix[0];
  const proposedAt = new Date(now.getTime() - 12 * DAY);
  const decidedAt = new Date(now.getTime() - 9 * DAY);
  await db.$transaction(async (tx) => {
    await tx.conventionProposal.create({
      data: {
        conventionId: draft.id,
        versionId: version.id,
        party: "ETAT",
        authorId: drane!.id,
        authorName: drane!.name,
        target: "ARTICLE",
        targetIndex: article,
        targetLabel: `Article ${article + 1} — ${before.title}`,
        before,
        proposed,
        rationale:
          "Le suivi des usages est un engagement de l'académie : il doit figurer dans la convention.",
        status: "ACCEPTEE",
        decidedById: agent!.id,
        decidedByName: agent!.name,
        decidedAt,
        decisionReason: "Ajout repris tel quel.",
        createdAt: proposedAt,
      },
    });
    await tx.conventionVersion.update({
      where: { id: version.id },
      data: {
        content: {
          ...content,
          articles: content.articles.map((a, i) => (i === article ? proposed : a)),
        },
      },
    });
    if (row)
      await tx.conventionProposal.create({
        data: {
          conventionId: draft.id,
          versionId: version.id,
          party: "ETAT",
          authorId: drane!.id,
          authorName: drane!.name,
          target: "MATRICE",
          targetIndex: 0,
          targetLabel: `Matrice, ligne 1 — ${row.domain}`,
          before: row,
          proposed: { ...row, holder: "PARTAGE", detail: "Avec l'appui de la DANE" },
          rationale: "L'académie souhaite partager ce domaine avec la collectivité.",
          status: "REJETEE",
          decidedById: agent!.id,
          decidedByName: agent!.name,
          decidedAt,
          decisionReason:
            "Ce domaine relève de la collectivité dans toutes les conventions du département.",
          createdAt: proposedAt,
        },
      });
    await appendAuditEvent(tx, {
      actor: DEMO_ACTOR,
      scope: partiesAuditScope(draft),
      action: "convention.propose",
      entityType: "Convention",
      entityId: draft.id,
      after: { reference: draft.reference, propositions: row ? 2 : 1 },
    });
  });
  return row ? 2 : 1;
}
