/** A URL value as the page receives it: the first of repeated values. */
export function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? (value as unknown[])[0] : value;
}

/** The first of repeated values, empty as absent (a filter left blank). */
export function presentValue(value: unknown): unknown {
  const first = firstValue(value);
  return first === "" || first === null ? undefined : first;
}
