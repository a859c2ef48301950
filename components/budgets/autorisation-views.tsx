import Link from "next/link";
import type { AutorisationDetail, AutorisationList } from "@/lib/budgets/autorisations";
import { AUTORISATION_STATE_LABELS, BUDGET_CATEGORY_LABELS } from "@/lib/budgets/labels";
import { executionRate, formatRate } from "@/lib/budgets/figures";
import { centsToInput } from "@/lib/budgets/money";
import { formatCents, formatDate, plural } from "@/lib/format";
import { updateAutorisationAction } from "@/app/actions/budgets";
import { DataTable, type Column } from "@/components/ui/data-table";
import { DetailPage, type DetailRow } from "@/components/ui/detail-list";
import {
  AutorisationForm,
  type AutorisationFormValues,
} from "@/components/budgets/autorisation-form";
import { AddLink } from "@/components/ui/add-link";
import { centsColumn } from "@/components/ui/figure-columns";

type ScheduleRow = AutorisationDetail["schedule"][number];

const SCHEDULE_COLUMNS: Column<ScheduleRow>[] = [
  { key: "exercice", header: "Exercice", rowHeader: true, cell: (s) => s.exercice },
  centsColumn("planned", "CP prévus", (s) => s.plannedCents),
  centsColumn("consumed", "Consommés (mandaté)", (s) => s.consumedCents),
  {
    key: "rate",
    header: "Consommation / prévus",
    numeric: true,
    cell: (s) =>
      s.consumedCents > s.plannedCents
        ? `${formatRate(executionRate(s.consumedCents, s.plannedCents))} (au-delà des CP prévus)`
        : formatRate(executionRate(s.consumedCents, s.plannedCents)),
  },
];

type Item = AutorisationList["items"][number];

function autorisationColumns(base: string): Column<Item>[] {
  return [
    {
      key: "numero",
      header: "Numéro",
      rowHeader: true,
      cell: (a) => <Link href={`${base}/autorisations/${a.id}`}>{a.numero}</Link>,
    },
    { key: "label", header: "Libellé", cell: (a) => a.label },
    { key: "kind", header: "Type", cell: (a) => a.kind },
    { key: "category", header: "Catégorie", cell: (a) => BUDGET_CATEGORY_LABELS[a.category] },
    {
      key: "votedOn",
      header: "Vote",
      className: "whitespace-nowrap",
      cell: (a) => formatDate(a.votedOn),
    },
    { key: "state", header: "État", cell: (a) => AUTORISATION_STATE_LABELS[a.state] },
    centsColumn("amount", "Montant", (a) => a.amountCents),
    centsColumn("affected", "Affecté", (a) => a.affectedCents),
    centsColumn("engaged", "Engagé", (a) => a.engagedCents),
    centsColumn("cpPlanned", "CP prévus", (a) => a.cpPlannedCents),
    centsColumn("cpConsumed", "CP consommés", (a) => a.cpConsumedCents),
    {
      key: "rate",
      header: "Consommation / montant",
      numeric: true,
      cell: (a) => formatRate(executionRate(a.cpConsumedCents, a.amountCents)),
    },
  ];
}

/** The collectivité's AP/AE with their stages, CP planned and consumed, and the totals. */
export function AutorisationListView({
  data,
  base,
  canWrite,
}: {
  data: AutorisationList;
  base: string;
  canWrite: boolean;
}) {
  const { items, totals } = data;
  return (
    <section aria-labelledby="ap-titre">
      <h1 id="ap-titre">Autorisations de programme et d&apos;engagement</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Une AP (investissement) ou une AE (fonctionnement) est une enveloppe pluriannuelle ; ses
        crédits de paiement (CP) sont inscrits exercice par exercice. La consommation est le mandaté
        des lignes budgétaires qui portent l&apos;autorisation.
      </p>
      {canWrite ? (
        <AddLink href={`${base}/autorisations/nouvelle`}>
          + Enregistrer une autorisation votée
        </AddLink>
      ) : null}
      <DataTable
        caption={`Autorisations de programme et d'engagement (${plural(items.length, "autorisation")}) et leurs crédits de paiement`}
        label="Tableau des autorisations (défilement horizontal)"
        className="mt-4"
        columns={autorisationColumns(base)}
        rows={items}
        rowKey={(a) => a.id}
        empty="Aucune autorisation de programme ni d'engagement n'est enregistrée."
        totals={{
          label: "Total",
          cells: {
            amount: formatCents(totals.amountCents),
            affected: formatCents(totals.affectedCents),
            engaged: formatCents(totals.engagedCents),
            cpPlanned: formatCents(totals.cpPlannedCents),
            cpConsumed: formatCents(totals.cpConsumedCents),
            rate: formatRate(executionRate(totals.cpConsumedCents, totals.amountCents)),
          },
        }}
      />
    </section>
  );
}

export function autorisationFormValues(a: AutorisationDetail): AutorisationFormValues {
  return {
    id: a.id,
    numero: a.numero,
    label: a.label,
    kind: a.kind,
    category: a.category,
    votedOn: a.votedOn.toISOString().slice(0, 10),
    amount: centsToInput(a.amountCents),
    affected: centsToInput(a.affectedCents),
    engaged: centsToInput(a.engagedCents),
    state: a.state,
    cp: Object.fromEntries(a.credits.map((c) => [String(c.exercice), centsToInput(c.amountCents)])),
  };
}

/** One AP/AE: its stages, the CP schedule against consumption per exercice, the lines carrying it, and for agents the form. */
export function AutorisationDetailView({
  a,
  base,
  code,
  canWrite,
  done,
}: {
  a: AutorisationDetail;
  base: string;
  code: string;
  canWrite: boolean;
  done?: string;
}) {
  const path = `${base}/autorisations/${a.id}`;
  const rows: DetailRow[] = [
    [
      "Type",
      a.kind === "AP"
        ? "Autorisation de programme (investissement)"
        : "Autorisation d'engagement (fonctionnement)",
    ],
    ["Catégorie", BUDGET_CATEGORY_LABELS[a.category]],
    ["Date du vote", formatDate(a.votedOn)],
    ["État", AUTORISATION_STATE_LABELS[a.state]],
    ["Montant voté", formatCents(a.amountCents)],
    ["Affecté", formatCents(a.affectedCents)],
    ["Engagé", formatCents(a.engagedCents)],
    [
      "Crédits de paiement prévus",
      `${formatCents(a.cpPlannedCents)} (reste à programmer : ${formatCents(a.amountCents - a.cpPlannedCents)})`,
    ],
    [
      "Crédits de paiement consommés",
      `${formatCents(a.cpConsumedCents)} (${formatRate(executionRate(a.cpConsumedCents, a.amountCents))} du montant)`,
    ],
  ];
  return (
    <DetailPage
      titleId="autorisation-titre"
      title={`${a.numero} – ${a.label}`}
      backHref={`${base}/autorisations`}
      backLabel="← Toutes les autorisations"
      done={done}
      createdMessage="Autorisation enregistrée."
      rows={rows}
    >
      <section aria-labelledby="echeancier-titre" className="space-y-2">
        <h2 id="echeancier-titre">Échéancier et consommation des crédits de paiement</h2>
        <DataTable
          caption={`Crédits de paiement prévus et consommés par exercice pour ${a.numero}`}
          className=""
          columns={SCHEDULE_COLUMNS}
          rows={a.schedule}
          rowKey={(s) => s.exercice}
          empty="Aucun crédit de paiement n'est inscrit ni consommé."
          totals={{
            label: "Total",
            cells: {
              planned: formatCents(a.cpPlannedCents),
              consumed: formatCents(a.cpConsumedCents),
              rate: formatRate(executionRate(a.cpConsumedCents, a.cpPlannedCents)),
            },
          }}
        />
      </section>

      <section aria-labelledby="lignes-ap-titre" className="space-y-2">
        <h2 id="lignes-ap-titre">Lignes budgétaires qui portent cette autorisation</h2>
        {a.lines.length === 0 ? (
          <p>
            Aucune ligne ne porte encore cette autorisation : choisissez-la dans une ligne de la
            section {a.kind === "AP" ? "d'investissement" : "de fonctionnement"}.
          </p>
        ) : (
          <ul className="list-disc pl-6">
            {a.lines.map((line) => (
              <li key={line.id}>
                <Link href={`${base}/lignes/${line.id}`}>
                  {line.exercice} – {line.chapitre}/{line.nature} – {line.label}
                </Link>{" "}
                : {formatCents(line.mandatedCents)} mandatés
              </li>
            ))}
          </ul>
        )}
      </section>

      {canWrite ? (
        <section aria-labelledby="modifier-ap-titre" className="space-y-2">
          <h2 id="modifier-ap-titre">Modifier l&apos;autorisation et ses crédits de paiement</h2>
          <AutorisationForm
            action={updateAutorisationAction}
            values={autorisationFormValues(a)}
            submitLabel="Enregistrer"
            scopeType="COLLECTIVITE"
            scopeKey={code}
            path={path}
          />
        </section>
      ) : null}
    </DetailPage>
  );
}
