import type { VerifiedReview } from "@/lib/reviews/verify-review";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { formatDate, formatDateTime } from "@/lib/format";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";

/** A frozen annual review recognised on « Vérifier un document »: what its first page says, no more. */
export function VerifiedReviewView({ review }: { review: VerifiedReview }) {
  const rows: DetailRow[] = [
    ["Convention", `${review.reference} — ${review.title}`],
    ["Période", `du ${formatDate(review.periodFrom)} au ${formatDate(review.periodTo)}`],
    ["Figé le", formatDateTime(review.frozenAt)],
    [PARTY_LABELS.COLLECTIVITE, review.parties.collectivite],
    ...(review.parties.academie ? [[PARTY_LABELS.ETAT, review.parties.academie] as DetailRow] : []),
    ...(review.parties.etablissement
      ? [[PARTY_LABELS.EPLE, review.parties.etablissement] as DetailRow]
      : []),
    ["Appréciations", review.assessedBy.map((p) => PARTY_LABELS[p]).join(", ")],
  ];
  return (
    <div className="mt-3">
      <DetailList rows={rows} />
    </div>
  );
}
