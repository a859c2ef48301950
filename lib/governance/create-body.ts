import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/access/context";
import { appendMemberAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { actingParty } from "@/lib/governance/body-scope";
import { createBodySchema } from "@/lib/governance/schemas";

export interface AttachmentOption {
  value: string;
  label: string;
}

const LIVE_CADRE = { kind: "CADRE", status: { not: "RESILIEE" } } as const;

/**
 * What a new body of the context may belong to, as the form offers it: a collectivité its
 * conventions-cadres and each académie of its collèges, an académie its conventions-cadres and each
 * collectivité with collèges in it, a collège itself (its commission numérique, its comités).
 */
export async function bodyAttachmentOptions(ctx: AccessContext): Promise<AttachmentOption[]> {
  actingParty(ctx, "governance.manage");
  const scope = ctx.scope;
  if (scope.type === "ETABLISSEMENT")
    return [{ value: "college", label: `${scope.name} (instance du collège)` }];
  if (scope.type === "PLATFORM") return [];
  const own =
    scope.type === "COLLECTIVITE" ? { collectiviteId: scope.id } : { academieCode: scope.code };
  const cadres = await db.convention.findMany({
    where: { ...own, ...LIVE_CADRE },
    select: { id: true, reference: true, title: true },
    orderBy: { reference: "asc" },
  });
  const options = cadres.map((c) => ({
    value: `cadre:${c.id}`,
    label: `Convention-cadre ${c.reference} : ${c.title}`,
  }));
  if (scope.type === "COLLECTIVITE") {
    const academies = await db.academie.findMany({
      where: { etablissements: { some: { collectiviteId: scope.id } } },
      select: { code: true, name: true },
      orderBy: { name: "asc" },
    });
    for (const a of academies)
      options.push({
        value: `paire:${a.code}`,
        label: `La collectivité et l'académie de ${a.name}`,
      });
  } else if (scope.type === "ACADEMIE") {
    const collectivites = await db.collectivite.findMany({
      where: { etablissements: { some: { academieCode: scope.code } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    for (const c of collectivites)
      options.push({ value: `paire:${c.id}`, label: `${c.name} et l'académie` });
  }
  return options;
}

type Attachment = Pick<
  Prisma.GovernanceBodyUncheckedCreateInput,
  "collectiviteId" | "academieCode" | "etablissementId" | "conventionId"
>;

const badAttachment = () =>
  new AppError("INVALID_INPUT", "Rattachement : choisissez dans la liste.", {
    attachment: "Choisissez dans la liste.",
  });

/** The collectivité, académie, collège and convention a body belongs to, checked against the context's scope. */
async function attachmentOf(
  ctx: AccessContext,
  { kind, key }: { kind: "cadre" | "paire" | "college"; key: string | null },
): Promise<Attachment> {
  const scope = ctx.scope;
  if (scope.type === "ETABLISSEMENT") {
    if (kind !== "college") throw badAttachment();
    return {
      collectiviteId: scope.collectiviteId,
      academieCode: scope.academieCode,
      etablissementId: scope.id,
    };
  }
  if (kind === "college" || !key || (scope.type !== "COLLECTIVITE" && scope.type !== "ACADEMIE"))
    throw badAttachment();
  const own =
    scope.type === "COLLECTIVITE" ? { collectiviteId: scope.id } : { academieCode: scope.code };
  if (kind === "cadre") {
    const cadre = await db.convention.findFirst({
      where: { id: key, ...own, ...LIVE_CADRE },
      select: { id: true, collectiviteId: true, academieCode: true },
    });
    // A convention-cadre always binds the académie; the test narrows the nullable column.
    if (!cadre?.academieCode) throw badAttachment();
    return {
      collectiviteId: cadre.collectiviteId,
      academieCode: cadre.academieCode,
      conventionId: cadre.id,
    };
  }
  const pair =
    scope.type === "COLLECTIVITE"
      ? { collectiviteId: scope.id, academieCode: key }
      : { collectiviteId: key, academieCode: scope.code };
  if ((await db.etablissement.count({ where: pair })) === 0) throw badAttachment();
  return pair;
}

/**
 * Creates a body, its secretariat held by the context's party. A commission numérique is a
 * collège's own body; the other kinds may be either.
 */
export async function createBody(ctx: AccessContext, input: unknown) {
  const party = actingParty(ctx, "governance.manage");
  const { attachment, ...fields } = createBodySchema.parse(input);
  const where = await attachmentOf(ctx, attachment);
  if (fields.kind === "COMMISSION_NUMERIQUE" && !where.etablissementId)
    throw new AppError(
      "INVALID_INPUT",
      "Une commission numérique est l'instance d'un collège : créez-la depuis l'espace du collège.",
      { kind: "Réservé à l'instance d'un collège." },
    );
  return db.$transaction(async (tx) => {
    const body = await tx.governanceBody.create({
      data: { ...fields, ...where, secretariatParty: party, createdById: ctx.user.id },
      select: {
        id: true,
        name: true,
        kind: true,
        collectiviteId: true,
        academieCode: true,
        etablissementId: true,
        conventionId: true,
      },
    });
    // A convention-cadre's body steers it from the start.
    if (body.conventionId)
      await tx.bodySteeredConvention.create({
        data: { bodyId: body.id, conventionId: body.conventionId, addedById: ctx.user.id },
      });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.body.create",
      entityType: "GovernanceBody",
      entityId: body.id,
      after: { name: body.name, kind: body.kind, secretariat: party },
    });
    return body;
  });
}
