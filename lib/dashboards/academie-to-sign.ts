import "server-only";
import { can, type AccessContext } from "@/lib/access/context";
import { listConventions } from "@/lib/conventions/list-conventions";
import { academieCodeOf } from "@/lib/dashboards/academie-sql";

export interface ConventionToSign {
  id: string;
  reference: string;
  title: string;
  etablissement: { uai: string; name: string; communeName: string } | null;
}

/** How many conventions the dashboard lists above the link to the rest. */
export const TO_SIGN_SHOWN = 5;

/**
 * The conventions waiting for the académie's signature now: listConventions's « à signer » tab,
 * its count and its first few. Null for a member who does not sign.
 */
export async function getConventionsToSign(
  ctx: AccessContext,
  now = new Date(),
): Promise<{ count: number; items: ConventionToSign[] } | null> {
  academieCodeOf(ctx);
  if (!can(ctx, "convention.sign")) return null;
  const list = await listConventions(ctx, { tab: "a-signer" }, now);
  return {
    count: list.counts["a-signer"],
    items: list.items.slice(0, TO_SIGN_SHOWN).map((c) => ({
      id: c.id,
      reference: c.reference,
      title: c.title,
      etablissement: c.etablissement,
    })),
  };
}
