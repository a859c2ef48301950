import type { Assistance, SlaRule } from "@/lib/conventions/content";
import { ASSISTANCE_DOMAIN_LABELS, type SlaUnit } from "@/lib/assistance/vocabulary";

/*
 * How a measured service level reads, in the convention page, its PDF and the incident pages:
 * one wording everywhere, so the document a collège signs says what the clock measures.
 */

const UNIT_WORDS: Record<SlaUnit, { one: string; many: string }> = {
  HEURES_OUVREES: { one: "heure ouvrée", many: "heures ouvrées" },
  JOURS_OUVRES: { one: "jour ouvré", many: "jours ouvrés" },
};

/** « 1 jour ouvré », « 4 heures ouvrées »: French takes the singular below 2. */
export function describeDuration(amount: number, unit: SlaUnit): string {
  const words = UNIT_WORDS[unit];
  return `${amount} ${Math.abs(amount) < 2 ? words.one : words.many}`;
}

/** « 7 jours », « 1 jour »: the delays of automatic closing and reopening. */
export function describeDays(days: number): string {
  return `${days} ${Math.abs(days) < 2 ? "jour" : "jours"}`;
}

/** The domain a rule applies to; "" is every domain the level handles. */
export const slaDomainLabel = (domain: SlaRule["domain"]): string =>
  domain === "" ? "tous les domaines" : ASSISTANCE_DOMAIN_LABELS[domain];

/** What a rule applies to: « N2 · Vidéoprojection et écrans interactifs », « N1 · Tous les domaines ». */
export function describeSlaScope(rule: Pick<SlaRule, "level" | "domain">): string {
  return `${rule.level} · ${capitalize(slaDomainLabel(rule.domain))}`;
}

/**
 * « N2 · Vidéoprojection et écrans interactifs : prise en charge sous 1 jour ouvré, résolution
 * sous 3 jours ouvrés, hors vacances scolaires ».
 */
export function describeSla(rule: SlaRule): string {
  const delays = [
    `prise en charge sous ${describeDuration(rule.takeCharge, rule.takeChargeUnit)}`,
    `résolution sous ${describeDuration(rule.resolve, rule.resolveUnit)}`,
    ...(rule.schoolHolidays ? ["hors vacances scolaires"] : []),
  ];
  return `${describeSlaScope(rule)} : ${delays.join(", ")}`;
}

/** « 08:00 » → « 8 h », « 17:30 » → « 17 h 30 ». */
export function describeClockTime(time: string): string {
  const [hours = "0", minutes = "00"] = time.split(":");
  return `${Number(hours)} h${minutes === "00" ? "" : ` ${minutes}`}`;
}

/** « de 8 h à 17 h 30 »: the hours a working day counts. */
export function describeWorkday(start: string, end: string): string {
  return `de ${describeClockTime(start)} à ${describeClockTime(end)}`;
}

/**
 * The working day and the closing delays of a convention, as term and text: the convention page
 * and its PDF list them under the measured commitments.
 */
export function describeAssistanceTerms(
  assistance: Pick<
    Assistance,
    "workdayStart" | "workdayEnd" | "closeAfterDays" | "reopenWithinDays"
  >,
): [term: string, text: string][] {
  return [
    ["Journée ouvrée", describeWorkday(assistance.workdayStart, assistance.workdayEnd)],
    [
      "Clôture automatique",
      `${describeDays(assistance.closeAfterDays)} après la résolution, si le collège ne l'a ni confirmée ni contestée`,
    ],
    [
      "Réouverture",
      `possible pendant ${describeDays(assistance.reopenWithinDays)} après la clôture`,
    ],
  ];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
