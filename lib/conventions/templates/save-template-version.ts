import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import type { ConventionContent } from "@/lib/conventions/content";
import { defaultContentOf } from "@/lib/conventions/default-template";
import {
  createTemplateSchema,
  parseTemplateContent,
  saveTemplateVersionSchema,
} from "@/lib/conventions/templates/schemas";
import { TEMPLATE_KINDS } from "@/lib/conventions/vocabulary";
import {
  TEMPLATE_NOT_FOUND,
  templateCollectiviteId,
} from "@/lib/conventions/templates/template-scope";

const CONCURRENT_SAVE =
  "Une autre version de ce modèle vient d'être enregistrée : rechargez la page pour repartir de la dernière version.";

/** The audit trail keeps the document's fingerprint, not the document. */
function contentSha256(content: ConventionContent): string {
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

const asJson = (content: ConventionContent) => content as unknown as Prisma.InputJsonValue;

/** Two saves racing for the same number: the unique (templateId, number) refuses the second. */
function translateConflict(error: unknown): never {
  if ((error as { code?: unknown } | null)?.code === "P2002")
    throw new AppError("CONFLICT", CONCURRENT_SAVE);
  throw error;
}

/** Creates a template of the context's collectivité with its version 1 (the default document of the kind unless given). */
export async function createConventionTemplate(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  const collectiviteId = templateCollectiviteId(ctx, "template.manage");
  const data = createTemplateSchema.parse(input);
  const content =
    data.content === undefined
      ? defaultContentOf(data.kind)
      : parseTemplateContent(data.content, data.kind);

  const homonyms = await db.conventionTemplate.count({
    where: { collectiviteId, name: { equals: data.name, mode: "insensitive" } },
  });
  if (homonyms > 0)
    throw new AppError(
      "CONFLICT",
      `Un modèle s'appelle déjà « ${data.name} » : choisissez un autre nom.`,
      { name: "Ce nom est déjà pris." },
    );

  return db.$transaction(async (tx) => {
    const template = await tx.conventionTemplate.create({
      data: {
        collectiviteId,
        kind: data.kind,
        name: data.name,
        createdAt: now,
        versions: {
          create: {
            number: 1,
            content: asJson(content),
            note: "Version initiale",
            createdById: ctx.user.id,
            createdAt: now,
          },
        },
      },
      select: { id: true, kind: true, name: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "template.create",
      entityType: "ConventionTemplate",
      entityId: template.id,
      after: {
        name: template.name,
        kind: template.kind,
        version: 1,
        contentSha256: contentSha256(content),
      },
      occurredAt: now,
    });
    return { id: template.id, kind: data.kind, name: template.name, number: 1 };
  });
}

/**
 * Appends version n+1 to a template of the context's collectivité; versions are never edited.
 * With `baseVersion`, refuses to save over a version someone else saved since the editor opened.
 */
export async function saveConventionTemplateVersion(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  const collectiviteId = templateCollectiviteId(ctx, "template.manage");
  const data = saveTemplateVersionSchema.parse(input);

  return db
    .$transaction(async (tx) => {
      const template = await tx.conventionTemplate.findFirst({
        where: { id: data.templateId, collectiviteId },
        select: {
          id: true,
          kind: true,
          name: true,
          archivedAt: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      });
      if (!template) throw new AppError("NOT_FOUND", TEMPLATE_NOT_FOUND);
      if (template.archivedAt)
        throw new AppError(
          "CONFLICT",
          "Ce modèle est archivé : il ne reçoit plus de nouvelle version.",
        );
      const kind = TEMPLATE_KINDS.find((k) => k === template.kind);
      if (!kind) throw new AppError("NOT_FOUND", TEMPLATE_NOT_FOUND);
      const content = parseTemplateContent(data.content, kind);

      const latest = template.versions[0]?.number ?? 0;
      if (data.baseVersion !== undefined && data.baseVersion !== latest) {
        throw new AppError(
          "CONFLICT",
          `La version n° ${latest} de ce modèle a été enregistrée depuis l'ouverture de l'éditeur : rechargez la page pour repartir de celle-ci.`,
        );
      }
      const version = await tx.conventionTemplateVersion.create({
        data: {
          templateId: template.id,
          number: latest + 1,
          content: asJson(content),
          note: data.note || null,
          createdById: ctx.user.id,
          createdAt: now,
        },
        select: { id: true, number: true },
      });
      await appendMemberAuditEvent(tx, ctx, {
        action: "template.version",
        entityType: "ConventionTemplate",
        entityId: template.id,
        before: { version: latest },
        after: {
          name: template.name,
          version: version.number,
          note: data.note || null,
          contentSha256: contentSha256(content),
        },
        occurredAt: now,
      });
      return { templateId: template.id, versionId: version.id, number: version.number };
    })
    .catch(translateConflict);
}
