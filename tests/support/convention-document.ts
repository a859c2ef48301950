import { createHash } from "node:crypto";
import type { ConventionDocument } from "@/lib/conventions/document";
import { NO_ASSISTANCE } from "@/lib/conventions/content";
import { pdfText } from "@/tests/support/pdf-text";

/* A convention document with every part, for the PDF renderers' tests. */

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const LONG_PARAGRAPH =
  "La collectivité assure l'acquisition, l'installation et la maintenance de niveau N2 des équipements numériques " +
  "de l'établissement, dans la limite des crédits votés ; le coût annuel de référence est de 12 345,67 € par site. " +
  "Les délais d'intervention sont ≤ 48 h ouvrées.\u202fL'établissement signale chaque panne par le guichet unique. ";

export function sampleDocument(overrides: Partial<ConventionDocument> = {}): ConventionDocument {
  return {
    reference: "CT-35-2026-0007",
    kind: "TRIPARTITE",
    title: "Convention tripartite relative au numérique éducatif du collège Les Gayeulles",
    versionNumber: 2,
    parties: {
      collectivite: "Département d'Ille-et-Vilaine",
      academie: "Académie de Rennes",
      etablissement: { name: "Collège Les Gayeulles", uai: "0350027P", commune: "Rennes" },
    },
    parentReference: "CC-35-2025-0001",
    startsOn: new Date("2026-09-01T00:00:00Z"),
    endsOn: new Date("2029-08-31T00:00:00Z"),
    articles: [
      {
        title: "Objet",
        body: "La présente convention précise les engagements de chacun.\n\nElle s'applique « de plein droit » à l'établissement.",
      },
      ...Array.from({ length: 14 }, (_, i) => ({
        title: `Engagements n° ${i + 1} – maintenance et assistance`,
        body: `${LONG_PARAGRAPH.repeat(3)}\n\n- premier point ;\n- second point.\n\n${LONG_PARAGRAPH}`,
      })),
      {
        title: "Identifiants",
        body: `Adresse du service : https://exemple.fr/${"tres-long-chemin-sans-espace".repeat(8)} 😀 fin.`,
      },
    ],
    matrix: [
      {
        domain: "Équipements des salles de classe",
        holder: "COLLECTIVITE",
        level: "N2-N3",
        detail: "Renouvellement tous les 5 ans.",
      },
      { domain: "Réseau pédagogique et ENT", holder: "ETAT", level: "N1", detail: "" },
      {
        domain: "Usages et formation des enseignants",
        holder: "EPLE",
        level: "",
        detail: "Plan de formation voté en CA.",
      },
      {
        domain: "Protection des données (RGPD)",
        holder: "PARTAGE",
        level: "N0",
        detail: "Registre tenu par chaque responsable de traitement.".repeat(4),
      },
    ],
    commitments: [
      {
        party: "COLLECTIVITE",
        kind: "PRISE_EN_CHARGE",
        label: "Prendre en charge les incidents dans les délais des niveaux de service",
        target: 90,
      },
      { party: "ETAT", kind: "HEURES_FORMATION", label: "Former les enseignants", target: 12 },
    ],
    serviceLevels: [
      {
        service: "Assistance aux utilisateurs",
        level: "N1",
        commitment: "Prise en charge sous 4 h ouvrées.",
      },
      {
        service: "Réparation d'un poste",
        level: "N2",
        commitment: "Remise en service sous 5 jours ouvrés.",
      },
    ],
    // A convention written before the structured matrix: its PDF is the same as then.
    assistance: NO_ASSISTANCE,
    annexes: {
      inventory: { asOf: new Date("2026-06-01T00:00:00Z"), rows: [] },
      serviceLevels: true,
    },
    signingOrder: [
      { order: 2, party: "ETAT" },
      { order: 1, party: "EPLE" },
      { order: 3, party: "COLLECTIVITE" },
    ],
    frozenAt: new Date("2026-06-15T08:30:00Z"),
    ...overrides,
  };
}

// Node 20's TextDecoder reads "windows-1252" as Latin-1: decode 0x80–0x9F by hand.
/** The text drawn on the pages, as pdftotext extracts it (the fonts are embedded subsets: no literal text in the streams). */
export function drawnText(bytes: Uint8Array): string {
  return pdfText(bytes).normalize("NFC");
}
