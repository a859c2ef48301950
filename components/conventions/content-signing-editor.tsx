"use client";

import type { ConventionKind } from "@/lib/conventions/labels";
import type { ConventionContent, SigningStep } from "@/lib/conventions/content";
import { PARTY_LABELS, type ConventionVariable } from "@/lib/conventions/vocabulary";
import { signingRanks } from "@/components/conventions/content-labels";

const INPUT = "mt-1 w-full rounded border border-slate-500 px-3 py-2";

type Annexes = ConventionContent["annexes"];
type Referents = ConventionContent["referents"];

export function SigningOrderEditor({
  order,
  onChange,
  idPrefix,
}: {
  order: SigningStep[];
  onChange: (order: SigningStep[]) => void;
  idPrefix: string;
}) {
  const ranks = Array.from({ length: order.length }, (_, i) => i + 1);
  const summaryId = `${idPrefix}-signing-summary`;
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold">Ordre de signature</legend>
      <p className="text-sm text-slate-700">
        Les parties qui ont le même rang signent en parallèle.
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {order.map((step) => (
          <div key={step.party}>
            <label
              htmlFor={`${idPrefix}-signing-${step.party}`}
              className="block text-sm font-medium"
            >
              Rang de signature : {PARTY_LABELS[step.party]}
            </label>
            <select
              id={`${idPrefix}-signing-${step.party}`}
              value={step.order}
              aria-describedby={summaryId}
              className={INPUT}
              onChange={(e) =>
                onChange(
                  order.map((s) =>
                    s.party === step.party ? { ...s, order: Number(e.target.value) } : s,
                  ),
                )
              }
            >
              {ranks.map((rank) => (
                <option key={rank} value={rank}>
                  {rank}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p id={summaryId} className="mt-3 text-sm" aria-live="polite">
        Ordre obtenu : {signingRanks(order).join(" ; ")}.
      </p>
    </fieldset>
  );
}

export function AnnexesEditor({
  annexes,
  onChange,
  idPrefix,
}: {
  annexes: Annexes;
  onChange: (annexes: Annexes) => void;
  idPrefix: string;
}) {
  const boxes: [keyof Annexes, string][] = [
    ["inventory", "Inventaire des équipements numériques de l'établissement"],
    ["serviceLevels", "Tableau des niveaux de service"],
  ];
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold">Annexes jointes</legend>
      <div className="space-y-2">
        {boxes.map(([field, label]) => (
          <div key={field} className="flex items-center gap-2">
            <input
              type="checkbox"
              id={`${idPrefix}-annex-${field}`}
              checked={annexes[field]}
              className="h-4 w-4"
              onChange={(e) => onChange({ ...annexes, [field]: e.target.checked })}
            />
            <label htmlFor={`${idPrefix}-annex-${field}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type NotApplicable = ConventionContent["notApplicable"];

const REFERENT_VARIABLES: Record<keyof Referents, ConventionVariable> = {
  numerique: "referent.numerique",
  technique: "referent.technique",
  collectivite: "referent.collectivite",
};

/**
 * The référents, each with a « sans objet » box: freezing refuses a variable the articles use
 * without a value, unless the collectivité says here that it does not apply.
 */
export function ReferentsEditor({
  referents,
  onChange,
  notApplicable,
  onNotApplicableChange,
  kind,
  idPrefix,
}: {
  referents: Referents;
  onChange: (referents: Referents) => void;
  notApplicable: NotApplicable;
  onNotApplicableChange: (notApplicable: NotApplicable) => void;
  kind: ConventionKind;
  idPrefix: string;
}) {
  // A convention-cadre has no établissement: only the collectivité's contact applies.
  const fields: [keyof Referents, string][] = [
    ...(kind === "CADRE"
      ? []
      : ([
          ["numerique", "Référent numérique de l'établissement"],
          ["technique", "Référent technique"],
        ] as [keyof Referents, string][])),
    ["collectivite", "Interlocuteur de la collectivité"],
  ];
  const toggle = (variable: ConventionVariable, on: boolean) =>
    onNotApplicableChange(
      on
        ? [...notApplicable.filter((v) => v !== variable), variable]
        : notApplicable.filter((v) => v !== variable),
    );
  const helpId = `${idPrefix}-referents-help`;
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold">Référents</legend>
      <p id={helpId} className="text-sm text-slate-700">
        Nom et fonction ; ils remplacent les variables {"{{referent.…}}"} des articles. Dans un
        modèle, laissez vide ce qui se renseigne convention par convention. Une convention ne peut
        être figée tant qu&apos;une variable utilisée n&apos;est ni renseignée ni marquée « sans
        objet ».
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {fields.map(([field, label]) => {
          const variable = REFERENT_VARIABLES[field];
          const skipped = notApplicable.includes(variable);
          return (
            <div key={field}>
              <label
                htmlFor={`${idPrefix}-referent-${field}`}
                className="block text-sm font-medium"
              >
                {label}
              </label>
              <input
                id={`${idPrefix}-referent-${field}`}
                value={referents[field]}
                maxLength={200}
                aria-describedby={helpId}
                className={INPUT}
                disabled={skipped}
                onChange={(e) => onChange({ ...referents, [field]: e.target.value })}
              />
              <div className="mt-1 flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  id={`${idPrefix}-referent-${field}-na`}
                  checked={skipped}
                  className="h-4 w-4"
                  onChange={(e) => toggle(variable, e.target.checked)}
                />
                <label htmlFor={`${idPrefix}-referent-${field}-na`}>
                  Sans objet<span className="sr-only"> : {label.toLowerCase()}</span>
                </label>
              </div>
            </div>
          );
        })}
      </div>
      {kind === "TRIPARTITE" && (
        <div className="mt-3 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            id={`${idPrefix}-cadre-na`}
            checked={notApplicable.includes("convention_cadre.reference")}
            className="h-4 w-4"
            onChange={(e) => toggle("convention_cadre.reference", e.target.checked)}
          />
          <label htmlFor={`${idPrefix}-cadre-na`}>
            Pas de convention-cadre : sa référence est « sans objet »
          </label>
        </div>
      )}
    </fieldset>
  );
}
