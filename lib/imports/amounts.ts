/**
 * Parses an amount in euros as people write it — `1 234,56 €`, `1234.56`, `1 234`, `12,5` — into
 * integer cents. Returns null for anything else (letters, two decimal marks, more than two
 * decimals, a negative amount). Thousands may be separated by spaces (also non-breaking) or dots
 * when a comma marks the decimals.
 */
export function parseEuroCents(raw: string): number | null {
  let value = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/(€|EUR|euros?)$/i, "");
  if (value === "") return null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(value)) value = value.replace(/\./g, "");
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(cents) && cents <= 2_000_000_000 ? cents : null;
}
