import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import {
  templateCollectiviteId,
  templateHeader,
  templateHeaderSelect,
  type ConventionTemplateHeader,
} from "@/lib/conventions/templates/template-scope";

export interface ConventionTemplateSummary extends ConventionTemplateHeader {
  /** Null only for a template written outside this module without a version. */
  latestVersion: { number: number; createdAt: Date } | null;
}

/** The collectivité's templates, the archived ones last. */
export async function listConventionTemplates(
  ctx: AccessContext,
): Promise<ConventionTemplateSummary[]> {
  const collectiviteId = templateCollectiviteId(ctx, "convention.read");
  const rows = await db.conventionTemplate.findMany({
    where: { collectiviteId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { kind: "asc" }, { name: "asc" }],
    select: {
      ...templateHeaderSelect,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, createdAt: true } },
    },
  });
  return rows.map((row) => ({
    ...templateHeader(row),
    latestVersion: row.versions[0] ?? null,
  }));
}
