import type { SearchParams } from "@/components/layout/space-page";

/** A query parameter given once (`?fait=creation`), else undefined. */
export function searchParam(searchParams: SearchParams, name: string): string | undefined {
  const value = searchParams[name];
  return typeof value === "string" ? value : undefined;
}
