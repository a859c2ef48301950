import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { PARTIES } from "@/lib/conventions/vocabulary";
import { SERVICE_KINDS } from "@/lib/network/service-labels";
import {
  optionalCalendarDate,
  optionalRecordId,
  optionalText,
  positiveEurosCents,
  recordId,
  requiredText,
} from "@/lib/schema-fields";

/*
 * The collectivité's catalogue of digital services (ENT, filtering, MDM, software, resources…):
 * provider, contract, yearly cost, the party responsible, the collèges that use it. Its agents
 * write it (like the référentiel); the collèges read the services they use, the académie those of
 * its collèges; an incident may name the service it is about.
 */

export const SERVICE_NOT_FOUND = "Ce service n'existe pas, ou vous n'y avez pas accès.";

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const serviceSchema = z
  .object({
    serviceId: optionalRecordId(),
    kind: z.enum(SERVICE_KINDS, { error: "Type de service : choisissez dans la liste." }),
    name: requiredText(200, "Nom du service"),
    provider: requiredText(200, "Fournisseur"),
    contractStartsOn: optionalCalendarDate("Début du contrat"),
    contractEndsOn: optionalCalendarDate("Fin du contrat"),
    annualCost: z.preprocess(empty, positiveEurosCents("Coût annuel (€ TTC)").optional()),
    responsibleParty: z.enum(PARTIES, { error: "Partie responsable : choisissez dans la liste." }),
    description: optionalText(1000, "Description"),
  })
  .superRefine((v, ctx) => {
    if (v.contractStartsOn && v.contractEndsOn && v.contractEndsOn < v.contractStartsOn)
      ctx.addIssue({
        code: "custom",
        path: ["contractEndsOn"],
        message: "Fin du contrat : pas avant son début.",
      });
  });

const usesSchema = z.object({
  serviceId: recordId("Service"),
  uais: z.array(z.string().trim().toUpperCase().max(8)).max(2000),
});

/** Creates or corrects a service of the collectivité's catalogue; a name is used once. */
export async function saveDigitalService(
  ctx: AccessContext,
  input: unknown,
): Promise<{ id: string }> {
  const scope = requireCollectivite(ctx, "referential.manage");
  const { serviceId, annualCost, ...values } = serviceSchema.parse(input);
  const data = { ...values, annualCostCents: annualCost ?? null, updatedByName: ctx.user.name };
  return db.$transaction(async (tx) => {
    const clash = await tx.digitalService.findFirst({
      where: {
        collectiviteId: scope.id,
        name: { equals: values.name, mode: "insensitive" },
        ...(serviceId ? { id: { not: serviceId } } : {}),
      },
      select: { id: true },
    });
    if (clash)
      throw new AppError("CONFLICT", "Un service du catalogue porte déjà ce nom.", {
        name: "Un service du catalogue porte déjà ce nom.",
      });
    let before = null;
    let id: string;
    if (serviceId) {
      before = await tx.digitalService.findFirst({
        where: { id: serviceId, collectiviteId: scope.id },
      });
      if (!before) throw new AppError("NOT_FOUND", SERVICE_NOT_FOUND);
      id = (await tx.digitalService.update({ where: { id: serviceId }, data })).id;
    } else {
      id = (await tx.digitalService.create({ data: { ...data, collectiviteId: scope.id } })).id;
    }
    await appendMemberAuditEvent(tx, ctx, {
      action: "service.save",
      entityType: "DigitalService",
      entityId: id,
      before: before
        ? { name: before.name, provider: before.provider, kind: before.kind }
        : undefined,
      after: {
        name: values.name,
        provider: values.provider,
        kind: values.kind,
        responsibleParty: values.responsibleParty,
        annualCostCents: annualCost?.toString() ?? null,
      },
    });
    return { id };
  });
}

/**
 * Sets which of the collectivité's open collèges use a service (the list replaces the previous
 * one). A UAI that is not one of its collèges refuses the whole list, nothing changed.
 */
export async function setServiceUses(
  ctx: AccessContext,
  input: unknown,
): Promise<{ count: number }> {
  const scope = requireCollectivite(ctx, "referential.manage");
  const { serviceId, uais } = usesSchema.parse(input);
  return db.$transaction(async (tx) => {
    const service = await tx.digitalService.findFirst({
      where: { id: serviceId, collectiviteId: scope.id },
      select: { id: true, name: true },
    });
    if (!service) throw new AppError("NOT_FOUND", SERVICE_NOT_FOUND);
    const wanted = [...new Set(uais.filter((u) => u !== ""))];
    const colleges = await tx.etablissement.findMany({
      where: { collectiviteId: scope.id, uai: { in: wanted } },
      select: { id: true, uai: true },
    });
    const unknown = wanted.filter((u) => !colleges.some((c) => c.uai === u));
    if (unknown.length > 0)
      throw new AppError(
        "INVALID_INPUT",
        `Collèges inconnus de la collectivité : ${unknown.join(", ")}. Rien n'a été modifié.`,
      );
    await tx.digitalServiceUse.deleteMany({ where: { serviceId } });
    await tx.digitalServiceUse.createMany({
      data: colleges.map((c) => ({ serviceId, etablissementId: c.id })),
    });
    await appendMemberAuditEvent(tx, ctx, {
      action: "service.uses",
      entityType: "DigitalService",
      entityId: serviceId,
      after: { service: service.name, colleges: colleges.length },
    });
    return { count: colleges.length };
  });
}

/** The collectivité's catalogue, each service with the UAIs of the collèges that use it. */
export async function listDigitalServices(ctx: AccessContext) {
  const scope = requireCollectivite(ctx, "etablissement.read", "NOT_FOUND");
  const services = await db.digitalService.findMany({
    where: { collectiviteId: scope.id },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    include: { uses: { select: { etablissement: { select: { uai: true } } } } },
  });
  return services.map(({ uses, ...s }) => ({ ...s, uais: uses.map((u) => u.etablissement.uai) }));
}

export type DigitalServiceRow = Awaited<ReturnType<typeof listDigitalServices>>[number];

/**
 * The services one collège uses, for whoever reads the collège (its collectivité, its académie,
 * the collège itself); another scope gets NOT_FOUND.
 */
export async function servicesOfCollege(ctx: AccessContext, uai: string) {
  assertCan(ctx, "etablissement.read");
  const college = await db.etablissement.findFirst({
    where: { AND: [{ uai: uai.trim().toUpperCase() }, etablissementScopeWhere(ctx)] },
    select: { id: true },
  });
  if (!college) throw new AppError("NOT_FOUND", SERVICE_NOT_FOUND);
  return db.digitalService.findMany({
    where: { uses: { some: { etablissementId: college.id } } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      provider: true,
      contractEndsOn: true,
      responsibleParty: true,
    },
  });
}

/**
 * The services an incident report may name: those the collège uses (its own space), or the whole
 * catalogue of the collectivité (its members report for several collèges; the server checks the
 * collège uses the one named).
 */
export async function reportableServices(ctx: AccessContext) {
  const where =
    ctx.scope.type === "ETABLISSEMENT"
      ? { uses: { some: { etablissementId: ctx.scope.id } } }
      : ctx.scope.type === "COLLECTIVITE"
        ? { collectiviteId: ctx.scope.id }
        : null;
  if (!where) return [];
  return db.digitalService.findMany({
    where,
    orderBy: { name: "asc" },
    select: { id: true, name: true, provider: true },
  });
}

/** The collectivité's open public collèges, to tick those that use a service. */
export async function serviceCollegeOptions(ctx: AccessContext) {
  const scope = requireCollectivite(ctx, "referential.manage");
  return db.etablissement.findMany({
    where: { collectiviteId: scope.id, etat: "OUVERT", secteur: "PUBLIC" },
    select: { uai: true, name: true },
    orderBy: { name: "asc" },
  });
}
