import Link from "next/link";
import type { ConventionTemplateSummary } from "@/lib/conventions/templates/list-templates";
import type { ConventionTemplateDetail } from "@/lib/conventions/templates/get-template";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { formatDateTime } from "@/lib/format";
import { DataTable } from "@/components/ui/data-table";

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
    <DataTable
      caption="Modèles de convention de la collectivité"
      className="mt-3"
      rows={templates}
      rowKey={(t) => t.id}
      rowClassName="align-top"
      columns={[
        {
          key: "name",
          header: "Nom",
          rowHeader: true,
          className: "font-medium",
          cell: (t) => <Link href={`${baseHref}/${t.id}`}>{t.name}</Link>,
        },
        { key: "kind", header: "Type", cell: (t) => KIND_LABELS[t.kind] },
        {
          key: "latest",
          header: "Dernière version",
          cell: (t) =>
            t.latestVersion
              ? `n° ${t.latestVersion.number} du ${formatDateTime(t.latestVersion.createdAt)}`
              : "—",
        },
        { key: "state", header: "État", cell: (t) => (t.archived ? "Archivé" : "Actif") },
      ]}
    />
  );
}

/** The versions of a template, newest first. */
export function TemplateHistory({ versions }: { versions: ConventionTemplateDetail["versions"] }) {
  return (
    <DataTable
      caption="Historique des versions du modèle, de la plus récente à la plus ancienne"
      className="mt-3"
      rows={versions}
      rowKey={(v) => v.id}
      rowClassName="align-top"
      columns={[
        {
          key: "number",
          header: "Version",
          rowHeader: true,
          className: "font-medium",
          cell: (v) => `n° ${v.number}`,
        },
        { key: "createdAt", header: "Enregistrée le", cell: (v) => formatDateTime(v.createdAt) },
        { key: "author", header: "Par", cell: (v) => v.authorName ?? "Tripartite" },
        { key: "note", header: "Note", cell: (v) => v.note ?? "—" },
      ]}
    />
  );
}
