import type { SlaRule } from "@/lib/conventions/content";
import { ASSISTANCE_DOMAIN_LABELS, type SlaUnit } from "@/lib/assistance/vocabulary";

/** « 1 jour ouvré », « 4 heures ouvrées ». */
export function describeDuration(amount: number, unit: SlaUnit): string {
  const plural = amount > 1;
  return unit === "HEURES_OUVREES"
    ? `${amount} heure${plural ? "s" : ""} ouvrée${plural ? "s" : ""}`
    : `${amount} jour${plural ? "s" : ""} ouvré${plural ? "s" : ""}`;
}

/** « N2 · Accès à internet : prise en charge sous 4 heures ouvrées, résolution sous 1 jour ouvré ». */
export function describeSla(rule: SlaRule): string {
  const scope = rule.domain ? ASSISTANCE_DOMAIN_LABELS[rule.domain] : "tous les domaines";
  const holidays = rule.schoolHolidays ? ", hors vacances scolaires" : "";
  return `${rule.level} · ${scope} : prise en charge sous ${describeDuration(rule.takeCharge, rule.takeChargeUnit)}, résolution sous ${describeDuration(rule.resolve, rule.resolveUnit)}${holidays}`;
}
