import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/http/client-ip";

/**
 * The client's address for the request being served (server actions, pages, route handlers), or
 * null outside a request (a script, a test calling an action directly): there is no client then.
 */
export async function requestClientIp(): Promise<string | null> {
  let forwardedFor: string | null;
  try {
    forwardedFor = (await headers()).get("x-forwarded-for");
  } catch {
    return null;
  }
  return clientIpFrom(forwardedFor);
}
