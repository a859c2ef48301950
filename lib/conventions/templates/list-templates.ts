import "server-only";
import { db } from "@/lib/db/client";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { templateCollectiviteId } from "@/lib/conventions/templates/template-scope";

export interface ConventionTemplateSummary {
  id: string;
  kind: ConventionKind;
  name: string;
  archived: boolean;
  createdAt: Date;
  /** Null only for a template written outside this module without a version. */
  latestVersion: { number: number; createdAt: Date } | null;
}

/** The collectivité's templates, the archived ones last. */
export async function listConventionTemplates(
  ctx: AccessContext,
): Promise<ConventionTemplateSummary[]> {
  assertCan(ctx, "convention.read");
  const collectiviteId = templateCollectiviteId(ctx);
  const rows = await db.conventionTemplate.findMany({
    where: { collectiviteId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      archivedAt: true,
      createdAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, createdAt: true } },
    },
  });
  return rows.map(({ versions, archivedAt, ...row }) => ({
    ...row,
    archived: archivedAt !== null,
    latestVersion: versions[0] ?? null,
  }));
}
