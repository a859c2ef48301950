import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { readContent, type ConventionContent } from "@/lib/conventions/content";
import {
  TEMPLATE_NOT_FOUND,
  templateCollectiviteId,
  templateHeader,
  templateHeaderSelect,
  type ConventionTemplateHeader,
} from "@/lib/conventions/templates/template-scope";

export interface ConventionTemplateDetail extends ConventionTemplateHeader {
  /** Newest first. */
  versions: {
    id: string;
    number: number;
    note: string | null;
    createdAt: Date;
    authorName: string | null;
  }[];
  latest: { id: string; number: number; content: ConventionContent } | null;
}

/** One template of the context's collectivité with its history and its latest document. */
export async function getConventionTemplate(
  ctx: AccessContext,
  id: string,
): Promise<ConventionTemplateDetail> {
  const collectiviteId = templateCollectiviteId(ctx, "convention.read");
  const template = await db.conventionTemplate.findFirst({
    where: { id, collectiviteId },
    select: {
      ...templateHeaderSelect,
      versions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, note: true, createdAt: true, createdById: true },
      },
    },
  });
  if (!template) throw new AppError("NOT_FOUND", TEMPLATE_NOT_FOUND);

  const newest = template.versions[0];
  // Only the latest document is read: a long history of full documents would be loaded for nothing.
  const [latest, authors] = await Promise.all([
    newest
      ? db.conventionTemplateVersion.findUniqueOrThrow({
          where: { id: newest.id },
          select: { content: true },
        })
      : null,
    db.user.findMany({
      where: {
        id: {
          in: [
            ...new Set(template.versions.flatMap((v) => (v.createdById ? [v.createdById] : []))),
          ],
        },
      },
      select: { id: true, name: true },
    }),
  ]);
  const nameOf = new Map(authors.map((a) => [a.id, a.name]));
  return {
    ...templateHeader(template),
    versions: template.versions.map(({ createdById, ...v }) => ({
      ...v,
      authorName: createdById ? (nameOf.get(createdById) ?? null) : null,
    })),
    latest:
      newest && latest
        ? { id: newest.id, number: newest.number, content: readContent(latest.content) }
        : null,
  };
}
