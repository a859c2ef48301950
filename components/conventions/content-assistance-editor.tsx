"use client";

import { useState } from "react";
import type { Assistance, RoutingRule, SlaRule } from "@/lib/conventions/content";
import {
  ASSISTANCE_DOMAIN_LABELS,
  ASSISTANCE_DOMAINS,
  HANDLER_PARTIES,
  HANDLER_PARTY_LABELS,
  ROUTING_LEVELS,
  SLA_UNIT_LABELS,
  SLA_UNITS,
  type AssistanceDomain,
} from "@/lib/assistance/vocabulary";
import { useKeyedList, type KeyedList } from "@/components/conventions/content-keyed-list";
import { RowsEditor, type RowsTable } from "@/components/conventions/content-rows-editor";
import { InputField } from "@/components/ui/field";

const domainLabel = (domain: string) =>
  domain === "" ? "Tous les domaines" : ASSISTANCE_DOMAIN_LABELS[domain as AssistanceDomain];
const LEVEL = { options: ROUTING_LEVELS, optionLabel: (level: string) => level } as const;
const UNIT = {
  options: SLA_UNITS,
  optionLabel: (unit: string) => SLA_UNIT_LABELS[unit as SlaRule["takeChargeUnit"]],
} as const;
const DELAY = { min: 1, max: 365, cellClassName: "min-w-20 px-2 py-2" } as const;

/** The domains not routed yet, and the row's own. */
const freeDomains = (row: RoutingRule | null, rows: readonly RoutingRule[]) =>
  ASSISTANCE_DOMAINS.filter((d) => d === row?.domain || !rows.some((r) => r.domain === d));

const ROUTING: RowsTable<RoutingRule> = {
  part: "routing",
  caption: "Aiguillage des signalements (modifiable)",
  columns: [
    {
      part: "domain",
      header: "Domaine d'assistance",
      label: "Domaine d'assistance",
      options: freeDomains,
      optionLabel: domainLabel,
      cellClassName: "min-w-64 px-2 py-2",
    },
    {
      part: "party",
      header: "Traité par",
      label: "Partie qui traite le signalement",
      options: HANDLER_PARTIES,
      optionLabel: (p) => HANDLER_PARTY_LABELS[p as RoutingRule["party"]],
    },
    { part: "level", header: "Niveau", label: "Niveau de traitement", ...LEVEL },
  ],
  rowName: (row, index) =>
    `l'aiguillage ${index + 1} (${ASSISTANCE_DOMAIN_LABELS[row.domain] ?? row.domain})`,
  blank: (rows) => {
    const [domain] = freeDomains(null, rows);
    return domain ? { domain, party: "COLLECTIVITE", level: "N2" } : null;
  },
  addLabel: "Aiguiller un autre domaine",
  fullNote: "Chaque domaine d'assistance est déjà aiguillé.",
};

const SERVICE_LEVELS: RowsTable<SlaRule> = {
  part: "sla",
  caption: "Engagements mesurés (modifiables)",
  columns: [
    { part: "level", header: "Niveau", label: "Niveau de l'engagement", ...LEVEL },
    {
      part: "domain",
      header: "Domaine",
      label: "Domaine de l'engagement",
      options: ["", ...ASSISTANCE_DOMAINS],
      optionLabel: domainLabel,
      cellClassName: "min-w-56 px-2 py-2",
    },
    { part: "takeCharge", header: "Prise en charge", label: "Délai de prise en charge", ...DELAY },
    {
      part: "takeChargeUnit",
      header: "Unité",
      label: "Unité du délai de prise en charge",
      ...UNIT,
    },
    { part: "resolve", header: "Résolution", label: "Délai de résolution", ...DELAY },
    { part: "resolveUnit", header: "Unité", label: "Unité du délai de résolution", ...UNIT },
    {
      part: "schoolHolidays",
      header: "Hors vacances scolaires",
      label: "Suspendu pendant les vacances scolaires de la zone",
      checkbox: true,
    },
  ],
  rowName: (row, index) =>
    `l'engagement mesuré ${index + 1} (${row.level}, ${domainLabel(row.domain)})`,
  blank: {
    level: "N2",
    domain: "",
    takeCharge: 1,
    takeChargeUnit: "JOURS_OUVRES",
    resolve: 3,
    resolveUnit: "JOURS_OUVRES",
    schoolHolidays: false,
  },
  addLabel: "Ajouter un engagement mesuré",
};

type Settings = Omit<Assistance, "routing" | "serviceLevels">;

export interface AssistanceEditorState {
  routing: KeyedList<RoutingRule>;
  serviceLevels: KeyedList<SlaRule>;
  settings: Settings;
  setSettings: (settings: Settings) => void;
  /** The section as the editor posts it. */
  value: Assistance;
}

/** The assistance section's state: routing rows, measured commitments, calendar and delays. */
export function useAssistanceEditor(initial: Assistance): AssistanceEditorState {
  const routing = useKeyedList(initial.routing);
  const serviceLevels = useKeyedList(initial.serviceLevels);
  const [settings, setSettings] = useState<Settings>(() => ({
    workdayStart: initial.workdayStart,
    workdayEnd: initial.workdayEnd,
    closeAfterDays: initial.closeAfterDays,
    reopenWithinDays: initial.reopenWithinDays,
  }));
  return {
    routing,
    serviceLevels,
    settings,
    setSettings,
    value: {
      routing: routing.items.map((i) => i.value),
      serviceLevels: serviceLevels.items.map((i) => i.value),
      ...settings,
    },
  };
}

const SETTING_FIELDS: {
  part: keyof Settings;
  label: string;
  hint: string;
  input: { type: "time" } | { type: "number"; min: number; max: number };
}[] = [
  {
    part: "workdayStart",
    label: "Début de la journée ouvrée",
    hint: "Les délais en heures ouvrées courent à partir de cette heure.",
    input: { type: "time" },
  },
  {
    part: "workdayEnd",
    label: "Fin de la journée ouvrée",
    hint: "Un jour ouvré compte les heures entre le début et la fin.",
    input: { type: "time" },
  },
  {
    part: "closeAfterDays",
    label: "Clôture automatique (jours)",
    hint: "Un signalement résolu que le collège ne confirme ni ne rouvre est clos après ce délai (1 à 60 jours).",
    input: { type: "number", min: 1, max: 60 },
  },
  {
    part: "reopenWithinDays",
    label: "Réouverture possible (jours)",
    hint: "Un signalement clos peut être rouvert pendant ce délai (1 à 90 jours).",
    input: { type: "number", min: 1, max: 90 },
  },
];

/**
 * The structured part of the matrix the assistance module reads: which party handles each
 * domain, at which level; the measured commitments; the working day and the closing delays.
 */
export function AssistanceEditor({
  editor: { routing, serviceLevels, settings, setSettings },
  idPrefix,
}: {
  editor: AssistanceEditorState;
  idPrefix: string;
}) {
  return (
    <>
      <p className="text-sm text-slate-700">
        Chaque domaine aiguillé envoie les signalements des collèges à la partie qui les traite, au
        niveau indiqué. Un domaine qui n&apos;est pas aiguillé ici suit le modèle en vigueur de la
        collectivité et, à défaut, revient au service de la collectivité.
      </p>
      <RowsEditor list={routing} idPrefix={idPrefix} table={ROUTING} />
      <p className="text-sm text-slate-700">
        Les engagements mesurés fixent, par niveau et éventuellement par domaine, les délais de
        prise en charge et de résolution que l&apos;assistance mesure. Un engagement propre à un
        domaine l&apos;emporte sur celui de « tous les domaines ».
      </p>
      <RowsEditor list={serviceLevels} idPrefix={idPrefix} table={SERVICE_LEVELS} />
      <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 font-semibold">Journée ouvrée et délais de clôture</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {SETTING_FIELDS.map(({ part, label, hint, input }) => {
            const current = settings[part];
            return (
              <InputField
                key={part}
                id={`${idPrefix}-assistance-${part}`}
                label={label}
                hint={hint}
                {...input}
                value={typeof current === "number" && Number.isNaN(current) ? "" : current}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    [part]:
                      input.type === "time"
                        ? e.target.value
                        : e.target.value === ""
                          ? Number.NaN
                          : Number(e.target.value),
                  })
                }
              />
            );
          })}
        </div>
      </fieldset>
    </>
  );
}
