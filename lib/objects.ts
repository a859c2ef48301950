/** A copy of `value` without `keys`: a rest destructuring that does not name what it drops. */
export function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

/**
 * The keys of a label map, in the order they are written: the one list of values that option
 * lists, filters and `z.enum` share with the labels, so neither can miss a value.
 */
export function keysOf<K extends string>(labels: Record<K, string>): readonly [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}
