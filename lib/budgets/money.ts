/** Cents as the euros an input shows back (`1234567,89`), without thousands separators. */
export function centsToInput(cents: bigint | number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  const value = BigInt(cents);
  const euros = value / 100n;
  const rest = value % 100n;
  return rest === 0n ? euros.toString() : `${euros},${rest.toString().padStart(2, "0")}`;
}
