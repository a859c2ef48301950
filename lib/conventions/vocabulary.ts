import type { ConventionKind, ConventionParty } from "@/lib/generated/prisma/enums";
import { MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { keysOf } from "@/lib/objects";

/*
 * The words of a convention that forms need in the browser: parties, matrix holders, maintenance
 * levels, variables, template kinds. Kept apart from the zod schemas (content.ts,
 * templates/schemas.ts, which re-export them) so that a client component importing a label does not
 * bring zod into the page's JavaScript.
 */

/** In signing order: établissement, État, collectivité. */
export const PARTY_LABELS: Record<ConventionParty, string> = {
  EPLE: "Établissement (EPLE)",
  ETAT: "État (académie)",
  COLLECTIVITE: "Collectivité",
};
export const PARTIES = keysOf(PARTY_LABELS);

/** A party inside a French sentence (« signée pour l'établissement »), never a lower-cased label. */
export const PARTY_IN_SENTENCE: Record<ConventionParty, string> = {
  COLLECTIVITE: "la collectivité",
  ETAT: "l'État (académie)",
  EPLE: "l'établissement",
};

/** « de l'établissement », « de la collectivité »: after « signature ». */
export function ofParty(party: ConventionParty): string {
  return `de ${PARTY_IN_SENTENCE[party]}`;
}

export const MATRIX_HOLDER_LABELS = {
  COLLECTIVITE: "Collectivité",
  ETAT: "État",
  EPLE: "EPLE",
  PARTAGE: "Partagé",
};
export type MatrixHolder = keyof typeof MATRIX_HOLDER_LABELS;
export const MATRIX_HOLDERS = keysOf(MATRIX_HOLDER_LABELS);

/** Maintenance levels (domain.md): N0 checks, N1 simple settings, N2 repair, N3 manufacturer. */
export const MAINTENANCE_LEVELS = ["", "N0", "N1", "N2", "N3", "N0-N1", "N1-N2", "N2-N3"] as const;

/** The variables an article may use, with what they stand for. */
export const CONVENTION_VARIABLES = {
  "collectivite.nom": "nom de la collectivité",
  "academie.nom": "nom de l'académie",
  "etablissement.nom": "nom de l'établissement",
  "etablissement.uai": "UAI de l'établissement",
  "etablissement.commune": "commune de l'établissement",
  "convention.reference": "référence de la convention",
  "convention_cadre.reference": "référence de la convention-cadre",
  date_debut: "date d'entrée en vigueur",
  date_fin: "date de fin",
  "referent.numerique": "référent numérique de l'établissement",
  "referent.technique": "référent technique",
  "referent.collectivite": "interlocuteur de la collectivité",
  "annexes.liste": "liste numérotée des annexes jointes",
} as const;

export type ConventionVariable = keyof typeof CONVENTION_VARIABLES;

const VARIABLE_PATTERN = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The variable names an article body uses, known or not. */
export function variablesIn(body: string): string[] {
  return [...body.matchAll(VARIABLE_PATTERN)].map((m) => m[1]!);
}

/** What a variable explicitly marked « sans objet » reads in the document. */
export const NOT_APPLICABLE_TEXT = "sans objet";

export type VariableValues = Partial<Record<ConventionVariable, string>>;

const hasValue = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== "";

/**
 * Replaces `{{variable}}` by its value, or by « sans objet » when the variable is marked so; a
 * variable still without value reads « [à compléter : …] » (a draft only: freezing refuses it).
 */
export function fillVariables(
  body: string,
  values: VariableValues,
  notApplicable: readonly string[] = [],
): string {
  return body.replace(VARIABLE_PATTERN, (_match, name: string) => {
    const value = values[name as ConventionVariable];
    if (hasValue(value)) return value;
    if (notApplicable.includes(name)) return NOT_APPLICABLE_TEXT;
    const label = CONVENTION_VARIABLES[name as ConventionVariable] ?? name;
    return `[à compléter : ${label}]`;
  });
}

/** The variables the texts use that have no value and are not marked « sans objet », each once, in order of use. */
export function unfilledVariables(
  texts: readonly string[],
  values: VariableValues,
  notApplicable: readonly string[] = [],
): ConventionVariable[] {
  const names = texts
    .flatMap(variablesIn)
    .filter((name): name is ConventionVariable => name in CONVENTION_VARIABLES);
  return [...new Set(names)].filter(
    (name) => !hasValue(values[name]) && !notApplicable.includes(name),
  );
}

/** « référent technique (`{{referent.technique}}`) », to list what remains to fill. */
export function variableLabel(name: ConventionVariable): string {
  return `${CONVENTION_VARIABLES[name]} ({{${name}}})`;
}

/**
 * The parties that sign a convention of this kind: a convention-cadre binds the collectivité and
 * the académie, a convention collectivité–EPLE the collectivité and the collège.
 */
export function partiesOf(kind: ConventionKind): readonly ConventionParty[] {
  if (kind === "CADRE") return ["ETAT", "COLLECTIVITE"];
  if (kind === "BIPARTITE_EPLE") return ["EPLE", "COLLECTIVITE"];
  return PARTIES;
}

/** A template prefills a convention-cadre, a tripartite or a convention collectivité–EPLE; an avenant starts from its convention. */
export const TEMPLATE_KIND_LABELS = {
  TRIPARTITE: "Convention tripartite d'application",
  CADRE: "Convention-cadre",
  BIPARTITE_EPLE: "Convention collectivité–établissement",
};
export type TemplateKind = keyof typeof TEMPLATE_KIND_LABELS;
export const TEMPLATE_KINDS = keysOf(TEMPLATE_KIND_LABELS);

/** The verification page's answer to a file over the one upload limit (lib/imports/limits.ts), in the browser and on the server. */
export const VERIFIED_PDF_TOO_LARGE_MESSAGE = `Ce fichier dépasse ${MAX_UPLOAD_LABEL} : une convention de Tripartite est bien plus légère. Vous pouvez aussi coller son empreinte SHA-256.`;

/** A proposal on a draft, as its state reads. */
export const PROPOSAL_STATUS_LABELS = {
  OUVERTE: "En attente de réponse",
  ACCEPTEE: "Acceptée",
  REJETEE: "Rejetée",
  RETIREE: "Retirée",
} as const;

/**
 * What a party may commit to, measurably: the product measures the first three (the incidents'
 * delays against the convention's service levels, the référents designated in the collège's
 * space); the others are followed by the party that commits.
 */
export const COMMITMENT_KIND_LABELS = {
  PRISE_EN_CHARGE: "Incidents pris en charge dans les délais (%)",
  RESOLUTION: "Incidents résolus dans les délais (%)",
  REFERENTS: "Référents désignés dans l'établissement",
  HEURES_FORMATION: "Heures de formation par an",
  ETP_TECHNICIENS: "Techniciens (ETP)",
  AUTRE: "Autre engagement chiffré",
} as const;
export type CommitmentKind = keyof typeof COMMITMENT_KIND_LABELS;
export const COMMITMENT_KINDS = keysOf(COMMITMENT_KIND_LABELS);
/** The kinds Tripartite measures itself. */
export const MEASURED_COMMITMENTS: readonly CommitmentKind[] = [
  "PRISE_EN_CHARGE",
  "RESOLUTION",
  "REFERENTS",
];
