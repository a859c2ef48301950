import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { readContent, type ConventionContent } from "@/lib/conventions/content";
import {
  TEMPLATE_NOT_FOUND,
  templateCollectiviteId,
} from "@/lib/conventions/templates/template-scope";

export interface ConventionTemplateDetail {
  id: string;
  kind: ConventionKind;
  name: string;
  archived: boolean;
  createdAt: Date;
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
  assertCan(ctx, "convention.read");
  const collectiviteId = templateCollectiviteId(ctx);
  const template = await db.conventionTemplate.findFirst({
    where: { id, collectiviteId },
    select: {
      id: true,
      kind: true,
      name: true,
      archivedAt: true,
      createdAt: true,
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
    id: template.id,
    kind: template.kind,
    name: template.name,
    archived: template.archivedAt !== null,
    createdAt: template.createdAt,
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
