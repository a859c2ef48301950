import type { Role } from "@/lib/generated/prisma/enums";

/** Every role, for input validation (zod needs a tuple). */
export const ROLES = [
  "ADMIN",
  "AGENT",
  "ELU",
  "SIGNATAIRE",
  "DRANE",
  "LECTEUR",
  "CHEF",
  "REFERENT_NUMERIQUE",
  "REFERENT_TECHNIQUE",
  "GESTIONNAIRE",
  "TECHNICIEN",
  "ASSISTANCE",
] as const satisfies readonly Role[];
