import Link from "next/link";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import {
  CALL_PARTY_LABELS,
  DECISION_LABELS,
  type ApplicationDecision,
  REPORT_STATE_LABELS,
  type CallParty,
  type PartyScore,
  type ScoreView,
} from "@/lib/calls/instruction-rules";
import type { Instruction } from "@/lib/calls/read-instruction";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/ui/detail-list";
import { Badge } from "@/components/ui/badge";

const points = (n: number | null) =>
  n === null ? "—" : `${Number.isInteger(n) ? n : n.toFixed(1).replace(".", ",")} / 100`;

/** What the reader sees of the other party's score: hidden until it has scored itself. */
export function otherScoreText(view: ScoreView): string {
  if (view.other) return points(view.other.total);
  return view.otherScored ? "Notée, masquée jusqu'à votre notation" : "Pas encore notée";
}

/** Where a dossier's decision stands: taken, proposed by a party and awaiting the other, or none. */
export function decisionText(d: {
  decision: ApplicationDecision | null;
  decidedAt: Date | null;
  decisionProposedBy: CallParty | null;
}): string {
  if (!d.decision) return "—";
  const label = DECISION_LABELS[d.decision];
  if (d.decidedAt) return `${label} (décidé le ${formatDate(d.decidedAt)})`;
  return `${label} : proposé par ${CALL_PARTY_LABELS[d.decisionProposedBy ?? "COLLECTIVITE"]}, à confirmer`;
}

/** The scores of one party as a sentence: total, by whom, when. */
export function scoreLine(score: PartyScore, criteria: readonly { label: string }[]): string {
  const detail = criteria.map((c, i) => `${c.label} : ${score.points[i] ?? "—"}`).join(" ; ");
  return `${score.total} / 100 (${detail}), par ${score.scoredByName} le ${formatDateTime(score.scoredAt)}`;
}

/**
 * The instruction of a call as one party reads it: the envelope and what the decisions hold of it,
 * then the dossiers ranked by combined score, with the disagreements between the parties.
 */
export function InstructionSection({
  instruction,
  joint,
  envelopeCents,
  base,
}: {
  instruction: Instruction;
  joint: boolean;
  envelopeCents: bigint;
  base: string;
}) {
  const { envelope } = instruction;
  return (
    <section aria-labelledby="instruction-titre" className="space-y-3">
      <h2 id="instruction-titre">Instruction et décisions</h2>
      <p>
        {joint
          ? "Chaque partie note chaque dossier sur la grille sans voir la note de l'autre tant qu'elle n'a pas noté ; le comité décide ensuite, une partie propose et l'autre confirme."
          : "La collectivité note chaque dossier sur la grille, puis décide dans la limite de l'enveloppe."}
      </p>
      <DetailList
        rows={[
          ["Enveloppe", formatCents(envelopeCents)],
          ["Retenu (décisions prises)", formatCents(envelope.decided)],
          ["Retenu (décisions proposées, à confirmer)", formatCents(envelope.proposed)],
          ["Reste disponible", formatCents(envelope.remaining)],
        ]}
      />
      <DataTable
        caption="Dossiers déposés, classés par note (moyenne des deux parties une fois les deux notations données)"
        rows={instruction.dossiers}
        rowKey={(d) => d.id}
        empty="Aucun dossier déposé."
        columns={[
          {
            key: "rank",
            header: "Rang",
            numeric: true,
            cell: (d) => (d.scores.combined === null ? "—" : instruction.dossiers.indexOf(d) + 1),
          },
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (d) => (
              <Link href={`${base}/dossiers/${d.id}`}>
                {d.etablissement.name} ({d.etablissement.communeName})
              </Link>
            ),
          },
          {
            key: "requested",
            header: "Demandé",
            numeric: true,
            cell: (d) => formatCents(d.requestedCents),
          },
          {
            key: "own",
            header: `Note de ${instruction.reader === "COLLECTIVITE" ? "la collectivité" : "l'académie"}`,
            cell: (d) => (d.scores.own ? points(d.scores.own.total) : "Pas encore notée"),
          },
          ...(joint
            ? [
                {
                  key: "other",
                  header: `Note de ${instruction.reader === "COLLECTIVITE" ? "l'académie" : "la collectivité"}`,
                  cell: (d: (typeof instruction.dossiers)[number]) => otherScoreText(d.scores),
                },
                {
                  key: "gap",
                  header: "Écart",
                  cell: (d: (typeof instruction.dossiers)[number]) =>
                    d.scores.gap === null ? (
                      "—"
                    ) : d.scores.disagreement ? (
                      <Badge tone="warning">{`Désaccord : ${d.scores.gap} points`}</Badge>
                    ) : (
                      `${d.scores.gap} points`
                    ),
                },
              ]
            : []),
          {
            key: "combined",
            header: "Note retenue",
            cell: (d) => points(d.scores.combined),
          },
          { key: "decision", header: "Décision", cell: (d) => decisionText(d) },
          {
            key: "follow",
            header: "Suivi",
            cell: (d) =>
              d.deliveredOn
                ? `Livré le ${formatDate(d.deliveredOn)} ; ${d.schedule
                    .map(
                      (s) =>
                        `bilan ${s.milestone} mois : ${REPORT_STATE_LABELS[s.state].toLowerCase()}`,
                    )
                    .join(", ")}`
                : d.decidedAt && d.grantedCents !== null
                  ? `Accordé ${formatCents(d.grantedCents)}, livraison à venir`
                  : "—",
          },
        ]}
      />
    </section>
  );
}
