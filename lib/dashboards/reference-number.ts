import type { NationalReference } from "@/lib/inventory/national-references";

/** A national reference as a number for a chart line (« 33,8 » → 33.8, « 42 % » → 42); null for a range or a text. */
export function referenceNumber(reference: NationalReference | undefined): number | null {
  const match = reference?.value.trim().match(/^(\d+(?:,\d+)?)(?:\s*%)?$/);
  return match ? Number(match[1]!.replace(",", ".")) : null;
}
