import Link from "next/link";
import type { CampaignListItem } from "@/lib/campaigns/list-campaigns";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatDate, formatInteger } from "@/lib/format";
import { PhaseBadge } from "@/components/campaigns/campaign-badges";

interface Props {
  items: CampaignListItem[];
  /** The space's /campagnes URL. */
  listHref: string;
  /** « vos besoins » for a collège, « les besoins de vos collèges » for an académie. */
  needsLabel: string;
  showCollectivite: boolean;
}

/** The campaigns of a space with where each stands: needs, opinions, decisions, accepted amount. */
export function CampaignList({ items, listHref, needsLabel, showCollectivite }: Props) {
  if (items.length === 0) return <p className="mt-4">Aucune campagne de besoins pour le moment.</p>;
  return (
    <div className="mt-4 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Campagnes de besoins ({formatInteger(items.length)}), avec les comptes de {needsLabel}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Campagne
            </th>
            {showCollectivite ? (
              <th scope="col" className="px-3 py-2">
                Collectivité
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2">
              État
            </th>
            <th scope="col" className="px-3 py-2">
              Dépôts
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Enveloppe
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Besoins déposés
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Avis donnés
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Décidés
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Montant accepté
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link href={`${listHref}/${c.id}`} className="font-semibold">
                  {c.title}
                </Link>
                <span className="block text-xs text-slate-700">
                  Exercice {c.exercice} —{" "}
                  {c.categories.map((cat) => CATEGORY_LABELS[cat]).join(", ")}
                </span>
              </th>
              {showCollectivite ? <td className="px-3 py-2">{c.collectivite}</td> : null}
              <td className="px-3 py-2">
                <PhaseBadge phase={c.phase} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {formatDate(c.opensOn)} → {formatDate(c.closesOn)}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                {formatCents(c.envelopeCents)}
              </td>
              <td className="px-3 py-2 text-right">
                {formatInteger(c.needs)}
                {c.colleges > 1 ? (
                  <span className="block text-xs text-slate-700">
                    {formatInteger(c.colleges)} collèges
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2 text-right">{formatInteger(c.opinions)}</td>
              <td className="px-3 py-2 text-right">
                {c.decided === null ? (
                  <span className="text-slate-700">après arbitrage</span>
                ) : (
                  formatInteger(c.decided)
                )}
              </td>
              <td className="px-3 py-2 text-right whitespace-nowrap">
                {c.acceptedCents === null ? (
                  <span className="text-slate-700">après arbitrage</span>
                ) : (
                  formatCents(c.acceptedCents)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
