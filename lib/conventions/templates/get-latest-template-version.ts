import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { readContent, type ConventionContent } from "@/lib/conventions/content";
import type { TemplateKind } from "@/lib/conventions/vocabulary";
import { templateCollectiviteId } from "@/lib/conventions/templates/template-scope";

/**
 * Finds the latest version of the collectivité's most recently created, unarchived template of
 * `kind` (the where and order of a findFirst on conventionTemplateVersion).
 */
export function latestTemplateVersionQuery(collectiviteId: string, kind: TemplateKind) {
  return {
    where: { template: { collectiviteId, kind, archivedAt: null } },
    orderBy: [
      { template: { createdAt: "desc" } },
      { template: { id: "desc" } },
      { number: "desc" },
    ],
  } satisfies Prisma.ConventionTemplateVersionFindFirstArgs;
}

/**
 * The document a new convention of this kind starts from: the latest version of the
 * collectivité's most recently created template that is not archived (archiving a newer template
 * brings the previous one back). Null when the collectivité has none.
 */
export async function getLatestTemplateVersion(
  ctx: AccessContext,
  kind: TemplateKind,
): Promise<{ templateVersionId: string; content: ConventionContent } | null> {
  const collectiviteId = templateCollectiviteId(ctx, "convention.read");
  const version = await db.conventionTemplateVersion.findFirst({
    ...latestTemplateVersionQuery(collectiviteId, kind),
    select: { id: true, content: true },
  });
  return version ? { templateVersionId: version.id, content: readContent(version.content) } : null;
}
