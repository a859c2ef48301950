import Link from "next/link";
import type { ConventionDetail } from "@/lib/conventions/get-convention";
import type { listReviews } from "@/lib/reviews/read-review";
import { isReviewable, REVIEW_STATUS_LABELS } from "@/lib/reviews/vocabulary";
import { todayInParisIso } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import type { ScopeProps } from "@/components/forms/action-form";
import { DataTable } from "@/components/ui/data-table";
import { OpenReviewForm } from "@/components/reviews/review-forms";

/** The day a year before `iso` (AAAA-MM-JJ), plus one: a period of twelve months ending on it. */
function yearBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The annual reviews of a convention in force, and for the pilot the form that opens
 * the next one (none while one is in preparation).
 */
export function ReviewsSection({
  convention: c,
  reviews,
  listHref,
  writer,
  scope,
}: {
  convention: ConventionDetail;
  reviews: Awaited<ReturnType<typeof listReviews>>;
  listHref: string;
  writer: boolean;
  scope: ScopeProps;
}) {
  const reviewable =
    isReviewable(c.kind) && (c.displayStatus === "EN_VIGUEUR" || c.displayStatus === "EXPIREE");
  if (!reviewable && reviews.length === 0) return null;
  const today = todayInParisIso();
  const opens = writer && reviewable && !reviews.some((r) => r.status === "BROUILLON");
  return (
    <section aria-labelledby="bilans-titre" className="space-y-3">
      <h2 id="bilans-titre">Bilans annuels</h2>
      <DataTable
        caption="Bilans annuels de la convention, le plus récent d'abord"
        rows={reviews}
        rowKey={(r) => r.id}
        empty="Aucun bilan pour l'instant."
        columns={[
          {
            key: "period",
            header: "Période",
            rowHeader: true,
            cell: (r) => (
              <Link href={`${listHref}/bilans/${r.id}`}>
                du {formatDate(r.periodFrom)} au {formatDate(r.periodTo)}
              </Link>
            ),
          },
          { key: "status", header: "État", cell: (r) => REVIEW_STATUS_LABELS[r.status] },
          {
            key: "assessments",
            header: "Appréciations",
            numeric: true,
            cell: (r) => `${r._count.assessments} / 3`,
          },
        ]}
      />
      {opens && (
        <>
          <p className="text-sm">
            Le bilan rassemble les chiffres de la période (assistance et niveaux de service,
            équipement, dotations, besoins, décisions des instances) ; chaque partie y ajoute son
            appréciation, puis vous le figez. Le renouvellement part du dernier bilan figé.
          </p>
          <OpenReviewForm conventionId={c.id} from={yearBefore(today)} to={today} {...scope} />
        </>
      )}
    </section>
  );
}
