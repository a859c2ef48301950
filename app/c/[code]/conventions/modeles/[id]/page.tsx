import type { Metadata } from "next";
import { can } from "@/lib/access/context";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { getConventionTemplate } from "@/lib/conventions/templates/get-template";
import { formatDateTime } from "@/lib/format";
import { ContentView } from "@/components/conventions/content-view";
import { TemplateHistory } from "@/components/conventions/template-tables";
import { TemplateVersionForm } from "@/components/conventions/template-version-form";
import { spacePage } from "@/components/layout/space-page";
import { orNotFound } from "@/app/_server/or-not-found";
import { BackHeading } from "@/components/ui/back-heading";

export const metadata: Metadata = { title: "Modèle de convention" };

export default spacePage<"code" | "id">(
  "c",
  (p) => `conventions/modeles/${p.id}`,
  "convention.read",
  async ({ ctx, params }) => {
    const { code, id } = params;
    const listHref = `/c/${code}/conventions/modeles`;
    const path = `${listHref}/${id}`;
    const template = await orNotFound(getConventionTemplate(ctx, id));
    const latest = template.latest;
    const canEdit = can(ctx, "template.manage") && !template.archived && latest !== null;

    return (
      <div className="space-y-10">
        <div>
          <BackHeading href={listHref} label="Modèles de convention" title={template.name} />
          <p className="mt-2 text-slate-700">
            {KIND_LABELS[template.kind]}
            {latest ? ` — version n° ${latest.number}` : ""}
            {template.archived ? " — modèle archivé" : ""}
          </p>
          {canEdit && (
            <p className="mt-2">
              <a href="#modifier-titre">Modifier le modèle</a>
            </p>
          )}
        </div>

        <section aria-labelledby="historique-titre">
          <h2 id="historique-titre">Historique des versions</h2>
          <TemplateHistory versions={template.versions} />
        </section>

        <section aria-labelledby="version-titre">
          <h2 id="version-titre">
            {latest
              ? `Version n° ${latest.number}, enregistrée le ${formatDateTime(template.versions[0]?.createdAt)}`
              : "Aucune version"}
          </h2>
          {latest && (
            <div className="mt-4 rounded-lg border border-slate-200 bg-white p-5">
              <ContentView content={latest.content} headingLevel={3} />
            </div>
          )}
        </section>

        {canEdit && latest && (
          <section aria-labelledby="modifier-titre" className="space-y-3">
            <h2 id="modifier-titre">Modifier le modèle</h2>
            <p className="max-w-3xl text-sm text-slate-700">
              L&apos;enregistrement crée la version n° {latest.number + 1} ; la version n°{" "}
              {latest.number} reste dans l&apos;historique. Les conventions déjà préparées à partir
              d&apos;une version antérieure ne changent pas.
            </p>
            <TemplateVersionForm
              scope={{ scopeType: "COLLECTIVITE", scopeKey: code, path }}
              templateId={template.id}
              baseVersion={latest.number}
              kind={template.kind}
              initial={latest.content}
            />
          </section>
        )}
      </div>
    );
  },
);
