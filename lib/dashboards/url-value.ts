import { z } from "zod";
import { exerciceSchema } from "@/lib/budgets/allocation-schemas";

/** A URL value as the page receives it: the first of repeated values. */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

/** The first of repeated values, empty as absent (a filter left blank). */
export function presentValue(value: unknown): unknown {
  const first = firstValue(value);
  return first === "" || first === null ? undefined : first;
}

/** `?exercice=` of a dashboard: a year between 2000 and 2100, anything else dropped (the default applies). */
export const exerciceFilterSchema = z
  .preprocess(presentValue, exerciceSchema.optional())
  .catch(undefined);
