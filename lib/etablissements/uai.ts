/** The 23 check letters of a UAI: the alphabet without I, O and Q. */
const CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

const UAI_SHAPE = /^[0-9]{3}[0-9A-Z][0-9]{3}[A-Z]$/;

/**
 * The check letter of the 7 first characters of a UAI. Corse's UAIs start with 620/720 and
 * overseas ones with 97x, so the prefix is read as digits; a letter in 4th position (older
 * Corse codes such as `02A…`) is not a number and has no computable letter.
 */
export function uaiCheckLetter(firstSeven: string): string | null {
  if (!/^[0-9]{7}$/.test(firstSeven)) return null;
  return CHECK_LETTERS[Number(firstSeven) % 23] ?? null;
}

export type UaiCheck = { ok: true; uai: string } | { ok: false; reason: string };

/** Normalises (trim, uppercase) and validates a UAI, with a French reason when it is invalid. */
export function checkUai(raw: string): UaiCheck {
  const uai = raw.trim().toUpperCase();
  if (uai === "") return { ok: false, reason: "UAI manquant" };
  if (!UAI_SHAPE.test(uai)) {
    return {
      ok: false,
      reason: `UAI « ${raw.trim()} » mal formé : 7 caractères puis une lettre de contrôle sont attendus`,
    };
  }
  const expected = uaiCheckLetter(uai.slice(0, 7));
  if (expected !== null && expected !== uai[7]) {
    return {
      ok: false,
      reason: `UAI « ${uai} » invalide : la lettre de contrôle devrait être ${expected}`,
    };
  }
  return { ok: true, uai };
}

export function isValidUai(raw: string): boolean {
  return checkUai(raw).ok;
}
