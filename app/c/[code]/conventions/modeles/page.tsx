import type { Metadata } from "next";
import { can } from "@/lib/access/context";
import { listConventionTemplates } from "@/lib/conventions/templates/list-templates";
import { NewTemplateForm } from "@/components/conventions/template-new-form";
import { TemplateTable } from "@/components/conventions/template-tables";
import { spacePage } from "@/components/layout/space-page";
import { BackHeading } from "@/components/ui/back-heading";

export const metadata: Metadata = { title: "Modèles de convention" };

export default spacePage<"code">(
  "c",
  "conventions/modeles",
  "convention.read",
  async ({ ctx, params, base, path }) => {
    const { code } = params;
    const templates = await listConventionTemplates(ctx);
    const canManage = can(ctx, "template.manage");
    return (
      <div className="space-y-8">
        <div>
          <BackHeading
            href={`${base}/conventions`}
            label="Conventions"
            title="Modèles de convention"
          />
          <p className="mt-2 max-w-3xl text-slate-700">
            Une nouvelle convention part de la dernière version du modèle de son type le plus récent
            et non archivé. Chaque enregistrement crée une nouvelle version : les conventions déjà
            préparées ne changent pas.
          </p>
        </div>
        <section aria-labelledby="modeles-titre">
          <h2 id="modeles-titre">Modèles ({templates.length})</h2>
          <TemplateTable templates={templates} baseHref={path} />
        </section>
        {canManage && (
          <section aria-labelledby="nouveau-modele-titre">
            <h2 id="nouveau-modele-titre">Nouveau modèle</h2>
            <p className="mt-1 text-sm text-slate-700">
              Le modèle reprend le texte type de Tripartite, que vous adaptez ensuite.
            </p>
            <div className="mt-3">
              <NewTemplateForm scopeType="COLLECTIVITE" scopeKey={code} path={path} />
            </div>
          </section>
        )}
      </div>
    );
  },
);
