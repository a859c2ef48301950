import { z } from "zod";
import { articleSchema, matrixRowSchema } from "@/lib/conventions/content";

const id = (what: string) =>
  z.string().trim().min(1, `${what} introuvable.`).max(40, `${what} introuvable.`);

const reason = z.string().trim().max(2000, "Motif : 2 000 caractères au plus.").default("");

/**
 * What a proposal is about, as the form's select names it: « general », « article:2 » or
 * « matrice:0 » (positions from 0 in the draft the proposer read).
 */
const targetField = z
  .string({ error: "Choisissez l'objet de la proposition." })
  .trim()
  .regex(/^(general|article:\d{1,2}|matrice:\d{1,2})$/, "Choisissez l'objet de la proposition.")
  .transform((value) => {
    const [kind, index] = value.split(":");
    return kind === "general"
      ? { target: "GENERAL" as const, index: null }
      : {
          target: kind === "article" ? ("ARTICLE" as const) : ("MATRICE" as const),
          index: Number(index),
        };
  });

export const proposeSchema = z
  .object({
    conventionId: id("Convention"),
    cible: targetField,
    rationale: z
      .string({ error: "Motif : texte attendu." })
      .trim()
      .min(1, "Expliquez votre proposition : le motif est obligatoire.")
      .max(2000, "Motif : 2 000 caractères au plus."),
    /** The article's new text (target ARTICLE). */
    body: z.string().default(""),
    /** The matrix row's new holder, level and precision (target MATRICE). */
    holder: z.string().default(""),
    level: z.string().default(""),
    detail: z.string().default(""),
  })
  .transform((v, ctx) => {
    const base = { conventionId: v.conventionId, rationale: v.rationale, ...v.cible };
    if (v.cible.target === "ARTICLE") {
      const body = articleSchema.shape.body.safeParse(v.body);
      if (!body.success) {
        ctx.addIssue({ code: "custom", path: ["body"], message: body.error.issues[0]!.message });
        return z.NEVER;
      }
      return { ...base, body: body.data, row: null };
    }
    if (v.cible.target === "MATRICE") {
      const row = matrixRowSchema
        .pick({ holder: true, level: true, detail: true })
        .safeParse({ holder: v.holder, level: v.level, detail: v.detail });
      if (!row.success) {
        ctx.addIssue({ code: "custom", path: ["holder"], message: row.error.issues[0]!.message });
        return z.NEVER;
      }
      return { ...base, body: null, row: row.data };
    }
    return { ...base, body: null, row: null };
  });

export const decideProposalSchema = z
  .object({
    proposalId: id("Proposition"),
    decision: z.enum(["accepter", "rejeter"], { error: "Acceptez ou rejetez la proposition." }),
    reason,
  })
  .refine((v) => v.decision === "accepter" || v.reason !== "", {
    message: "Donnez le motif du rejet : la partie qui a proposé le lira.",
    path: ["reason"],
  });

export const withdrawProposalSchema = z.object({ proposalId: id("Proposition") });
