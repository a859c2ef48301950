import "server-only";
import type { Db } from "@/lib/db/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { academieLabel } from "@/lib/referentials/labels";

/** What anyone holding a review's PDF may learn about it (the verification page): no text, no figure. */
export interface VerifiedReview {
  reference: string;
  title: string;
  periodFrom: Date;
  periodTo: Date;
  frozenAt: Date;
  parties: { collectivite: string; academie: string | null; etablissement: string | null };
  assessedBy: ConventionParty[];
}

/** Public lookup of a frozen review by the SHA-256 of its PDF. */
export async function verifyReviewDocument(db: Db, sha256: string): Promise<VerifiedReview | null> {
  const review = await db.conventionReview.findFirst({
    where: { frozenSha256: sha256, status: "FIGE" },
    select: {
      periodFrom: true,
      periodTo: true,
      frozenAt: true,
      assessments: { select: { party: true } },
      convention: {
        select: {
          reference: true,
          title: true,
          collectivite: { select: { name: true } },
          academie: { select: { name: true } },
          etablissement: { select: { name: true } },
        },
      },
    },
  });
  if (!review?.frozenAt) return null;
  const c = review.convention;
  return {
    reference: c.reference,
    title: c.title,
    periodFrom: review.periodFrom,
    periodTo: review.periodTo,
    frozenAt: review.frozenAt,
    parties: {
      collectivite: c.collectivite.name,
      academie: c.academie ? academieLabel(c.academie.name) : null,
      etablissement: c.etablissement?.name ?? null,
    },
    assessedBy: review.assessments.map((a) => a.party).sort(),
  };
}
