const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fr-FR", {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const date = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Paris",
});
const dateTime = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "short",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

/** « 1 234 » with the French narrow no-break space. */
export function formatInteger(value: number): string {
  return integer.format(value);
}

export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** Amounts are integer cents: « 1 234 567,89 € ». */
export function formatCents(cents: number | bigint): string {
  return euros.format(Number(cents) / 100);
}

/** « 1er janvier 2027 », « 2 janvier 2027 »: French writes the first of the month as an ordinal. */
export function formatDate(value: Date | null | undefined): string {
  return value ? date.format(value).replace(/^1 /, "1er ") : "—";
}

/** A day written AAAA-MM-JJ (as JSON snapshots keep it), in words like formatDate. */
export function formatIsoDate(iso: string): string {
  return formatDate(new Date(`${iso}T00:00:00Z`));
}

const month = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

/** A month written AAAA-MM as « mars 2026 ». */
export function formatMonth(yyyyMm: string): string {
  return month.format(new Date(`${yyyyMm}-01T00:00:00Z`));
}

export function formatDateTime(value: Date | null | undefined): string {
  return value ? dateTime.format(value) : "—";
}

/** What a list covers, said of its rows: « cet incident », « ces 12 incidents ». */
export function these(count: number, one: string, noun: string, pluralNoun = `${noun}s`): string {
  return count === 1 ? one : `ces ${plural(count, noun, pluralNoun)}`;
}

/** « 1 collège », « 117 collèges ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}

/** A file's size as people read it: « 12 ko », « 3,4 Mo ». */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} ko`
    : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`;
}
