import { strToU8, zipSync, type Zippable } from "fflate";

/** A ZIP of the given parts, written by fflate: workbooks built by hand, as another producer (or an attacker) would. */
export function zipParts(
  entries: readonly {
    name: string;
    data: string | Uint8Array;
    level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  }[],
): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries)
    files[entry.name] = [
      typeof entry.data === "string" ? strToU8(entry.data) : entry.data,
      { level: entry.level ?? 6 },
    ];
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}
