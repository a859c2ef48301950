import { z } from "zod";
import type { ScopeRef } from "@/lib/access/context";

/** A scope named by a form's hidden fields; membership is checked by the access context. */
export const scopeRefSchema = z
  .object({
    scopeType: z.enum(["COLLECTIVITE", "ACADEMIE", "ETABLISSEMENT", "PLATFORM"]),
    scopeKey: z.string().max(20).nullable(),
  })
  .transform((v): ScopeRef => {
    if (v.scopeType === "PLATFORM") return { type: "PLATFORM" };
    if (v.scopeType === "ETABLISSEMENT") return { type: "ETABLISSEMENT", uai: v.scopeKey ?? "" };
    return { type: v.scopeType, code: v.scopeKey ?? "" };
  });
