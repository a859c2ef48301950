import Link from "next/link";
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
import { formatCents, formatDate, formatInteger, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { NeedStatusBadge, OpinionBadge } from "@/components/campaigns/campaign-badges";

interface Props {
  detail: CampaignDetail;
  data: { items: NeedItem[]; total: number; pageCount: number; query: NeedListQuery };
  /** The campaign's page URL. */
  pageHref: string;
  showCollege: boolean;
  /** What the member may do on one need (forms), if anything. */
  rowActions?: (need: NeedItem) => ReactNode;
}

const select = "mt-1 w-full rounded border border-slate-500 px-2 py-2";

/** A campaign's needs as the space sees them: filters in the URL, sortable table, pages, export. */
export function NeedsTable({ detail, data, pageHref, showCollege, rowActions }: Props) {
  const { query, items, total, pageCount } = data;
  const href = (overrides: Record<string, string | number | undefined>, base = pageHref) => {
    const merged: Record<string, string | number | undefined> = {
      uai: query.uai,
      category: query.category,
      status: query.status,
      opinion: query.opinion,
      sort: query.sort === "college" ? undefined : query.sort,
      dir: query.dir === "asc" ? undefined : query.dir,
      page: query.page === 1 ? undefined : query.page,
      ...overrides,
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== "") search.set(key, String(value));
    const text = search.toString();
    return `${base}${text ? `?${text}` : ""}`;
  };
  const sortQuery = { sort: query.sort, dir: query.dir };
  return (
    <section aria-labelledby="besoins-titre" className="space-y-3">
      <h2 id="besoins-titre">Besoins</h2>
      <form
        method="get"
        action={pageHref}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        {showCollege ? (
          <div>
            <label htmlFor="filtre-college" className="block text-sm font-medium">
              Collège
            </label>
            <select
              id="filtre-college"
              name="uai"
              defaultValue={query.uai ?? ""}
              className={select}
            >
              <option value="">Tous</option>
              {detail.colleges.map((c) => (
                <option key={c.uai} value={c.uai}>
                  {c.name} ({c.uai})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="filtre-categorie" className="block text-sm font-medium">
            Catégorie
          </label>
          <select
            id="filtre-categorie"
            name="category"
            defaultValue={query.category ?? ""}
            className={select}
          >
            <option value="">Toutes</option>
            {detail.campaign.categories.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        {detail.seesDecisions ? (
          <div>
            <label htmlFor="filtre-statut" className="block text-sm font-medium">
              Décision
            </label>
            <select
              id="filtre-statut"
              name="status"
              defaultValue={query.status ?? ""}
              className={select}
            >
              <option value="">Toutes</option>
              {NEED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {NEED_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {detail.seesOpinions ? (
          <div>
            <label htmlFor="filtre-avis" className="block text-sm font-medium">
              Avis de l&apos;académie
            </label>
            <select
              id="filtre-avis"
              name="opinion"
              defaultValue={query.opinion ?? ""}
              className={select}
            >
              <option value="">Tous</option>
              {NEED_OPINIONS.map((o) => (
                <option key={o} value={o}>
                  {OPINION_LABELS[o]}
                </option>
              ))}
              <option value="SANS">Sans avis</option>
            </select>
          </div>
        ) : null}
        <div className="flex items-end gap-3">
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Filtrer
          </button>
          <Link href={pageHref}>Réinitialiser</Link>
        </div>
      </form>
      <p aria-live="polite">
        {total === 0
          ? "Aucun besoin dans cette liste."
          : `${plural(total, "besoin")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`}
      </p>
      {total > 0 ? (
        <ExportLinks
          href={href({ page: undefined }, `${pageHref}/export`)}
          what={total === 1 ? "ce besoin" : `ces ${plural(total, "besoin")}`}
        />
      ) : null}
      {items.length > 0 ? (
        <div
          className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
          tabIndex={0}
          role="region"
          aria-labelledby="besoins-titre"
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">
              Besoins de la campagne « {detail.campaign.title} » ({formatInteger(total)})
            </caption>
            <thead className="bg-slate-100">
              <tr>
                {showCollege ? (
                  <SortHeader label="Collège" column="college" query={sortQuery} href={href} />
                ) : null}
                <SortHeader label="Catégorie" column="categorie" query={sortQuery} href={href} />
                <SortHeader label="Priorité" column="priorite" query={sortQuery} href={href} />
                <th scope="col" className="px-3 py-2 text-right">
                  Quantité
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Montant demandé
                </th>
                <th scope="col" className="px-3 py-2">
                  Projet et justification
                </th>
                {detail.seesOpinions ? (
                  <th scope="col" className="px-3 py-2">
                    Avis de l&apos;académie
                  </th>
                ) : null}
                {detail.seesDecisions ? (
                  <th scope="col" className="px-3 py-2">
                    Décision
                  </th>
                ) : null}
                {rowActions ? (
                  <th scope="col" className="px-3 py-2">
                    Actions
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((n) => (
                <tr key={n.id} className="border-t border-slate-200 align-top">
                  {showCollege ? (
                    <td className="px-3 py-2">
                      {n.etablissement.name}
                      <span className="block text-xs text-slate-700">
                        {n.etablissement.uai} — {n.etablissement.communeName}
                      </span>
                    </td>
                  ) : null}
                  <td className="px-3 py-2">
                    {CATEGORY_LABELS[n.category]}
                    <span className="block text-xs text-slate-700">
                      déposé le {formatDate(n.submittedAt)}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{priorityLabel(n.priority)}</td>
                  <td className="px-3 py-2 text-right">{formatInteger(n.quantity)}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    {formatCents(BigInt(n.quantity) * n.unitCostCents)}
                    <span className="block text-xs text-slate-700">
                      {formatCents(n.unitCostCents)} l&apos;unité
                    </span>
                  </td>
                  <td className="max-w-md px-3 py-2">
                    <span className="font-medium">{n.projetEtablissement}</span>
                    <span className="block whitespace-pre-line">{n.justification}</span>
                  </td>
                  {detail.seesOpinions ? (
                    <td className="px-3 py-2">
                      <OpinionBadge opinion={n.opinion} />
                      {n.opinionComment ? (
                        <span className="block text-xs">{n.opinionComment}</span>
                      ) : null}
                    </td>
                  ) : null}
                  {detail.seesDecisions ? (
                    <td className="px-3 py-2">
                      <NeedStatusBadge status={n.status} />
                      {n.status === "ACCEPTE" || n.status === "PARTIEL" ? (
                        <span className="block whitespace-nowrap text-xs">
                          {formatInteger(n.acceptedQuantity ?? 0)} accepté(s),{" "}
                          {formatCents(n.acceptedCents ?? 0n)}
                        </span>
                      ) : null}
                      {n.decisionReason ? (
                        <span className="block text-xs">Motif : {n.decisionReason}</span>
                      ) : null}
                      {n.deliveredAt ? (
                        <span className="block text-xs">
                          Livré le {formatDate(n.deliveredAt)}, inscrit à l&apos;inventaire
                        </span>
                      ) : null}
                    </td>
                  ) : null}
                  {rowActions ? <td className="min-w-64 px-3 py-2">{rowActions(n)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => href({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
