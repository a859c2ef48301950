import { createHash } from "node:crypto";

const uuidOf = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
const digest = (seed: number, kind: string, key: string) =>
  createHash("md5").update(`${seed}|${kind}|${key}`).digest("hex");

/**
 * A UUID-shaped id drawn from the seed, a table and a natural key (a UAI, a reference): the same
 * seed gives the same ids run after run, so a benchmark can name the same pages every time.
 */
export function benchId(seed: number, kind: string, key: string): string {
  return uuidOf(digest(seed, kind, key));
}

/** Ids of a numbered series under one key (a collège's equipment): one hash for the whole series. */
export function benchIdSeries(seed: number, kind: string, key: string): (index: number) => string {
  const head = uuidOf(digest(seed, kind, key)).slice(0, 24);
  return (index) => head + index.toString(16).padStart(12, "0");
}
