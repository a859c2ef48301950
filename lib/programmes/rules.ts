/*
 * The pure rules of a deployment programme: when a collège is ready for its wave, which waves are
 * at risk, what the waves cost year by year. No database here (rules.test.ts).
 */

/** Who vouches for the training of a collège's teachers: the académie, or the collège alone. */
export type TrainingState = "ATTESTEE" | "DECLAREE" | "A_FAIRE";

export const TRAINING_LABELS: Record<TrainingState, string> = {
  ATTESTEE: "Formation attestée par l'académie",
  DECLAREE: "Formation déclarée par le collège (non attestée par l'académie)",
  A_FAIRE: "Formation non faite",
};

export const DEPLOYMENT_STATUS_LABELS = {
  BROUILLON: "En préparation",
  ADOPTE: "Adopté",
} as const;

/** A wave this close (in days) with a collège not ready is flagged « à risque ». */
export const RISK_WINDOW_DAYS = 90;

export interface ReadinessInput {
  /** The collège's référent numérique, when one is a member of its space. */
  referentName: string | null;
  networkReadyAt: Date | null;
  trainingAttestedAt: Date | null;
  trainingDeclaredAt: Date | null;
  /**
   * The network as the product measures it against the thresholds (lib/network/rules.ts): ready,
   * not ready with its issues, or unknown (undefined or null ready), when the statement decides.
   */
  network?: { ready: boolean | null; issues: string[] } | null;
}

export interface Readiness {
  training: TrainingState;
  /** The three checks: a référent named, the network stated ready, the training attested. */
  ready: boolean;
  /** What is missing, in words. */
  missing: string[];
}

export function trainingState(input: ReadinessInput): TrainingState {
  if (input.trainingAttestedAt) return "ATTESTEE";
  return input.trainingDeclaredAt ? "DECLAREE" : "A_FAIRE";
}

/**
 * A collège is ready when it has a référent numérique, its network and Wi-Fi are ready, and the
 * académie attested its teachers' training: a collège's declaration alone does not make it ready,
 * since training is the State's act. The network is read from its measures against the thresholds
 * where the product knows them, else from the collectivité's statement.
 */
export function readinessOf(input: ReadinessInput): Readiness {
  const training = trainingState(input);
  const missing: string[] = [];
  if (!input.referentName) missing.push("référent numérique à désigner");
  const measured = input.network?.ready;
  if (measured === false)
    missing.push(`réseau sous les seuils (${input.network!.issues.join(", ")})`);
  else if (measured !== true && !input.networkReadyAt)
    missing.push("réseau et Wi-Fi non déclarés prêts par la collectivité");
  if (training === "A_FAIRE") missing.push("formation des enseignants à faire");
  if (training === "DECLAREE") missing.push("formation à attester par l'académie");
  return { training, ready: missing.length === 0, missing };
}

const DAY = 86_400_000;

/** A wave to come within the risk window, with at least one collège not ready. */
export function waveAtRisk(deploymentOn: Date, today: Date, notReady: number): boolean {
  const days = (deploymentOn.getTime() - today.getTime()) / DAY;
  return notReady > 0 && days >= 0 && days <= RISK_WINDOW_DAYS;
}

/** The exercice a wave is deployed (and paid) in: the year of its date. */
export const waveYear = (deploymentOn: Date) => deploymentOn.getUTCFullYear();

export interface YearCost {
  year: number;
  units: number;
  costCents: number;
}

/**
 * The units and cost of some waves per exercice from `firstYear`, over `years` years; waves
 * before or after the horizon are left out.
 */
export function costPerYear(
  waves: readonly { deploymentOn: Date; units: number }[],
  unitCostCents: number,
  firstYear: number,
  years: number,
): YearCost[] {
  const rows = Array.from({ length: years }, (_, i) => ({
    year: firstYear + i,
    units: 0,
    costCents: 0,
  }));
  for (const wave of waves) {
    const row = rows[waveYear(wave.deploymentOn) - firstYear];
    if (!row) continue;
    row.units += wave.units;
    row.costCents += wave.units * unitCostCents;
  }
  return rows;
}
