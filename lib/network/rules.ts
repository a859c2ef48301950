/*
 * The pure rules of a collège's network: speed bands, speed per élève, Wi-Fi coverage of the
 * teaching rooms, each as a level in words (never colour alone), against the collectivité's
 * thresholds or the defaults below. No database here (rules.test.ts).
 */

export interface NetworkThresholdValues {
  /** Target downstream speed per élève, in kbit/s. */
  kbpsPerPupil: number;
  /** Below it, the first standard uses are not served (Mbit/s). */
  criticalMbps: number;
  targetMbps: number;
  highMbps: number;
  /** Share of the teaching rooms covered by the Wi-Fi, in percent. */
  wifiCoveragePct: number;
}

/**
 * The defaults, with their source: the Assemblée des départements de France's 2017 white paper
 * on the départements' numérique éducatif (with Klee Group) quotes 50 Mbit/s as the critical
 * threshold for the first standard uses, 100 Mbit/s, 200 Mbit/s as the North-American schools'
 * threshold, and 100 kbit/s per élève as the target (the United States' choice); Wi-Fi and
 * backbone come before individual mobile equipment, hence full coverage of the teaching rooms.
 */
export const DEFAULT_THRESHOLDS: NetworkThresholdValues = {
  kbpsPerPupil: 100,
  criticalMbps: 50,
  targetMbps: 100,
  highMbps: 200,
  wifiCoveragePct: 100,
};

export const THRESHOLDS_SOURCE =
  "Assemblée des départements de France (ADF) et Klee Group, livre blanc sur le numérique éducatif dans les départements, 2017 : seuil critique de 50 Mbit/s, paliers de 100 et 200 Mbit/s, cible de 100 kbit/s par élève.";

export type SpeedBand = "INCONNU" | "CRITIQUE" | "MINIMAL" | "CIBLE" | "ELEVE";

export const SPEED_BAND_LABELS: Record<SpeedBand, string> = {
  INCONNU: "Débit inconnu",
  CRITIQUE: "Sous le seuil critique",
  MINIMAL: "Usages de base",
  CIBLE: "Cible atteinte",
  ELEVE: "Très haut débit",
};

/** A band's words with its bounds: « Sous le seuil critique (moins de 50 Mbit/s) ». */
export function bandText(band: SpeedBand, t: NetworkThresholdValues): string {
  switch (band) {
    case "INCONNU":
      return SPEED_BAND_LABELS.INCONNU;
    case "CRITIQUE":
      return `${SPEED_BAND_LABELS.CRITIQUE} (moins de ${t.criticalMbps} Mbit/s)`;
    case "MINIMAL":
      return `${SPEED_BAND_LABELS.MINIMAL} (${t.criticalMbps} à ${t.targetMbps} Mbit/s)`;
    case "CIBLE":
      return `${SPEED_BAND_LABELS.CIBLE} (${t.targetMbps} à ${t.highMbps} Mbit/s)`;
    case "ELEVE":
      return `${SPEED_BAND_LABELS.ELEVE} (${t.highMbps} Mbit/s et plus)`;
  }
}

/** The band of a downstream speed (kbit/s). */
export function speedBand(downKbps: number | null, t: NetworkThresholdValues): SpeedBand {
  if (downKbps === null) return "INCONNU";
  const mbps = downKbps / 1000;
  if (mbps < t.criticalMbps) return "CRITIQUE";
  if (mbps < t.targetMbps) return "MINIMAL";
  if (mbps < t.highMbps) return "CIBLE";
  return "ELEVE";
}

export interface NetworkFacts {
  downKbps: number | null;
  teachingRooms: number | null;
  wifiRooms: number | null;
}

export interface NetworkAssessment {
  band: SpeedBand;
  /** kbit/s per élève, null when the speed or the pupils are unknown. */
  perPupilKbps: number | null;
  perPupilOk: boolean | null;
  /** Percent of the teaching rooms covered, null when unknown. */
  coveragePct: number | null;
  coverageOk: boolean | null;
  /**
   * Ready for interactive or mobile equipment: above the critical speed, at the target per élève,
   * and the Wi-Fi covering the rooms. Null while one of them is unknown.
   */
  ready: boolean | null;
  /** What is below a threshold or unknown, in words. */
  issues: string[];
}

/** A collège's network against the thresholds (`pupils`: its latest effectif, null if unknown). */
export function assessNetwork(
  facts: NetworkFacts,
  pupils: number | null,
  t: NetworkThresholdValues,
): NetworkAssessment {
  const band = speedBand(facts.downKbps, t);
  // Compared exactly, rounded down only to be shown: 99,8 kbit/s is not 100.
  const perPupil = facts.downKbps !== null && pupils ? { kbps: facts.downKbps, pupils } : null;
  const perPupilKbps = perPupil ? Math.floor(perPupil.kbps / perPupil.pupils) : null;
  const perPupilOk = perPupil ? perPupil.kbps >= t.kbpsPerPupil * perPupil.pupils : null;
  const rooms =
    facts.teachingRooms && facts.wifiRooms !== null
      ? { all: facts.teachingRooms, wifi: facts.wifiRooms }
      : null;
  const coveragePct = rooms ? Math.floor((rooms.wifi * 100) / rooms.all) : null;
  const coverageOk = rooms ? rooms.wifi * 100 >= t.wifiCoveragePct * rooms.all : null;
  const issues: string[] = [];
  if (band === "INCONNU") issues.push("débit inconnu");
  if (band === "CRITIQUE") issues.push(`débit sous ${t.criticalMbps} Mbit/s`);
  if (perPupilOk === false) issues.push(`moins de ${t.kbpsPerPupil} kbit/s par élève`);
  if (band !== "INCONNU" && perPupilOk === null) issues.push("effectif inconnu");
  if (coverageOk === false) issues.push(`Wi-Fi dans ${coveragePct} % des salles`);
  if (coverageOk === null) issues.push("couverture Wi-Fi inconnue");
  // A check known to fail makes the collège not ready, even while another is unknown.
  const failing = band === "CRITIQUE" || perPupilOk === false || coverageOk === false;
  const known = band !== "INCONNU" && perPupilOk !== null && coverageOk !== null;
  const ready = failing ? false : known ? true : null;
  return { band, perPupilKbps, perPupilOk, coveragePct, coverageOk, ready, issues };
}

/** « 12,5 Mbit/s » from kbit/s. */
export function formatMbps(kbps: number | null): string {
  if (kbps === null) return "—";
  // Rounded down: 49 960 kbit/s reads 49,9 Mbit/s, under a 50 Mbit/s threshold as it is.
  const tenths = Math.floor(kbps / 100) / 10;
  return `${new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(tenths)} Mbit/s`;
}

export const ACCESS_TECHNOLOGY_LABELS = {
  FIBRE_FTTO: "Fibre dédiée (FTTO)",
  FIBRE_FTTH: "Fibre mutualisée (FTTH)",
  CUIVRE: "Cuivre (ADSL, VDSL, SDSL)",
  RADIO: "Radio (4G, 5G, boucle locale radio)",
  SATELLITE: "Satellite",
} as const;

export const MEASURE_LABELS = {
  DEBIT_DESCENDANT: "Débit descendant",
  DEBIT_MONTANT: "Débit montant",
  SALLES: "Salles d'enseignement",
  SALLES_WIFI: "Salles couvertes par le Wi-Fi",
} as const;
