import type { InventoryImportDetail } from "@/lib/inventory/import/get-import";
import { frenchDate } from "@/lib/inventory/import/values";
import {
  CATEGORY_LABELS,
  FUNDING_LABELS,
  STATUS_LABELS,
  USAGE_LABELS,
} from "@/lib/inventory/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";

type Summary = InventoryImportDetail["summary"];
type SampleRow = Summary["sample"][number];

const ACTION_LABELS = { create: "Création", update: "Mise à jour", unchanged: "Inchangé" } as const;
const date = (iso: string | null) => (iso ? frenchDate(iso) : "—");
const text = (value: string | null) => value ?? "—";
const count = (n: number) => formatInteger(n);

/** What the import does to each établissement: created, updated, unchanged. */
export function PerEtablissement({ summary }: { summary: Summary }) {
  if (summary.etablissements.length === 0) return null;
  return (
    <DataTable
      caption={`Par établissement (${formatInteger(summary.etablissements.length)})`}
      captionVisible
      label="Tableau (défilement horizontal)"
      className=""
      rows={summary.etablissements}
      rowKey={(e) => e.uai}
      columns={[
        { key: "uai", header: "UAI", className: "font-mono", cell: (e) => e.uai },
        { key: "name", header: "Établissement", rowHeader: true, cell: (e) => e.name },
        { key: "created", header: "Créés", numeric: true, cell: (e) => count(e.created) },
        { key: "updated", header: "Mis à jour", numeric: true, cell: (e) => count(e.updated) },
        {
          key: "unchanged",
          header: "Inchangés",
          numeric: true,
          cell: (e) => count(e.unchanged),
        },
      ]}
      totals={{
        label: "Total",
        cells: {
          created: count(summary.totals.created),
          updated: count(summary.totals.updated),
          unchanged: count(summary.totals.unchanged),
        },
      }}
    />
  );
}

const SAMPLE_COLUMNS: Column<SampleRow>[] = [
  { key: "line", header: "Ligne", rowHeader: true, cell: (r) => r.line },
  { key: "action", header: "Action", cell: (r) => ACTION_LABELS[r.action] },
  {
    key: "etablissement",
    header: "Établissement",
    cell: (r) => (
      <>
        <span className="font-mono">{r.uai}</span> {r.etablissement}
      </>
    ),
  },
  { key: "category", header: "Catégorie", cell: (r) => CATEGORY_LABELS[r.values.category] },
  { key: "manufacturer", header: "Fabricant", cell: (r) => text(r.values.manufacturer) },
  { key: "model", header: "Modèle", cell: (r) => text(r.values.model) },
  {
    key: "serial",
    header: "N° de série",
    className: "font-mono",
    cell: (r) => text(r.values.serialNumber),
  },
  {
    key: "inventory",
    header: "N° d'inventaire",
    className: "font-mono",
    cell: (r) => text(r.values.inventoryNumber),
  },
  {
    key: "acquiredOn",
    header: "Acquisition",
    className: "whitespace-nowrap",
    cell: (r) => date(r.values.acquiredOn),
  },
  {
    key: "warrantyEndsOn",
    header: "Fin de garantie",
    className: "whitespace-nowrap",
    cell: (r) => date(r.values.warrantyEndsOn),
  },
  { key: "status", header: "Statut", cell: (r) => STATUS_LABELS[r.values.status] },
  { key: "location", header: "Emplacement", cell: (r) => text(r.values.location) },
  { key: "usage", header: "Usage", cell: (r) => USAGE_LABELS[r.values.usage] },
  {
    key: "funding",
    header: "Financement",
    cell: (r) => (r.values.fundingSource ? FUNDING_LABELS[r.values.fundingSource] : "—"),
  },
  {
    key: "cost",
    header: "Coût d'achat",
    numeric: true,
    cell: (r) =>
      r.values.purchaseCostCents === null ? "—" : formatCents(r.values.purchaseCostCents),
  },
];

/** The first rows as they will be saved. */
export function Sample({ summary }: { summary: Summary }) {
  if (summary.sample.length === 0) return null;
  return (
    <DataTable
      caption={`${
        summary.sample.length > 1
          ? `Les ${formatInteger(summary.sample.length)} premières lignes`
          : "La première ligne"
      } telles qu'elles seront enregistrées`}
      captionVisible
      label="Tableau (défilement horizontal)"
      className=""
      rows={summary.sample}
      rowKey={(r) => r.line}
      columns={SAMPLE_COLUMNS}
    />
  );
}

/** The file's errors, the first ones listed. */
export function ImportErrors({ summary }: { summary: Summary }) {
  const hidden = summary.errorCount - summary.errors.length;
  return (
    <section
      aria-labelledby="erreurs-titre"
      className="rounded-lg border border-red-700 bg-white p-4"
    >
      <h3 id="erreurs-titre" className="text-red-900">
        Erreurs ({formatInteger(summary.errorCount)})
      </h3>
      {hidden > 0 ? (
        <p className="mt-1 text-sm text-slate-800">
          Les {formatInteger(summary.errors.length)} premières sont listées.
        </p>
      ) : null}
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {summary.errors.map((error, index) => (
          <li key={index}>{error}</li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="mt-2 text-sm text-slate-800">
          … et {plural(hidden, "autre erreur", "autres erreurs")}.
        </p>
      ) : null}
    </section>
  );
}
