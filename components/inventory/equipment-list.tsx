import Link from "next/link";
import type { EquipmentListData } from "@/lib/inventory/list-equipment";
import {
  CATEGORY_LABELS,
  EQUIPMENT_CATEGORIES,
  EQUIPMENT_STATUSES,
  EQUIPMENT_USAGES,
  FUNDING_LABELS,
  FUNDING_SOURCES,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import { formatDate, formatInteger, plural } from "@/lib/format";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { ExportLinks } from "@/components/ui/export-links";
import { EquipmentStatusBadge } from "@/components/inventory/equipment-status-badge";
import { BulkStatusForm } from "@/components/inventory/bulk-status-form";

interface Props {
  data: EquipmentListData;
  /** The list's own URL, e.g. /c/35/inventaire; details live at `${listHref}/${id}`. */
  listHref: string;
  scope: { scopeType: string; scopeKey: string };
  /** Collèges to filter on (collectivité, académie); none for a collège's own list. */
  etablissements: { uai: string; name: string; communeName: string }[];
  departements?: { code: string; name: string }[];
  canBulkUpdate: boolean;
}

const select = "mt-1 w-full rounded border border-slate-500 px-2 py-2";

export function EquipmentList({
  data,
  listHref,
  scope,
  etablissements,
  departements,
  canBulkUpdate,
}: Props) {
  const { items, total, pageCount, query } = data;
  const showCollege = etablissements.length > 0;
  const params = (overrides: Record<string, string | number | undefined>, base = listHref) => {
    const merged: Record<string, string | number | undefined> = {
      q: query.q,
      uai: query.uai,
      departement: query.departement,
      category: query.category,
      status: query.status,
      usage: query.usage,
      funding: query.funding,
      before: query.before,
      sort: query.sort === "etablissement" ? undefined : query.sort,
      dir: query.dir === "asc" ? undefined : query.dir,
      page: query.page === 1 ? undefined : query.page,
      ...overrides,
    };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged))
      if (value !== undefined && value !== "") search.set(key, String(value));
    const text = search.toString();
    return text ? `${base}?${text}` : base;
  };

  const table = (
    <div
      role="region"
      aria-label="Tableau (défilement horizontal)"
      tabIndex={0}
      className="mt-2 relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Équipements ({formatInteger(total)}), page {formatInteger(query.page)}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {canBulkUpdate ? (
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Sélection</span>
              </th>
            ) : null}
            {showCollege ? (
              <SortHeader
                label="Établissement"
                column="etablissement"
                query={query}
                href={params}
              />
            ) : null}
            <SortHeader label="Catégorie" column="category" query={query} href={params} />
            <SortHeader label="Modèle" column="model" query={query} href={params} />
            <SortHeader label="N° de série" column="serial" query={query} href={params} />
            <th scope="col" className="px-3 py-2">
              N° d&apos;inventaire
            </th>
            <SortHeader label="Acquisition" column="acquiredOn" query={query} href={params} />
            <SortHeader
              label="Fin de garantie"
              column="warrantyEndsOn"
              query={query}
              href={params}
            />
            <SortHeader label="Emplacement" column="location" query={query} href={params} />
            <SortHeader label="Statut" column="status" query={query} href={params} />
          </tr>
        </thead>
        <tbody>
          {items.map((e) => {
            const label = `${CATEGORY_LABELS[e.category]}${e.model ? ` ${e.model}` : ""}${e.serialNumber ? ` (${e.serialNumber})` : ""}`;
            return (
              <tr key={e.id} className="border-t border-slate-200">
                {canBulkUpdate ? (
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      name="ids"
                      value={e.id}
                      id={`sel-${e.id}`}
                      aria-label={`Sélectionner ${label}`}
                    />
                  </td>
                ) : null}
                {showCollege ? (
                  <td className="px-3 py-2">
                    {e.etablissement.name}{" "}
                    <span className="font-mono text-xs">{e.etablissement.uai}</span>
                  </td>
                ) : null}
                <td className="px-3 py-2">
                  <Link href={`${listHref}/${e.id}`}>{CATEGORY_LABELS[e.category]}</Link>
                </td>
                <td className="px-3 py-2">
                  {[e.manufacturer, e.model].filter(Boolean).join(" ") || "—"}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{e.serialNumber ?? "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{e.inventoryNumber ?? "—"}</td>
                <td className="px-3 py-2">{e.acquiredOn ? formatDate(e.acquiredOn) : "—"}</td>
                <td className="px-3 py-2">
                  {e.warrantyEndsOn ? formatDate(e.warrantyEndsOn) : "—"}
                </td>
                <td className="px-3 py-2">{e.location ?? "—"}</td>
                <td className="px-3 py-2">
                  <EquipmentStatusBadge status={e.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );

  return (
    <section aria-labelledby="inventaire-titre">
      <h1 id="inventaire-titre">Équipements</h1>
      <form
        method="get"
        action={listHref}
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="lg:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">
            Rechercher (série, inventaire, modèle, emplacement)
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
        </div>
        {showCollege ? (
          <div className="lg:col-span-2">
            <label htmlFor="uai" className="block text-sm font-medium">
              Établissement
            </label>
            <select id="uai" name="uai" defaultValue={query.uai ?? ""} className={select}>
              <option value="">Tous</option>
              {etablissements.map((e) => (
                <option key={e.uai} value={e.uai}>
                  {e.name} – {e.communeName} ({e.uai})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {departements && departements.length > 1 ? (
          <div>
            <label htmlFor="departement" className="block text-sm font-medium">
              Département
            </label>
            <select
              id="departement"
              name="departement"
              defaultValue={query.departement ?? ""}
              className={select}
            >
              <option value="">Tous</option>
              {departements.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.code} – {d.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="category" className="block text-sm font-medium">
            Catégorie
          </label>
          <select
            id="category"
            name="category"
            defaultValue={query.category ?? ""}
            className={select}
          >
            <option value="">Toutes</option>
            {EQUIPMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Statut
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={select}>
            <option value="">Tous</option>
            {EQUIPMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="usage" className="block text-sm font-medium">
            Usage
          </label>
          <select id="usage" name="usage" defaultValue={query.usage ?? ""} className={select}>
            <option value="">Tous</option>
            {EQUIPMENT_USAGES.map((u) => (
              <option key={u} value={u}>
                {USAGE_LABELS[u]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="funding" className="block text-sm font-medium">
            Financement
          </label>
          <select id="funding" name="funding" defaultValue={query.funding ?? ""} className={select}>
            <option value="">Tous</option>
            {FUNDING_SOURCES.map((f) => (
              <option key={f} value={f}>
                {FUNDING_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="before" className="block text-sm font-medium">
            Acquis avant l&apos;année
          </label>
          <input
            id="before"
            name="before"
            type="number"
            min={1980}
            max={2100}
            inputMode="numeric"
            defaultValue={query.before ?? ""}
            aria-describedby="before-help"
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
          <p id="before-help" className="mt-1 text-xs text-slate-700">
            Par exemple 2021 : acquis jusqu&apos;au 31/12/2020.
          </p>
        </div>
        <div className="flex items-end gap-3 lg:col-span-4">
          <button
            type="submit"
            className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Filtrer
          </button>
          <Link href={listHref}>Réinitialiser</Link>
        </div>
      </form>

      <p className="mt-4 text-slate-800" aria-live="polite">
        {total === 0
          ? "Aucun équipement ne correspond à ces critères."
          : `${plural(total, "équipement")} — page ${formatInteger(query.page)} sur ${formatInteger(pageCount)}`}
      </p>
      {total > 0 ? (
        <ExportLinks
          href={params({ page: undefined }, `${listHref}/export`)}
          what={`ces ${plural(total, "équipement")}`}
        />
      ) : null}

      {items.length > 0 ? (
        canBulkUpdate ? (
          <BulkStatusForm {...scope} path={listHref}>
            {table}
          </BulkStatusForm>
        ) : (
          table
        )
      ) : null}
      <Pagination
        page={query.page}
        pageCount={pageCount}
        href={(page) => params({ page: page === 1 ? undefined : page })}
      />
    </section>
  );
}
