import type { ReactNode } from "react";
import type { CampaignDetail, NeedItem } from "@/lib/campaigns/get-campaign";
import type { NeedListQuery } from "@/lib/campaigns/schemas";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import {
  NEED_OPINIONS,
  NEED_STATUSES,
  NEED_STATUS_LABELS,
  OPINION_LABELS,
  priorityLabel,
} from "@/lib/campaigns/labels";
import { formatCents, formatDate, formatInteger, these } from "@/lib/format";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { listStatus, listTableLinks, sortedListHrefs } from "@/components/ui/list-page";
import { labelledOptions } from "@/components/ui/select";
import { collegeOptions } from "@/components/inventory/college-filter-fields";
import { NeedStatusBadge, OpinionBadge } from "@/components/campaigns/campaign-badges";
import { countColumn } from "@/components/ui/figure-columns";

interface Props {
  detail: CampaignDetail;
  data: { items: NeedItem[]; total: number; pageCount: number; query: NeedListQuery };
  /** The campaign's page URL. */
  pageHref: string;
  showCollege: boolean;
  /** What the member may do on one need (forms), if anything. */
  rowActions?: (need: NeedItem) => ReactNode;
}

type Opinions = Pick<CampaignDetail, "seesOpinions" | "seesDecisions">;

function DecisionCell({ n }: { n: NeedItem }) {
  return (
    <>
      <NeedStatusBadge status={n.status} />
      {n.status === "ACCEPTE" || n.status === "PARTIEL" ? (
        <span className="block whitespace-nowrap text-xs">
          {formatInteger(n.acceptedQuantity ?? 0)} accepté(s), {formatCents(n.acceptedCents ?? 0n)}
        </span>
      ) : null}
      {n.decisionReason ? <span className="block text-xs">Motif : {n.decisionReason}</span> : null}
      {n.deliveredAt ? (
        <span className="block text-xs">
          Livré le {formatDate(n.deliveredAt)}, inscrit à l&apos;inventaire
        </span>
      ) : null}
    </>
  );
}

function columns(
  detail: Opinions,
  showCollege: boolean,
  rowActions: Props["rowActions"],
): MaybeColumn<NeedItem>[] {
  return [
    showCollege && {
      key: "college",
      header: "Collège",
      sort: "college",
      cell: (n) => (
        <>
          {n.etablissement.name}
          <span className="block text-xs text-slate-700">
            {n.etablissement.uai} — {n.etablissement.communeName}
          </span>
        </>
      ),
    },
    {
      key: "categorie",
      header: "Catégorie",
      sort: "categorie",
      cell: (n) => (
        <>
          {CATEGORY_LABELS[n.category]}
          <span className="block text-xs text-slate-700">
            déposé le {formatDate(n.submittedAt)}
          </span>
        </>
      ),
    },
    {
      key: "priorite",
      header: "Priorité",
      sort: "priorite",
      className: "whitespace-nowrap",
      cell: (n) => priorityLabel(n.priority),
    },
    countColumn("quantite", "Quantité", (n) => n.quantity),
    {
      key: "montant",
      header: "Montant demandé",
      numeric: true,
      cell: (n) => (
        <>
          {formatCents(BigInt(n.quantity) * n.unitCostCents)}
          <span className="block text-xs text-slate-700">
            {formatCents(n.unitCostCents)} l&apos;unité
          </span>
        </>
      ),
    },
    {
      key: "projet",
      header: "Projet et justification",
      className: "max-w-md",
      cell: (n) => (
        <>
          <span className="font-medium">{n.projetEtablissement}</span>
          <span className="block whitespace-pre-line">{n.justification}</span>
        </>
      ),
    },
    detail.seesOpinions && {
      key: "avis",
      header: "Avis de l'académie",
      cell: (n) => (
        <>
          <OpinionBadge opinion={n.opinion} />
          {n.opinionComment ? <span className="block text-xs">{n.opinionComment}</span> : null}
        </>
      ),
    },
    detail.seesDecisions && {
      key: "decision",
      header: "Décision",
      cell: (n) => <DecisionCell n={n} />,
    },
    rowActions && { key: "actions", header: "Actions", className: "min-w-64", cell: rowActions },
  ];
}

/** A campaign's needs as the space sees them: filters in the URL, sortable table, pages, export. */
export function NeedsTable({ detail, data, pageHref, showCollege, rowActions }: Props) {
  const { query, items, total, pageCount } = data;
  const { uai, category, status, opinion } = query;
  const href = sortedListHrefs(pageHref, query, "college", { uai, category, status, opinion });
  const what = these(total, "ce besoin", "besoin");
  return (
    <section aria-labelledby="besoins-titre" className="space-y-3">
      <h2 id="besoins-titre">Besoins</h2>
      <FilterForm
        action={pageHref}
        columns={5}
        className=""
        values={query}
        filters={[
          showCollege && {
            name: "uai",
            id: "filtre-college",
            label: "Collège",
            all: "Tous",
            options: collegeOptions(detail.colleges),
          },
          {
            name: "category",
            id: "filtre-categorie",
            label: "Catégorie",
            all: "Toutes",
            options: labelledOptions(detail.campaign.categories, CATEGORY_LABELS),
          },
          detail.seesDecisions && {
            name: "status",
            id: "filtre-statut",
            label: "Décision",
            all: "Toutes",
            options: labelledOptions(NEED_STATUSES, NEED_STATUS_LABELS),
          },
          detail.seesOpinions && {
            name: "opinion",
            id: "filtre-avis",
            label: "Avis de l'académie",
            all: "Tous",
            options: [
              ...labelledOptions(NEED_OPINIONS, OPINION_LABELS),
              { value: "SANS", label: "Sans avis" },
            ],
          },
        ]}
      />
      <DataTable
        caption={`Besoins de la campagne « ${detail.campaign.title} » (${formatInteger(total)})`}
        columns={columns(detail, showCollege, rowActions)}
        rows={items}
        rowKey={(n) => n.id}
        rowClassName="align-top"
        {...listTableLinks({ listHref: pageHref, href, query, pageCount, total, what })}
        status={listStatus({
          total,
          noun: "besoin",
          empty: "Aucun besoin dans cette liste.",
          page: query.page,
          pageCount,
        })}
        statusClassName=""
        className=""
      />
    </section>
  );
}
