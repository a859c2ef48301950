import Link from "next/link";
import type { CampaignListItem } from "@/lib/campaigns/list-campaigns";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatDate, formatInteger } from "@/lib/format";
import { PhaseBadge } from "@/components/campaigns/campaign-badges";
import { DataTable, type MaybeColumn } from "@/components/ui/data-table";
import { centsColumn, countColumn } from "@/components/ui/figure-columns";

interface Props {
  items: CampaignListItem[];
  /** The space's /campagnes URL. */
  listHref: string;
  /** « vos besoins » for a collège, « les besoins de vos collèges » for an académie. */
  needsLabel: string;
  showCollectivite: boolean;
}

type Item = CampaignListItem;

const afterArbitration = <span className="text-slate-700">après arbitrage</span>;

function columns(listHref: string, showCollectivite: boolean): MaybeColumn<Item>[] {
  return [
    {
      key: "title",
      header: "Campagne",
      rowHeader: true,
      cell: (c) => (
        <>
          <Link href={`${listHref}/${c.id}`} className="font-semibold">
            {c.title}
          </Link>
          <span className="block text-xs text-slate-700">
            Exercice {c.exercice} — {c.categories.map((cat) => CATEGORY_LABELS[cat]).join(", ")}
          </span>
        </>
      ),
    },
    showCollectivite && {
      key: "collectivite",
      header: "Collectivité",
      cell: (c) => c.collectivite,
    },
    { key: "phase", header: "État", cell: (c) => <PhaseBadge phase={c.phase} /> },
    {
      key: "dates",
      header: "Dépôts",
      className: "whitespace-nowrap",
      cell: (c) => `${formatDate(c.opensOn)} → ${formatDate(c.closesOn)}`,
    },
    centsColumn("envelope", "Enveloppe", (c) => c.envelopeCents),
    {
      key: "needs",
      header: "Besoins déposés",
      numeric: true,
      cell: (c) => (
        <>
          {formatInteger(c.needs)}
          {c.colleges > 1 ? (
            <span className="block text-xs text-slate-700">
              {formatInteger(c.colleges)} collèges
            </span>
          ) : null}
        </>
      ),
    },
    countColumn("opinions", "Avis donnés", (c) => c.opinions),
    {
      key: "decided",
      header: "Décidés",
      numeric: true,
      cell: (c) => (c.decided === null ? afterArbitration : formatInteger(c.decided)),
    },
    {
      key: "accepted",
      header: "Montant accepté",
      numeric: true,
      cell: (c) => (c.acceptedCents === null ? afterArbitration : formatCents(c.acceptedCents)),
    },
  ];
}

/** The campaigns of a space with where each stands: needs, opinions, decisions, accepted amount. */
export function CampaignList({ items, listHref, needsLabel, showCollectivite }: Props) {
  if (items.length === 0) return <p className="mt-4">Aucune campagne de besoins pour le moment.</p>;
  return (
    <DataTable
      caption={`Campagnes de besoins (${formatInteger(items.length)}), avec les comptes de ${needsLabel}`}
      className="mt-4"
      columns={columns(listHref, showCollectivite)}
      rows={items}
      rowKey={(c) => c.id}
      rowClassName="align-top"
    />
  );
}
