import { formatDate, formatDecimal, plural } from "@/lib/format";
import type { ReviewFigures } from "@/lib/reviews/figures";
import { MEASURED_COMMITMENTS } from "@/lib/conventions/vocabulary";

/* The review's figures in words, the same on its page and in its PDF. */

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/** « du 1 septembre 2025 au 31 août 2026 ». */
export function periodLabel(period: ReviewFigures["period"]): string {
  return `du ${day(period.from)} au ${day(period.to)}`;
}

/** « 18 sur 20 (90 %) », or « aucun mesuré ». */
export function rateText(within: number, committed: number): string {
  if (committed === 0) return "aucun incident mesuré contre un engagement";
  return `${within} sur ${committed} (${Math.round((within * 100) / committed)} %)`;
}

const hours = (value: number | null) =>
  value === null ? "non mesuré" : `${formatDecimal(Math.round(value * 10) / 10)} h ouvrées`;

/** The assistance figures as sentences. */
export function describeAssistance(a: ReviewFigures["assistance"]): string[] {
  if (a.reported === 0) return ["Aucun incident signalé dans la période."];
  return [
    `${plural(a.reported, "incident signalé", "incidents signalés")}, dont ${a.openAtEnd} encore ouvert(s) en fin de période.`,
    `Prise en charge dans le délai de la convention : ${rateText(a.takeWithin, a.takeCommitted)} ; délai médian ${hours(a.takeMedianHours)}.`,
    `Résolution dans le délai de la convention : ${rateText(a.resolveWithin, a.resolveCommitted)} ; délai médian ${hours(a.resolveMedianHours)}.`,
  ];
}

type CommitmentFigure = NonNullable<ReviewFigures["commitments"]>[number];

const percent = (kind: CommitmentFigure["kind"]) =>
  kind === "PRISE_EN_CHARGE" || kind === "RESOLUTION";

/** A commitment's target and measure in words, and whether the measure reaches it. */
export function describeCommitment(c: CommitmentFigure): {
  target: string;
  measured: string;
  reached: string;
} {
  const unit = percent(c.kind) ? " %" : "";
  return {
    target: `${c.target}${unit}`,
    measured:
      c.measured === null
        ? MEASURED_COMMITMENTS.includes(c.kind)
          ? "rien à mesurer dans la période"
          : "suivi par la partie, non mesuré dans Tripartite"
        : `${c.measured}${unit}`,
    reached: c.measured === null ? "—" : c.measured >= c.target ? "Atteint" : "Non atteint",
  };
}
