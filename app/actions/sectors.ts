"use server";

import { formObject } from "@/lib/actions/run-action";
import { formAction, formList, revalidatingAction } from "@/app/actions/form-actions";
import { createSector, deleteSector, renameSector } from "@/lib/sectors/save-sector";
import { setSectorColleges } from "@/lib/sectors/set-sector-colleges";
import { plural } from "@/lib/format";

const sectorsPath = (code: string) => `/c/${code}/secteurs`;
const codeOf = (scope: { type: string; code?: string }) => scope.code ?? "";

export const createSectorAction = formAction(async (ctx, formData) => {
  const sector = await createSector(ctx, formObject(formData));
  return {
    message: "Secteur créé.",
    to: `${sectorsPath(codeOf(ctx.scope))}/${sector.id}`,
  };
});

export const renameSectorAction = revalidatingAction(
  renameSector,
  ({ changed }) => (changed ? "Secteur renommé." : "Aucune modification à enregistrer."),
  { layout: true },
);

export const deleteSectorAction = formAction(async (ctx, formData) => {
  await deleteSector(ctx, formObject(formData));
  return { message: "Secteur supprimé.", to: sectorsPath(codeOf(ctx.scope)) };
});

export const setSectorCollegesAction = revalidatingAction(
  setSectorColleges,
  ({ count, changed }) =>
    changed
      ? `Collèges du secteur enregistrés : ${plural(count, "collège")}.`
      : "Aucune modification à enregistrer.",
  {
    read: (formData) => ({ ...formObject(formData), etablissementIds: formList(formData, "ids") }),
  },
);
