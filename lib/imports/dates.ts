/**
 * Parses a calendar date written `AAAA-MM-JJ` or `JJ/MM/AAAA` into a UTC midnight Date, rejecting
 * impossible dates such as 31/02/2024 (which `new Date` would silently roll over).
 */
export function parseCalendarDate(raw: string): Date | null {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : french
      ? { year: Number(french[3]), month: Number(french[2]), day: Number(french[1]) }
      : null;
  if (!parts) return null;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (
    date.getUTCFullYear() !== parts.year ||
    date.getUTCMonth() !== parts.month - 1 ||
    date.getUTCDate() !== parts.day
  ) {
    return null;
  }
  return date;
}
