import { notFound } from "next/navigation";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { getReferential } from "@/lib/inventory/save-referential";
import { DEFAULT_RULES } from "@/lib/inventory/referential";
import { formatDateTime } from "@/lib/format";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { ReferentialForm } from "@/components/inventory/referential/referential-form";
import { ReferentialView } from "@/components/inventory/referential/referential-view";
import { ResetReferentialForm } from "@/components/inventory/referential/reset-referential-form";

const DONE: Record<string, string> = {
  enregistre:
    "Référentiel enregistré : les écarts et le plan de renouvellement en tiennent compte.",
  defauts:
    "Valeurs par défaut rétablies : les écarts et le plan de renouvellement en tiennent compte.",
  "deja-defauts": "Le référentiel utilise déjà les valeurs par défaut : rien n'a changé.",
};

/** A collectivité's référentiel: editable in one form by its agents, read-only for the others. */
export async function ReferentialPage({ ctx, done }: { ctx: AccessContext; done?: string }) {
  if (ctx.scope.type !== "COLLECTIVITE") notFound();
  const base = `${spaceHref(ctx)}/inventaire`;
  const path = `${base}/referentiel`;
  const referential = await getReferential(ctx);
  const manages = can(ctx, "referential.manage");
  const flash = done ? DONE[done] : undefined;
  const scope = { scopeType: "COLLECTIVITE", scopeKey: ctx.scope.code, path };
  return (
    <>
      <InventoryTabs
        base={base}
        scopeType="COLLECTIVITE"
        current="referentiel"
        canImport={ctx.permissions.has("inventory.write")}
      />
      <div role="status" aria-live="polite">
        {flash ? (
          <p className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
            {flash}
          </p>
        ) : null}
      </div>
      <h1>Référentiel d&apos;équipement</h1>
      <p className="mt-2 max-w-3xl text-slate-800">
        Les cibles de la collectivité pour ses collèges (elles mesurent les écarts de chaque
        collège) et, par catégorie, la durée au bout de laquelle un équipement est renouvelé et son
        coût unitaire (ils font le plan de renouvellement et le coût des manques).
      </p>
      <p className="mt-3 rounded border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900">
        {referential.customised ? (
          <>
            La collectivité utilise son propre référentiel
            {referential.updatedAt ? (
              <>, modifié le {formatDateTime(referential.updatedAt)}</>
            ) : null}
            .
          </>
        ) : (
          <>
            La collectivité utilise les <strong>valeurs par défaut</strong> du produit (un
            référentiel départemental courant : 3 élèves par terminal, un affichage interactif par
            salle, coûts TTC des marchés publics 2025-2026).
          </>
        )}
      </p>
      <div className="mt-6">
        {manages ? (
          <ReferentialForm
            key={referential.updatedAt?.toISOString() ?? "defauts"}
            targets={referential.targets}
            rules={referential.rules}
            defaultRules={DEFAULT_RULES}
            {...scope}
          />
        ) : (
          <ReferentialView referential={referential} />
        )}
      </div>
      {manages && referential.customised ? (
        <section
          aria-labelledby="defauts"
          className="mt-8 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="defauts">Valeurs par défaut</h2>
          <p className="mt-1 text-sm text-slate-800">
            Supprime les cibles et règles propres à la collectivité ; l&apos;opération est inscrite
            au journal.
          </p>
          <div className="mt-3">
            <ResetReferentialForm {...scope} />
          </div>
        </section>
      ) : null}
    </>
  );
}
