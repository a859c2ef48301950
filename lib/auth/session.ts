import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

/** The signed-in user's id, or null. Only the access module and the sign-in flow read it. */
export async function getSessionUser(): Promise<{ id: string; name: string | null } | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? { id, name: session.user?.name ?? null } : null;
}
