"use server";

import { formObject } from "@/lib/actions/run-action";
import { formList, revalidatingAction } from "@/app/actions/form-actions";
import { adjustRenewal } from "@/lib/inventory/adjust-renewal";
import { plural } from "@/lib/format";

/** Defers, advances or resets the renewal of the equipment checked on the plan's detail list. */
export const adjustRenewalAction = revalidatingAction(
  adjustRenewal,
  ({ count, year }) => {
    const what = plural(count, "équipement");
    return year === null
      ? `${what} : retour à l'année calculée par le référentiel.`
      : `${what} : renouvellement prévu en ${year}.`;
  },
  { read: (formData) => ({ ...formObject(formData), ids: formList(formData, "ids") }) },
);
