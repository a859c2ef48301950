import type { Assistance, RoutingRule, SlaRule } from "@/lib/conventions/content";

const route = (
  domain: RoutingRule["domain"],
  party: RoutingRule["party"],
  level: RoutingRule["level"],
): RoutingRule => ({ domain, party, level });

/**
 * The structured matrix: which queue each assistance domain lands in. The legal split of
 * domain.md: infrastructure, equipment, annuaire and ENT are the collectivité's; the State's
 * national applications go to the académie's assistance; the EPLE keeps the simple checks.
 */
const ROUTING: RoutingRule[] = [
  route("ACCES_INTERNET", "COLLECTIVITE", "N2"),
  route("RESEAU_WIFI", "COLLECTIVITE", "N2"),
  route("POSTES_PERIPHERIQUES", "COLLECTIVITE", "N2"),
  route("ECRANS_VIDEOPROJECTION", "COLLECTIVITE", "N2"),
  route("IMPRESSION", "COLLECTIVITE", "N2"),
  route("ENT", "COLLECTIVITE", "N1"),
  route("ANNUAIRE_COMPTES", "COLLECTIVITE", "N1"),
  route("FILTRAGE", "COLLECTIVITE", "N2"),
  route("LOGICIELS_PEDAGOGIQUES", "COLLECTIVITE", "N2"),
  route("APPLICATIONS_NATIONALES", "ETAT", "N2"),
  route("TELEPHONIE", "COLLECTIVITE", "N2"),
  route("PREMIER_NIVEAU", "EPLE", "N1"),
  route("AUTRE", "COLLECTIVITE", "N2"),
];

const sla = (
  level: SlaRule["level"],
  domain: SlaRule["domain"],
  take: [number, SlaRule["takeChargeUnit"]],
  resolve: [number, SlaRule["resolveUnit"]],
  schoolHolidays = false,
): SlaRule => ({
  level,
  domain,
  takeCharge: take[0],
  takeChargeUnit: take[1],
  resolve: resolve[0],
  resolveUnit: resolve[1],
  schoolHolidays,
});

/** The measured commitments, consistent with the wording of default-service-levels.ts. */
const SERVICE_LEVEL_RULES: SlaRule[] = [
  sla("N1", "", [4, "HEURES_OUVREES"], [1, "JOURS_OUVRES"]),
  sla("N2", "", [1, "JOURS_OUVRES"], [3, "JOURS_OUVRES"]),
  sla("N2", "ACCES_INTERNET", [4, "HEURES_OUVREES"], [1, "JOURS_OUVRES"]),
  sla("N2", "FILTRAGE", [1, "JOURS_OUVRES"], [2, "JOURS_OUVRES"]),
  sla("N2", "POSTES_PERIPHERIQUES", [1, "JOURS_OUVRES"], [2, "JOURS_OUVRES"]),
  // A classroom screen waits for the end of the school holidays: no one teaches in front of it.
  sla("N2", "ECRANS_VIDEOPROJECTION", [1, "JOURS_OUVRES"], [3, "JOURS_OUVRES"], true),
  sla("N3", "", [1, "JOURS_OUVRES"], [10, "JOURS_OUVRES"]),
];

export const ASSISTANCE: Assistance = {
  routing: ROUTING,
  serviceLevels: SERVICE_LEVEL_RULES,
  workdayStart: "08:00",
  workdayEnd: "17:30",
  closeAfterDays: 7,
  reopenWithinDays: 15,
};
