/** A (0-based) column index as Excel names it: 0 → A, 25 → Z, 26 → AA; for sheets written by hand in tests. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
