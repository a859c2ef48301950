import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "@/lib/format";
import { REPORT_STATE_LABELS, type reportSchedule } from "@/lib/calls/instruction-rules";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";

/** One line per report due of a funded project: where it stands, and its due date. */
export const scheduleRows = (schedule: ReturnType<typeof reportSchedule>): DetailRow[] =>
  schedule.map((s) => [
    `Bilan à ${s.milestone} mois`,
    `${REPORT_STATE_LABELS[s.state]} (échéance ${formatDate(s.dueOn)})`,
  ]);

export interface ReportView {
  id: string;
  milestone: number;
  classesUsing: number;
  pupilsReached: number;
  equipmentInUsePct: number;
  whatWorked: string;
  difficulties: string;
  filedAt: Date;
  filedByName: string;
  assessment: string | null;
  assessedAt: Date | null;
  assessedByName: string | null;
}

/**
 * The collège's reports on a funded project, each with the académie's assessment once given;
 * `assess` renders the assessment form of a report still without one (the académie's space).
 */
export function ReportsList({
  reports,
  assess,
}: {
  reports: readonly ReportView[];
  assess?: (report: ReportView) => ReactNode;
}) {
  if (reports.length === 0) return <p>Aucun bilan déposé pour l&apos;instant.</p>;
  return (
    <>
      {reports.map((r) => (
        <article key={r.id} aria-labelledby={`bilan-${r.milestone}`} className="space-y-2">
          <h3 id={`bilan-${r.milestone}`}>{`Bilan à ${r.milestone} mois`}</h3>
          <DetailList
            rows={[
              ["Déposé", `le ${formatDateTime(r.filedAt)} par ${r.filedByName}`],
              ["Classes qui utilisent l'équipement", String(r.classesUsing)],
              ["Élèves concernés", String(r.pupilsReached)],
              ["Part de l'équipement utilisée en classe", `${r.equipmentInUsePct} %`],
              ["Ce qui a fonctionné", r.whatWorked],
              ["Difficultés rencontrées", r.difficulties],
              [
                "Appréciation pédagogique de l'académie",
                r.assessment
                  ? `${r.assessment} (${r.assessedByName ?? "—"}, le ${formatDateTime(r.assessedAt)})`
                  : "pas encore donnée",
              ],
            ]}
          />
          {!r.assessment && assess ? assess(r) : null}
        </article>
      ))}
    </>
  );
}
