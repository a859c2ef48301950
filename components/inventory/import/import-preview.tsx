import Link from "next/link";
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  MAX_CATEGORY_VALUES,
} from "@/lib/inventory/import/fields";
import { MAPPING_SOURCE_LABELS } from "@/lib/inventory/import/detect-mapping";
import {
  IMPORT_STATUS_LABELS,
  type InventoryImportDetail,
} from "@/lib/inventory/import/get-import";
import { ENCODING_LABELS } from "@/lib/imports/decode-text";
import { CATEGORY_LABELS, EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { formatDateTime, plural } from "@/lib/format";
import { abandonInventoryImportAction } from "@/app/actions/inventory-import";
import { ActionForm } from "@/components/forms/action-form";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { ImportMappingForm } from "@/components/inventory/import/import-mapping-form";
import {
  ImportErrors as Errors,
  PerEtablissement,
  Sample,
} from "@/components/inventory/import/import-preview-tables";

const DONE_MESSAGES: Record<string, string> = {
  enregistre: "Import enregistré : l'inventaire et ses indicateurs tiennent compte de ce fichier.",
  abandonne: "Import abandonné : rien n'a été enregistré.",
};

/** One import: its mapping (while waiting for confirmation), counts, first rows and errors. */
export function ImportPreview({
  code,
  detail,
  done,
}: {
  code: string;
  detail: InventoryImportDetail;
  done?: string;
}) {
  const base = `/c/${code}/inventaire`;
  const path = `${base}/import/${detail.id}`;
  const { summary } = detail;
  const pending = detail.status === "APERCU";
  const hasErrors = summary.errorCount > 0;
  const scope = { scopeType: "COLLECTIVITE", scopeKey: code, path };
  return (
    <div className="space-y-8">
      <div>
        <InventoryTabs base={base} scopeType="COLLECTIVITE" current="import" canImport />
        <p className="text-sm">
          <Link href={`${base}/import`}>← Imports d&apos;inventaire</Link>
        </p>
        <h1 className="mt-1">Import du fichier « {detail.fileName} »</h1>
      </div>
      {done && DONE_MESSAGES[done] ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {DONE_MESSAGES[done]}
        </p>
      ) : null}

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold">Statut</dt>
          <dd>{IMPORT_STATUS_LABELS[detail.status]}</dd>
        </div>
        <div>
          <dt className="font-semibold">Fichier</dt>
          <dd>
            {detail.fileName} ({detail.format}, {plural(detail.rowCount, "ligne")})
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Déposé</dt>
          <dd>
            le {formatDateTime(detail.createdAt)} par {detail.actorLabel}
          </dd>
        </div>
        {detail.committedAt ? (
          <div>
            <dt className="font-semibold">Enregistré</dt>
            <dd>le {formatDateTime(detail.committedAt)}</dd>
          </div>
        ) : null}
        {summary.encoding ? (
          <div>
            <dt className="font-semibold">Encodage lu</dt>
            <dd>{ENCODING_LABELS[summary.encoding]}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-semibold">Colonnes</dt>
          <dd>{MAPPING_SOURCE_LABELS[summary.mappingSource]}</dd>
        </div>
        <div>
          <dt className="font-semibold">Empreinte SHA-256</dt>
          <dd className="font-mono break-all">{detail.sha256}</dd>
        </div>
      </dl>

      {summary.problem ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {summary.problem}
        </p>
      ) : null}

      {pending && !summary.problem ? (
        <section aria-labelledby="mapping-titre" className="space-y-3">
          <h2 id="mapping-titre">Association des colonnes</h2>
          <ImportMappingForm
            scopeKey={code}
            path={path}
            importId={detail.id}
            columns={summary.header}
            fields={IMPORT_FIELDS.map((f) => ({
              name: f,
              label: IMPORT_FIELD_LABELS[f],
              column: detail.mapping.columns[f] ?? "",
              required: f === "uai",
            }))}
            categories={EQUIPMENT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            defaultCategory={detail.mapping.defaultCategory ?? ""}
            categoryValues={[
              ...Object.entries(detail.mapping.categoryValues ?? {}).map(([value, category]) => ({
                value,
                category,
              })),
              ...summary.unknownCategories
                .filter((value) => !(value in (detail.mapping.categoryValues ?? {})))
                .map((value) => ({ value, category: "" })),
            ].slice(0, MAX_CATEGORY_VALUES)}
            canCommit={!hasErrors}
          />
        </section>
      ) : null}

      <section aria-labelledby="apercu-titre" className="space-y-4">
        <h2 id="apercu-titre">{detail.status === "ENREGISTRE" ? "Résultat" : "Aperçu"}</h2>
        {summary.computedAt ? (
          <p className="text-sm text-slate-700">
            Calculé le {formatDateTime(new Date(summary.computedAt))}.
          </p>
        ) : null}
        <p className="text-slate-900">
          {plural(summary.rowCount, "ligne")} :{" "}
          <strong>{plural(summary.totals.created, "équipement créé", "équipements créés")}</strong>,{" "}
          <strong>{plural(summary.totals.updated, "mis à jour", "mis à jour")}</strong>,{" "}
          {plural(summary.totals.unchanged, "inchangé", "inchangés")}
          {hasErrors ? (
            <>
              , <strong>{plural(summary.errorCount, "erreur")}</strong>
            </>
          ) : null}
          .
        </p>
        {pending && hasErrors ? (
          <p className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
            Le fichier comporte {plural(summary.errorCount, "erreur")} : rien ne sera enregistré
            tant qu&apos;il n&apos;est pas corrigé. Corrigez le fichier et importez-le à nouveau, ou
            ajustez l&apos;association des colonnes et recalculez l&apos;aperçu.
          </p>
        ) : null}
        <PerEtablissement summary={summary} />
        <Sample summary={summary} />
        {hasErrors ? <Errors summary={summary} /> : null}
      </section>

      {pending ? (
        <section aria-labelledby="abandon-titre" className="space-y-2">
          <h2 id="abandon-titre">Abandonner cet import</h2>
          <p className="text-sm text-slate-800">
            Le fichier reste dans l&apos;historique ; rien n&apos;est enregistré dans
            l&apos;inventaire.
          </p>
          <ActionForm
            {...scope}
            action={abandonInventoryImportAction}
            hidden={{ importId: detail.id }}
            submitLabel="Abandonner"
            pendingLabel="Abandon…"
            tone="secondary"
          />
        </section>
      ) : null}
    </div>
  );
}
