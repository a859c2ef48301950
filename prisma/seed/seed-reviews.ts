import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { unsafeReviewFigures } from "@/lib/reviews/figures";
import { presentableMeetingWhere, unsafeWriteFrozenReview } from "@/lib/reviews/write-review";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (bilan fictif)" };

/** The last school year ended before `now`: 1 September to 31 August. */
function lastSchoolYear(now: Date): { from: Date; to: Date } {
  const year = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return { from: new Date(Date.UTC(year - 1, 8, 1)), to: new Date(Date.UTC(year, 7, 31)) };
}

/**
 * The annual review of the first tripartite convention in force of Ille-et-Vilaine (by
 * reference), for the last school year: its figures as the product assembles them, the three
 * parties' assessments (the collège's by a fictitious principal without an account), the
 * conclusions, presented at the latest meeting of a body steering it, frozen. Idempotent: a
 * convention that already has a review is left as it is. Command line only.
 */
export async function unsafeSeedDemoReviews(db: Db, now = new Date()): Promise<number> {
  const convention = await db.convention.findFirst({
    where: {
      status: "EN_VIGUEUR",
      kind: "TRIPARTITE",
      collectivite: { code: "35" },
      endsOn: { gt: now },
      inForceVersionId: { not: null },
    },
    orderBy: { reference: "asc" },
    select: {
      id: true,
      kind: true,
      reference: true,
      title: true,
      parentId: true,
      collectiviteId: true,
      academieCode: true,
      etablissementId: true,
      inForceVersionId: true,
      _count: { select: { reviews: true } },
    },
  });
  if (!convention || convention._count.reviews > 0) return 0;
  const [agent, drane] = await Promise.all(
    ["agent.35@demo.tripartite.fr", "drane.rennes@demo.tripartite.fr"].map((email) =>
      db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } }),
    ),
  );
  const period = lastSchoolYear(now);
  const figures = await unsafeReviewFigures(convention, period, now);
  const meeting = await db.meeting.findFirst({
    where: { ...presentableMeetingWhere(convention), startsAt: { lt: now } },
    orderBy: { startsAt: "desc" },
    select: { id: true },
  });
  const assessments = [
    {
      party: "EPLE" as const,
      rating: "SATISFAISANT" as const,
      text: "Les pannes des salles de cours ont été prises en charge dans les délais ; le Wi-Fi du CDI reste instable aux heures d'affluence.",
      authorId: null,
      authorName: "Marc Guillemot, principal (personne fictive)",
    },
    {
      party: "ETAT" as const,
      rating: "A_AMELIORER" as const,
      text: "Les usages des écrans interactifs progressent ; les enseignants arrivés à la rentrée doivent être formés au premier trimestre.",
      authorId: drane!.id,
      authorName: drane!.name,
    },
    {
      party: "COLLECTIVITE" as const,
      rating: "SATISFAISANT" as const,
      text: "Le renouvellement des postes suit le plan ; deux bornes Wi-Fi seront ajoutées au CDI.",
      authorId: agent!.id,
      authorName: agent!.name,
    },
  ];
  const conclusions =
    "Ajouter deux bornes Wi-Fi au CDI ; inscrire une formation des nouveaux enseignants au premier trimestre ; garder les délais de prise en charge actuels.";
  await db.$transaction(
    async (tx) => {
      const review = await tx.conventionReview.create({
        data: {
          conventionId: convention.id,
          periodFrom: period.from,
          periodTo: period.to,
          figures: figures as unknown as Prisma.InputJsonValue,
          figuresAt: now,
          conclusions,
          meetingId: meeting?.id ?? null,
          createdById: agent!.id,
          assessments: { create: assessments },
        },
        select: { id: true },
      });
      const sha256 = await unsafeWriteFrozenReview(
        tx,
        {
          ...review,
          figures,
          conclusions,
          meetingId: meeting?.id ?? null,
          convention,
          assessments,
        },
        now,
      );
      await appendAuditEvent(tx, {
        actor: DEMO_ACTOR,
        scope: partiesAuditScope(convention),
        action: "convention.review.freeze",
        entityType: "Convention",
        entityId: convention.id,
        after: { sha256 },
      });
    },
    { timeout: 60_000 },
  );
  return 1;
}
