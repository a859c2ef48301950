import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/http/client-ip";

/** The client's address for the request being served (server actions, pages, route handlers). */
export async function requestClientIp(): Promise<string | null> {
  return clientIpFrom((await headers()).get("x-forwarded-for"));
}
