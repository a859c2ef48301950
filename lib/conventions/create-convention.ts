import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { type AccessContext } from "@/lib/access/context";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { actorOf } from "@/lib/members/actor";
import { academieLabel } from "@/lib/referentials/labels";
import type { ConventionContent } from "@/lib/conventions/content";
import { defaultContentOf } from "@/lib/conventions/default-template";
import { getLatestTemplateVersion } from "@/lib/conventions/templates/get-latest-template-version";
import { lockCollectiviteReferences, nextReferences } from "@/lib/conventions/reference";
import { defaultConventionDates } from "@/lib/conventions/dates";
import { todayInParis } from "@/lib/dates";
import { createConventionSchema } from "@/lib/conventions/schemas";
import { requireCollectivite } from "@/lib/access/require-scope";

type Tx = Prisma.TransactionClient;

/** The content a new convention starts from: the collectivité's latest template, else the default. */
export async function startingContent(
  ctx: AccessContext,
  kind: Exclude<ConventionKind, "AVENANT">,
) {
  const latest = await getLatestTemplateVersion(ctx, kind);
  if (latest) return { templateVersionId: latest.templateVersionId, content: latest.content };
  return { templateVersionId: null, content: defaultContentOf(kind) };
}

/**
 * Statuses of a collège's convention of this kind (tripartite, or collectivité–EPLE) that still
 * covers it: a new one would be a duplicate.
 */
export function activeCollegeConventionWhere(
  today: Date,
  kind: "TRIPARTITE" | "BIPARTITE_EPLE" = "TRIPARTITE",
): Prisma.ConventionWhereInput {
  return {
    kind,
    OR: [
      { status: { in: ["BROUILLON", "EN_SIGNATURE"] } },
      { status: "EN_VIGUEUR", OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
    ],
  };
}

export interface NewConvention {
  kind: ConventionKind;
  title: string;
  academieCode: string | null;
  etablissementId: string | null;
  parentId: string | null;
  templateVersionId: string | null;
  content: ConventionContent;
  startsOn: Date | null;
  endsOn: Date | null;
}

export type Actor = { id: string | null; label: string };

/** Inserts conventions with their first draft version and one audit event each. */
export async function insertConventions(
  tx: Tx,
  actor: Actor,
  collectivite: { id: string; code: string },
  items: NewConvention[],
  now: Date,
) {
  await lockCollectiviteReferences(tx, collectivite.id);
  const byKind = new Map<ConventionKind, string[]>();
  for (const kind of new Set(items.map((i) => i.kind))) {
    byKind.set(
      kind,
      await nextReferences(
        tx,
        kind,
        collectivite.code,
        todayInParis(now).getUTCFullYear(),
        items.filter((i) => i.kind === kind).length,
      ),
    );
  }
  const created: { id: string; reference: string }[] = [];
  for (const item of items) {
    const reference = byKind.get(item.kind)!.shift()!;
    const convention = await tx.convention.create({
      data: {
        reference,
        kind: item.kind,
        title: item.title,
        collectiviteId: collectivite.id,
        academieCode: item.academieCode,
        etablissementId: item.etablissementId,
        parentId: item.parentId,
        versions: {
          create: {
            number: 1,
            templateVersionId: item.templateVersionId,
            content: item.content,
            startsOn: item.startsOn,
            endsOn: item.endsOn,
            createdById: actor.id,
          },
        },
      },
      select: {
        id: true,
        reference: true,
        collectiviteId: true,
        academieCode: true,
        etablissementId: true,
      },
    });
    await appendAuditEvent(tx, {
      actor,
      scope: partiesAuditScope(convention),
      action: "convention.create",
      entityType: "Convention",
      entityId: convention.id,
      after: { reference, kind: item.kind, title: item.title },
      occurredAt: now,
    });
    created.push({ id: convention.id, reference });
  }
  return created;
}

export function tripartiteTitle(etablissementName: string): string {
  return `Convention tripartite relative au numérique éducatif — ${etablissementName}`;
}

export function epleConventionTitle(etablissementName: string): string {
  return `Convention relative aux équipements numériques mis à disposition — ${etablissementName}`;
}

/** The collectivité's convention-cadre, not résiliée, that a tripartite is created under; else NOT_FOUND. */
export async function parentCadre(tx: Tx, collectiviteId: string, parentId: string) {
  const parent = await tx.convention.findFirst({
    where: { id: parentId, kind: "CADRE", collectiviteId, status: { not: "RESILIEE" } },
    select: { id: true, reference: true },
  });
  if (!parent)
    throw new AppError("NOT_FOUND", "Convention-cadre introuvable.", {
      parentId: "Convention-cadre introuvable.",
    });
  return parent;
}

/**
 * Creates a draft convention: a tripartite for one public collège of the collectivité (optionally
 * under one of its conventions-cadres), a convention collectivité–EPLE on the equipment of one
 * public collège (the académie is not a party: the convention carries no académie), or a
 * convention-cadre with the académie.
 */
export async function createConvention(ctx: AccessContext, input: unknown, now = new Date()) {
  const scope = requireCollectivite(ctx, "convention.write");
  const data = createConventionSchema.parse(input);
  const today = todayInParis(now);
  const start = await startingContent(ctx, data.kind);
  const dates = defaultConventionDates(now);

  return db.$transaction(async (tx) => {
    const parent =
      data.kind === "TRIPARTITE" && data.parentId
        ? await parentCadre(tx, scope.id, data.parentId)
        : null;

    if (data.kind === "CADRE") {
      const departement = await tx.departement.findFirst({
        where: { collectivites: { some: { id: scope.id } } },
        select: { academie: { select: { code: true, name: true } } },
        orderBy: { code: "asc" },
      });
      if (!departement)
        throw new AppError("NOT_FOUND", "Aucune académie n'est rattachée à cette collectivité.");
      const [created] = await insertConventions(
        tx,
        actorOf(ctx),
        scope,
        [
          {
            kind: "CADRE",
            title: `Convention-cadre relative au numérique éducatif — ${scope.name} et ${academieLabel(departement.academie.name).replace(/^A/, "a")}`,
            academieCode: departement.academie.code,
            etablissementId: null,
            parentId: null,
            ...start,
            ...dates,
          },
        ],
        now,
      );
      return created!;
    }

    const etablissement = await tx.etablissement.findFirst({
      where: { uai: data.uai, collectiviteId: scope.id },
      select: { id: true, name: true, secteur: true, etat: true, academieCode: true },
    });
    if (!etablissement)
      throw new AppError("NOT_FOUND", "Établissement introuvable dans votre collectivité.", {
        uai: "Établissement introuvable dans votre collectivité.",
      });
    const eple = data.kind === "BIPARTITE_EPLE";
    const noun = eple ? "convention collectivité–établissement" : "convention tripartite";
    if (etablissement.secteur !== "PUBLIC")
      throw new AppError(
        "INVALID_INPUT",
        `Un collège privé n'est pas un EPLE : il n'a pas de ${noun}.`,
        { uai: `Collège privé : pas de ${noun}.` },
      );
    if (etablissement.etat !== "OUVERT")
      throw new AppError("INVALID_INPUT", "Cet établissement est fermé.", {
        uai: "Établissement fermé.",
      });
    const existing = await tx.convention.findFirst({
      where: {
        etablissementId: etablissement.id,
        ...activeCollegeConventionWhere(today, data.kind),
      },
      select: { reference: true },
    });
    if (existing)
      throw new AppError(
        "CONFLICT",
        `Ce collège a déjà une ${noun} en cours (${existing.reference}) : ouvrez-la plutôt que d'en créer une autre.`,
      );

    const [created] = await insertConventions(
      tx,
      actorOf(ctx),
      scope,
      [
        {
          kind: data.kind,
          title: eple
            ? epleConventionTitle(etablissement.name)
            : tripartiteTitle(etablissement.name),
          academieCode: eple ? null : etablissement.academieCode,
          etablissementId: etablissement.id,
          parentId: parent?.id ?? null,
          ...start,
          ...dates,
        },
      ],
      now,
    );
    return created!;
  });
}
