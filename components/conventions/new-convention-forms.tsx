"use client";

import { createConventionAction, generateConventionsAction } from "@/app/actions/conventions";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { PLAIN_SELECT_CLASS } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { InputFields } from "@/components/forms/input-fields";

type College = { uai: string; name: string; communeName: string };

interface Props extends ScopeProps {
  /** Collèges without a tripartite in progress or in force. */
  colleges: College[];
  /** Collèges without a convention collectivité–EPLE in progress or in force. */
  epleColleges: College[];
  cadres: { id: string; reference: string }[];
}

const collegeOptions = (colleges: College[]) =>
  colleges.map((c) => ({ value: c.uai, label: `${c.name} (${c.communeName}) – ${c.uai}` }));

/**
 * A collectivité starts conventions: a tripartite or a convention collectivité–EPLE for a collège,
 * a convention-cadre, or the tripartites of every collège at once.
 */
export function NewConventionForms({ colleges, epleColleges, cadres, ...scope }: Props) {
  const cadreOptions = cadres.map((c) => ({ value: c.id, label: c.reference }));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
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
            <SelectField
              id="new-uai"
              name="uai"
              label={`Collège (${colleges.length} sans convention)`}
              options={collegeOptions(colleges)}
              className={PLAIN_SELECT_CLASS}
            />
            {cadres.length > 0 && (
              <SelectField
                id="new-parent"
                name="parentId"
                label="Sous la convention-cadre"
                emptyLabel="Aucune"
                options={cadreOptions}
                className={PLAIN_SELECT_CLASS}
              />
            )}
          </ActionForm>
        )}
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <h3>Convention collectivité–établissement</h3>
        <p className="mt-2 text-sm">
          Bipartite, signée par le collège puis la collectivité : la mise à disposition et
          l&apos;usage des équipements (article L421-23 du code de l&apos;éducation).
          L&apos;académie n&apos;y est pas partie et ne la voit pas.
        </p>
        {epleColleges.length === 0 ? (
          <p className="mt-2 text-sm">
            Chaque collège public a déjà une convention collectivité–établissement en cours ou en
            vigueur.
          </p>
        ) : (
          <ActionForm
            {...scope}
            action={createConventionAction}
            hidden={{ kind: "BIPARTITE_EPLE" }}
            submitLabel="Préparer la convention collectivité–établissement"
            tone="secondary"
            className="mt-3 space-y-3"
          >
            <SelectField
              id="new-eple-uai"
              name="uai"
              label={`Établissement (${epleColleges.length} sans cette convention)`}
              options={collegeOptions(epleColleges)}
              className={PLAIN_SELECT_CLASS}
            />
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
            <SelectField
              id="gen-parent"
              name="parentId"
              label="Convention-cadre"
              options={cadreOptions}
              className={PLAIN_SELECT_CLASS}
            />
            <InputFields
              fields={[
                {
                  id: "gen-starts",
                  name: "startsOn",
                  type: "date",
                  label: "Entrée en vigueur (facultatif)",
                },
                { id: "gen-ends", name: "endsOn", type: "date", label: "Fin (facultatif)" },
              ]}
            />
          </ActionForm>
        )}
      </div>
    </div>
  );
}
