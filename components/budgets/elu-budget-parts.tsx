import Link from "next/link";
import type { EluView } from "@/lib/budgets/elu-view";
import { AUTORISATION_KIND_LABELS, AUTORISATION_STATE_LABELS } from "@/lib/budgets/labels";
import { PHASE_LABELS } from "@/lib/campaigns/labels";
import { formatCents, formatDate, formatInteger } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";
import { ExportLinks } from "@/components/ui/export-links";
import { AutorisationChart } from "@/components/budgets/elu-charts";
import { centsColumn } from "@/components/ui/figure-columns";

/** The exercice's budget for the commission, as PDF and XLSX. */
export function CommissionLinks({ base, exercice }: { base: string; exercice: number }) {
  return (
    <ExportLinks
      href={`${base}/commission?exercice=${exercice}`}
      what={`le budget ${exercice} pour la commission`}
      formats={["pdf", "xlsx"]}
    />
  );
}

/** Each AP/AE: its envelope, its CP planned and consumed, this exercice's share, its chart. */
export function AutorisationsSection({ view, base }: { view: EluView; base: string }) {
  if (view.autorisations.length === 0)
    return <p>Aucune autorisation de programme ou d&apos;engagement n&apos;est enregistrée.</p>;
  return (
    <>
      {view.autorisations.map((ap) => {
        const current = ap.schedule.find((s) => s.exercice === view.exercice);
        return (
          <article key={ap.id} aria-labelledby={`ap-${ap.id}`} className="space-y-2">
            <h3 id={`ap-${ap.id}`}>
              <Link href={`${base}/autorisations/${ap.id}`}>
                {ap.numero} – {ap.label}
              </Link>
            </h3>
            <p className="text-sm text-slate-800">
              {AUTORISATION_KIND_LABELS[ap.kind]} votée le {formatDate(ap.votedOn)} pour{" "}
              <strong>{formatCents(ap.amountCents)}</strong> (
              {AUTORISATION_STATE_LABELS[ap.state].toLowerCase()}) :{" "}
              {formatCents(ap.cpPlannedCents)} de crédits de paiement prévus,{" "}
              {formatCents(ap.cpConsumedCents)} consommés, {formatCents(ap.remainingCents)} restant
              sur l&apos;enveloppe.
              {current
                ? ` En ${view.exercice} : ${formatCents(current.plannedCents)} prévus, ${formatCents(current.consumedCents)} consommés.`
                : ` Aucun crédit de paiement en ${view.exercice}.`}
            </p>
            <AutorisationChart ap={ap} />
          </article>
        );
      })}
    </>
  );
}

/** The exercice's campaigns and the budget lines they feed. */
export function CampaignsTable({ view, base }: { view: EluView; base: string }) {
  const code = view.collectivite.code;
  if (view.campaigns.length === 0)
    return <p>Aucune campagne de recensement des besoins pour {view.exercice}.</p>;
  return (
    <DataTable<EluView["campaigns"][number]>
      caption={`Campagnes de recensement des besoins de ${view.exercice} et lignes budgétaires alimentées`}
      captionVisible
      className=""
      rows={view.campaigns}
      rowKey={(c) => c.id}
      columns={[
        {
          key: "title",
          header: "Campagne",
          rowHeader: true,
          cell: (c) => <Link href={`/c/${code}/campagnes/${c.id}`}>{c.title}</Link>,
        },
        { key: "phase", header: "État", cell: (c) => PHASE_LABELS[c.phase] },
        centsColumn("envelope", "Enveloppe", (c) => c.envelopeCents),
        centsColumn("accepted", "Total accepté", (c) => c.acceptedCents),
        {
          key: "needs",
          header: "Besoins acceptés",
          numeric: true,
          cell: (c) => `${formatInteger(c.acceptedNeeds)} sur ${formatInteger(c.needs)}`,
        },
        {
          key: "line",
          header: "Ligne budgétaire alimentée",
          cell: (c) =>
            c.budgetLine ? (
              <Link href={`${base}/lignes/${c.budgetLine.id}`}>
                {c.budgetLine.chapitre} / {c.budgetLine.nature} – {c.budgetLine.label}
              </Link>
            ) : (
              "aucune"
            ),
        },
        {
          key: "voted",
          header: "Voté sur la ligne",
          numeric: true,
          cell: (c) => (c.budgetLine ? formatCents(c.budgetLine.votedCents) : "—"),
        },
        {
          key: "mandated",
          header: "Mandaté sur la ligne",
          numeric: true,
          cell: (c) => (c.budgetLine ? formatCents(c.budgetLine.mandatedCents) : "—"),
        },
      ]}
    />
  );
}
