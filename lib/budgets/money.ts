/**
 * Budget amounts in integer cents as bigint: a département's line can pass the 21 M€ an int4 of
 * cents holds. Parses what people write — `1 234 567,89 €`, `1234567.89`, `12,5` — and returns
 * null for anything else (letters, a negative amount, more than two decimals, over 10 G€).
 */
export function parseBudgetCents(raw: string): bigint | null {
  let value = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/(€|EUR|euros?)$/i, "");
  if (value === "") return null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(value)) value = value.replace(/\./g, "");
  const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
  return cents <= 1_000_000_000_000n ? cents : null;
}

/** Cents as the euros an input shows back (`1234567,89`), without thousands separators. */
export function centsToInput(cents: bigint | number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  const value = BigInt(cents);
  const euros = value / 100n;
  const rest = value % 100n;
  return rest === 0n ? euros.toString() : `${euros},${rest.toString().padStart(2, "0")}`;
}
