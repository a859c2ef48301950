import Link from "next/link";
import type { ConventionTemplateSummary } from "@/lib/conventions/templates/list-templates";
import type { ConventionTemplateDetail } from "@/lib/conventions/templates/get-template";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { formatDateTime } from "@/lib/format";

const TH = "px-3 py-2";
const TD = "px-3 py-2 align-top";

/** The collectivité's templates, each linked to its page. */
export function TemplateTable({
  templates,
  baseHref,
}: {
  templates: ConventionTemplateSummary[];
  baseHref: string;
}) {
  if (templates.length === 0)
    return <p className="mt-2 text-slate-700">Aucun modèle pour l&apos;instant.</p>;
  return (
    <div className="mt-3 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Modèles de convention de la collectivité</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={TH}>
              Nom
            </th>
            <th scope="col" className={TH}>
              Type
            </th>
            <th scope="col" className={TH}>
              Dernière version
            </th>
            <th scope="col" className={TH}>
              État
            </th>
          </tr>
        </thead>
        <tbody>
          {templates.map((t) => (
            <tr key={t.id} className="border-t border-slate-200">
              <th scope="row" className={`${TD} font-medium`}>
                <Link href={`${baseHref}/${t.id}`}>{t.name}</Link>
              </th>
              <td className={TD}>{KIND_LABELS[t.kind]}</td>
              <td className={TD}>
                {t.latestVersion
                  ? `n° ${t.latestVersion.number} du ${formatDateTime(t.latestVersion.createdAt)}`
                  : "—"}
              </td>
              <td className={TD}>{t.archived ? "Archivé" : "Actif"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The versions of a template, newest first. */
export function TemplateHistory({ versions }: { versions: ConventionTemplateDetail["versions"] }) {
  return (
    <div className="mt-3 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Historique des versions du modèle, de la plus récente à la plus ancienne
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={TH}>
              Version
            </th>
            <th scope="col" className={TH}>
              Enregistrée le
            </th>
            <th scope="col" className={TH}>
              Par
            </th>
            <th scope="col" className={TH}>
              Note
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id} className="border-t border-slate-200">
              <th scope="row" className={`${TD} font-medium`}>
                n° {v.number}
              </th>
              <td className={TD}>{formatDateTime(v.createdAt)}</td>
              <td className={TD}>{v.authorName ?? "Tripartite"}</td>
              <td className={TD}>{v.note ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
