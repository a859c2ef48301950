import Link from "next/link";
import type { ImportMapping } from "@/lib/inventory/import/fields";
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from "@/lib/inventory/import/fields";
import {
  IMPORT_STATUS_LABELS,
  type InventoryImportDetail,
} from "@/lib/inventory/import/get-import";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatDateTime, formatInteger } from "@/lib/format";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { ImportUploadForm } from "@/components/inventory/import/import-upload-form";
import { DataTable } from "@/components/ui/data-table";
import { countColumn } from "@/components/ui/figure-columns";

interface Props {
  code: string;
  collectiviteName: string;
  saved: ImportMapping | null;
  imports: Omit<InventoryImportDetail, "mapping" | "sha256">[];
}

/** The import page of a collectivité: upload, saved mapping, recent imports. */
export function ImportHome({ code, collectiviteName, saved, imports }: Props) {
  const base = `/c/${code}/inventaire`;
  return (
    <div className="space-y-8">
      <div>
        <InventoryTabs base={base} scopeType="COLLECTIVITE" current="import" canImport />
        <h1>Importer un inventaire</h1>
        <p className="mt-1 text-slate-800">{collectiviteName}</p>
      </div>
      <section aria-labelledby="fichier-titre" className="space-y-3">
        <h2 id="fichier-titre">Nouveau fichier</h2>
        <p className="text-slate-800">
          Le fichier est d&apos;abord analysé : vous vérifiez l&apos;association des colonnes, les
          nombres d&apos;équipements créés ou mis à jour par collège et les erreurs éventuelles
          avant de confirmer. Rien n&apos;est enregistré avant votre confirmation, et un fichier
          comportant une seule erreur n&apos;est pas enregistré du tout. Un équipement déjà
          inventorié est reconnu à son numéro de série, à défaut à son numéro d&apos;inventaire : il
          est mis à jour, jamais dupliqué.
        </p>
        <ImportUploadForm scopeKey={code} path={`${base}/import`} />
      </section>

      <section aria-labelledby="mapping-titre" className="space-y-2">
        <h2 id="mapping-titre">Mapping enregistré</h2>
        {saved ? (
          <>
            <p className="text-slate-800">
              Appliqué automatiquement aux fichiers qui comportent toutes ces colonnes.
            </p>
            <DataTable
              caption="Colonnes du mapping enregistré par la collectivité"
              label="Tableau (défilement horizontal)"
              className=""
              rows={[
                ...IMPORT_FIELDS.filter((f) => saved.columns[f]).map((f) => ({
                  key: f,
                  label: IMPORT_FIELD_LABELS[f],
                  value: `« ${saved.columns[f]} »`,
                })),
                ...(saved.defaultCategory
                  ? [
                      {
                        key: "defaultCategory",
                        label: "Catégorie par défaut",
                        value: CATEGORY_LABELS[saved.defaultCategory],
                      },
                    ]
                  : []),
              ]}
              rowKey={(r) => r.key}
              columns={[
                { key: "label", header: "Information", rowHeader: true, cell: (r) => r.label },
                { key: "value", header: "Colonne du fichier", cell: (r) => r.value },
              ]}
            />
          </>
        ) : (
          <p className="text-slate-800">
            Aucun mapping enregistré : les colonnes sont reconnues d&apos;après leur nom (UAI,
            Catégorie, Numéro de série…) ou d&apos;après la disposition d&apos;un export GLPI. Vous
            pourrez enregistrer le mapping d&apos;un aperçu pour les imports suivants.
          </p>
        )}
      </section>

      <section aria-labelledby="imports-titre" className="space-y-2">
        <h2 id="imports-titre">Imports récents</h2>
        {imports.length === 0 ? (
          <p className="text-slate-800">Aucun import pour l&apos;instant.</p>
        ) : (
          <DataTable<Props["imports"][number]>
            caption={`Derniers imports d'inventaire de la collectivité (${formatInteger(imports.length)})`}
            label="Tableau (défilement horizontal)"
            className=""
            rows={imports}
            rowKey={(i) => i.id}
            columns={[
              {
                key: "date",
                header: "Date",
                className: "whitespace-nowrap",
                cell: (i) => formatDateTime(i.committedAt ?? i.createdAt),
              },
              {
                key: "file",
                header: "Fichier",
                cell: (i) => (
                  <>
                    <Link href={`${base}/import/${i.id}`}>{i.fileName}</Link>{" "}
                    <span className="text-slate-700">({i.format})</span>
                  </>
                ),
              },
              { key: "actor", header: "Par", cell: (i) => i.actorLabel },
              { key: "status", header: "Statut", cell: (i) => IMPORT_STATUS_LABELS[i.status] },
              countColumn("rows", "Lignes", (i) => i.rowCount),
              countColumn("created", "Créés", (i) => i.summary.totals.created),
              countColumn("updated", "Mis à jour", (i) => i.summary.totals.updated),
              countColumn("unchanged", "Inchangés", (i) => i.summary.totals.unchanged),
              countColumn("errors", "Erreurs", (i) => i.summary.errorCount),
            ]}
          />
        )}
      </section>
    </div>
  );
}
