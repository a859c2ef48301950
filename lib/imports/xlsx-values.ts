// Cell values of an imported workbook as text: plain decimals, ISO dates, times, Excel's `_xHHHH_` escapes.

/** Excel's own escapes in cell text (`_x000A_` for a line break), decoded after XML's. */
export function decodeExcelEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
    : text;
}

/** A number as plain decimal text: no exponent, no trailing ".0", shortest round-trip digits. */
export function plainNumber(value: number): string {
  if (Object.is(value, -0)) return "0";
  const text = String(value);
  const exponent = text.indexOf("e");
  if (exponent === -1) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, exponent);
  const power = Number(text.slice(exponent + 1));
  const point = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const integerDigits = (point === -1 ? mantissa.length : point) + power;
  let result: string;
  if (integerDigits <= 0) result = `0.${"0".repeat(-integerDigits)}${digits}`;
  else if (integerDigits >= digits.length)
    result = digits + "0".repeat(integerDigits - digits.length);
  else result = `${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
  return negative ? `-${result}` : result;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as "YYYY-MM-DD"; the 1900 system counts Lotus's 1900-02-29 (serial 60). */
export function serialToIsoDate(serial: number, date1904: boolean): string | null {
  const day = Math.floor(serial);
  if (day < 0 || day > 2_958_465) return null;
  if (!date1904 && day === 60) return "1900-02-29";
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  // Serials before the fictional 29 February are one day off from the real calendar.
  const offset = !date1904 && day < 60 ? day + 1 : day;
  return new Date(epoch + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A time of day (or a duration, past 24 h) as "HH:MM" or "HH:MM:SS": what a cell formatted
 * « hh:mm » holds is a fraction of a day, not a date of 1899.
 */
export function serialToTime(serial: number, withSeconds: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const total = Math.round(serial * 86_400);
  const seconds = withSeconds ? total : Math.round(total / 60) * 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  const hours = Math.floor(seconds / 3600);
  const text = `${pad(hours)}:${pad(Math.floor((seconds % 3600) / 60))}`;
  return withSeconds ? `${text}:${pad(seconds % 60)}` : text;
}

/** How a number format shows its value: as a date, a time (with or without seconds), or a number. */
export type FormatKind = "date" | "time" | "time-seconds" | "number";

/**
 * The kind of a custom format code. Letters inside quotes, brackets (but [h], [mm], [ss]),
 * escapes and padding do not count; « m » is minutes next to h or s, months otherwise.
 */
export function formatKind(code: string): FormatKind {
  const bare = code
    .split(";")[0]!
    .replace(/"[^"]*"/g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/AM\/PM|A\/P/gi, "");
  if (/^\s*general\s*$/i.test(bare)) return "number";
  const tokens = bare.match(/[dmyhs]+/gi) ?? [];
  if (tokens.length === 0) return "number";
  if (tokens.some((token) => /^[dy]/i.test(token))) return "date";
  const clock = tokens.some((token) => /^[hs]/i.test(token));
  if (!clock) return "date"; // « mmmm »: the month alone
  return tokens.some((token) => /^s/i.test(token)) ? "time-seconds" : "time";
}

/** A custom format shows a date (its day, whatever the time beside it). */
export function isDateFormatCode(code: string): boolean {
  return formatKind(code) === "date";
}

/** Built-in number formats (ECMA-376, 18.8.30): 14–17 and 22 dates, 18–21 and 45–47 times. */
export function builtInFormatKind(id: number): FormatKind {
  if ((id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return "date";
  if (id === 18 || id === 20) return "time";
  if (id === 19 || id === 21 || (id >= 45 && id <= 47)) return "time-seconds";
  return "number";
}
