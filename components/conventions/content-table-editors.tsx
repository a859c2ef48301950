"use client";

import type { Commitment, MatrixRow, ServiceLevel } from "@/lib/conventions/content";
import {
  COMMITMENT_KIND_LABELS,
  COMMITMENT_KINDS,
  MAINTENANCE_LEVELS,
  PARTIES,
  PARTY_LABELS,
  MATRIX_HOLDER_LABELS,
  MATRIX_HOLDERS,
} from "@/lib/conventions/vocabulary";
import type { KeyedList } from "@/components/conventions/content-keyed-list";
import { levelLabel } from "@/components/conventions/content-labels";
import { RowsEditor, type RowsTable } from "@/components/conventions/content-rows-editor";

const LEVEL = { options: MAINTENANCE_LEVELS, optionLabel: levelLabel } as const;

function textColumn<T>(
  part: keyof T & string,
  header: string,
  maxLength: number,
  minWidth: string,
) {
  return { part, header, label: header, maxLength, cellClassName: `${minWidth} px-2 py-2` };
}

const MATRIX: RowsTable<MatrixRow> = {
  part: "matrix",
  caption: "Matrice des responsabilités (modifiable)",
  columns: [
    textColumn("domain", "Domaine", 120, "min-w-48"),
    {
      part: "holder",
      header: "Responsable",
      label: "Responsable",
      options: MATRIX_HOLDERS,
      optionLabel: (h) => MATRIX_HOLDER_LABELS[h as MatrixRow["holder"]],
    },
    { part: "level", header: "Niveau", label: "Niveau de maintenance", ...LEVEL },
    textColumn("detail", "Précision", 500, "min-w-64"),
  ],
  rowName: (row, index) => `la ligne ${index + 1}${row.domain ? ` (${row.domain})` : ""}`,
  blank: { domain: "", holder: "COLLECTIVITE", level: "", detail: "" },
  addLabel: "Ajouter une ligne à la matrice",
};

const SERVICE_LEVELS: RowsTable<ServiceLevel> = {
  part: "service",
  caption: "Niveaux de service (modifiables)",
  columns: [
    textColumn("service", "Service", 200, "min-w-64"),
    { part: "level", header: "Niveau", label: "Niveau de maintenance du service", ...LEVEL },
    textColumn("commitment", "Engagement", 300, "min-w-64"),
  ],
  rowName: (row, index) =>
    `le niveau de service ${index + 1}${row.service ? ` (${row.service})` : ""}`,
  blank: { service: "", level: "", commitment: "" },
  addLabel: "Ajouter un niveau de service",
};

const COMMITMENTS: RowsTable<Commitment> = {
  part: "commitment",
  caption: "Engagements des parties (modifiables)",
  columns: [
    {
      part: "party",
      header: "Partie",
      label: "Partie qui s'engage",
      options: PARTIES,
      optionLabel: (p) => PARTY_LABELS[p as Commitment["party"]],
    },
    {
      part: "kind",
      header: "Indicateur",
      label: "Indicateur de l'engagement",
      options: COMMITMENT_KINDS,
      optionLabel: (k) => COMMITMENT_KIND_LABELS[k as Commitment["kind"]],
    },
    textColumn("label", "Engagement", 200, "min-w-64"),
    { part: "target", header: "Valeur visée", label: "Valeur visée", min: 0, max: 100_000 },
  ],
  rowName: (row, index) => `l'engagement ${index + 1}${row.label ? ` (${row.label})` : ""}`,
  blank: { party: "COLLECTIVITE", kind: "AUTRE", label: "", target: 0 },
  addLabel: "Ajouter un engagement",
};

type EditorProps<T> = { list: KeyedList<T>; idPrefix: string };

/** The responsibility matrix: who holds each domain, at which maintenance level. */
export const MatrixEditor = (props: EditorProps<MatrixRow>) => (
  <RowsEditor {...props} table={MATRIX} />
);

/** The service levels: a service, its maintenance level and the commitment (delay). */
export const ServiceLevelsEditor = (props: EditorProps<ServiceLevel>) => (
  <RowsEditor {...props} table={SERVICE_LEVELS} />
);

/** Each party's measurable commitments: an indicator, the commitment in words, a figure. */
export const CommitmentsEditor = (props: EditorProps<Commitment>) => (
  <RowsEditor {...props} table={COMMITMENTS} />
);
