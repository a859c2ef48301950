import { type SigningStep } from "@/lib/conventions/content";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";

/** How a maintenance level reads; "" is « no particular level ». */
export const levelLabel = (level: string) => (level === "" ? "Aucun" : level);

/** The signing ranks in order, parties of the same rank together: « 1. Établissement (EPLE) ; 2. État (académie) et Collectivité (en parallèle) ». */
export function signingRanks(order: readonly SigningStep[]): string[] {
  const ranks = [...new Set(order.map((s) => s.order))].sort((a, b) => a - b);
  return ranks.map((rank, i) => {
    const parties = order.filter((s) => s.order === rank).map((s) => PARTY_LABELS[s.party]);
    return `${i + 1}. ${parties.join(" et ")}${parties.length > 1 ? " (en parallèle)" : ""}`;
  });
}
