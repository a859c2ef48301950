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
import { ScrollRegion } from "@/components/ui/scroll-region";

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
            <ScrollRegion label="Tableau (défilement horizontal)" className="">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">
                  Colonnes du mapping enregistré par la collectivité
                </caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      Information
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Colonne du fichier
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {IMPORT_FIELDS.filter((f) => saved.columns[f]).map((f) => (
                    <tr key={f} className="border-t border-slate-200">
                      <th scope="row" className="px-3 py-2 font-normal">
                        {IMPORT_FIELD_LABELS[f]}
                      </th>
                      <td className="px-3 py-2">« {saved.columns[f]} »</td>
                    </tr>
                  ))}
                  {saved.defaultCategory ? (
                    <tr className="border-t border-slate-200">
                      <th scope="row" className="px-3 py-2 font-normal">
                        Catégorie par défaut
                      </th>
                      <td className="px-3 py-2">{CATEGORY_LABELS[saved.defaultCategory]}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </ScrollRegion>
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
          <ScrollRegion label="Tableau (défilement horizontal)" className="">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Derniers imports d&apos;inventaire de la collectivité (
                {formatInteger(imports.length)})
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    Date
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Fichier
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Par
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Statut
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Lignes
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Créés
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Mis à jour
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Inchangés
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Erreurs
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id} className="border-t border-slate-200">
                    <td className="px-3 py-2 whitespace-nowrap">
                      {formatDateTime(i.committedAt ?? i.createdAt)}
                    </td>
                    <td className="px-3 py-2">
                      <Link href={`${base}/import/${i.id}`}>{i.fileName}</Link>{" "}
                      <span className="text-slate-700">({i.format})</span>
                    </td>
                    <td className="px-3 py-2">{i.actorLabel}</td>
                    <td className="px-3 py-2">{IMPORT_STATUS_LABELS[i.status]}</td>
                    <td className="px-3 py-2 text-right">{formatInteger(i.rowCount)}</td>
                    <td className="px-3 py-2 text-right">
                      {formatInteger(i.summary.totals.created)}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {formatInteger(i.summary.totals.updated)}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {formatInteger(i.summary.totals.unchanged)}
                    </td>
                    <td className="px-3 py-2 text-right">{formatInteger(i.summary.errorCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
