/**
 * INSEE codes are strings. Ministry files pad département codes to three characters
 * ("035", "02A", "971"): metropolitan codes lose the leading zero, overseas ones keep three digits.
 */
export function normalizeDepartementCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (/^9[78][0-9]$/.test(code)) return code;
  const metropolitan = code.length === 3 && code.startsWith("0") ? code.slice(1) : code;
  if (/^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B)$/.test(metropolitan)) return metropolitan;
  return null;
}

/** A commune code is five characters: two (or three overseas) for the département, then the commune. */
export function normalizeCommuneCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (/^([0-9]{5}|2[AB][0-9]{3})$/.test(code)) return code;
  return null;
}

/** Académie dataset codes are two digits ("14", "02"). */
export function normalizeAcademieCode(raw: string): string | null {
  const code = raw.trim();
  if (/^[0-9]{1,2}$/.test(code)) return code.padStart(2, "0");
  return null;
}
