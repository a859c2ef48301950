import "server-only";
import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { readContent, type ConventionContent } from "@/lib/conventions/content";
import type { TemplateKind } from "@/lib/conventions/vocabulary";
import { templateCollectiviteId } from "@/lib/conventions/templates/template-scope";

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
    where: { template: { collectiviteId, kind, archivedAt: null } },
    orderBy: [
      { template: { createdAt: "desc" } },
      { template: { id: "desc" } },
      { number: "desc" },
    ],
    select: { id: true, content: true },
  });
  return version ? { templateVersionId: version.id, content: readContent(version.content) } : null;
}
