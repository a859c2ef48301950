/*
 * Amounts in euros as people write them — `1 234 567,89 €`, `1234567.89`, `1.234,56`, `12,5` —
 * read into integer cents. Spaces (also non-breaking) separate thousands, or dots when a comma
 * marks the decimals; two decimals at most; no sign. One reading for the budgets (bigint) and
 * the inventory (number), each with its own ceiling.
 */

function eurosAndCents(raw: string): { euros: string; cents: string } | null {
  let value = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/(€|EUR|euros?)$/i, "");
  if (value === "") return null;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(value)) value = value.replace(/\./g, "");
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return { euros: match[1]!, cents: (match[2] ?? "").padEnd(2, "0") };
}

/**
 * Budget amounts in integer cents as bigint: a département's line can pass the 21 M€ an int4 of
 * cents holds. Null for anything else than an amount, or over 10 G€.
 */
export function parseBudgetCents(raw: string): bigint | null {
  const parts = eurosAndCents(raw);
  if (!parts || parts.euros.length > 12) return null;
  const cents = BigInt(parts.euros) * 100n + BigInt(parts.cents);
  return cents <= 1_000_000_000_000n ? cents : null;
}

/** An equipment's cost or a unit cost in integer cents; null for anything else, or over 20 M€. */
export function parseEuroCents(raw: string): number | null {
  const parts = eurosAndCents(raw);
  if (!parts) return null;
  const cents = Number(parts.euros) * 100 + Number(parts.cents);
  return Number.isSafeInteger(cents) && cents <= 2_000_000_000 ? cents : null;
}
