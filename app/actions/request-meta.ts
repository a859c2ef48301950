import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/http/client-ip";

/** Where an act comes from (a signature, an approval): recorded with it as evidence. */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIpFrom(h.get("x-forwarded-for")), userAgent: h.get("user-agent") };
}
