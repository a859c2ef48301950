import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

/**
 * The signed-in user's id, or null. Only the access module and the sign-in flow read it. The
 * session callback (lib/auth/options.ts) has already checked that the JWT's server-side session
 * still stands; read once per request.
 */
export const getSessionUser = cache(
  async (): Promise<{ id: string; name: string | null } | null> => {
    const session = await getServerSession(authOptions);
    const id = session?.user?.id;
    return id ? { id, name: session.user?.name ?? null } : null;
  },
);
