"use client";

import { createConventionAction, generateConventionsAction } from "@/app/actions/conventions";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { InputField } from "@/components/ui/field";

interface Props extends ScopeProps {
  colleges: { uai: string; name: string; communeName: string }[];
  cadres: { id: string; reference: string }[];
}

/** A collectivité starts conventions: one for a collège, a convention-cadre, or every collège at once. */
export function NewConventionForms({ colleges, cadres, ...scope }: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h3>Convention tripartite pour un collège</h3>
        {colleges.length === 0 ? (
          <p className="mt-2 text-sm">
            Chaque collège public a déjà une convention en cours ou en vigueur.
          </p>
        ) : (
          <ActionForm
            {...scope}
            action={createConventionAction}
            hidden={{ kind: "TRIPARTITE" }}
            submitLabel="Créer le brouillon"
            className="mt-2 space-y-3"
          >
            <div>
              <label htmlFor="new-uai" className="block text-sm font-medium">
                Collège ({colleges.length} sans convention)
              </label>
              <select
                id="new-uai"
                name="uai"
                className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
              >
                {colleges.map((c) => (
                  <option key={c.uai} value={c.uai}>
                    {c.name} ({c.communeName}) – {c.uai}
                  </option>
                ))}
              </select>
            </div>
            {cadres.length > 0 && (
              <div>
                <label htmlFor="new-parent" className="block text-sm font-medium">
                  Sous la convention-cadre
                </label>
                <select
                  id="new-parent"
                  name="parentId"
                  className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
                >
                  <option value="">Aucune</option>
                  {cadres.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.reference}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </ActionForm>
        )}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h3>Convention-cadre avec l&apos;académie</h3>
        <p className="mt-2 text-sm">
          Bipartite, signée par la collectivité et le rectorat ; les conventions d&apos;application
          des collèges s&apos;y rattachent.
        </p>
        <ActionForm
          {...scope}
          action={createConventionAction}
          hidden={{ kind: "CADRE" }}
          submitLabel="Créer la convention-cadre"
          tone="secondary"
          className="mt-3 space-y-3"
        />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h3>Générer pour tous les collèges</h3>
        {cadres.length === 0 ? (
          <p className="mt-2 text-sm">
            Créez d&apos;abord une convention-cadre : la génération en masse rattache chaque
            convention à une convention-cadre.
          </p>
        ) : (
          <ActionForm
            {...scope}
            action={generateConventionsAction}
            submitLabel="Générer les brouillons"
            className="mt-2 space-y-3"
          >
            <div>
              <label htmlFor="gen-parent" className="block text-sm font-medium">
                Convention-cadre
              </label>
              <select
                id="gen-parent"
                name="parentId"
                className="mt-1 w-full rounded border border-slate-500 px-2 py-2"
              >
                {cadres.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.reference}
                  </option>
                ))}
              </select>
            </div>
            <InputField
              id="gen-starts"
              name="startsOn"
              type="date"
              label="Entrée en vigueur (facultatif)"
            />
            <InputField id="gen-ends" name="endsOn" type="date" label="Fin (facultatif)" />
          </ActionForm>
        )}
      </div>
    </div>
  );
}
