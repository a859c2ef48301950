import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NetworkMeasureKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { requireCollectivite } from "@/lib/access/require-scope";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { networkProfileSchema, type NetworkProfileFields } from "@/lib/network/schemas";

export const COLLEGE_NOT_FOUND = "Ce collège n'existe pas, ou vous n'y avez pas accès.";

type Tx = Prisma.TransactionClient;

/** The values whose history is kept, and where they are in a profile. */
const MEASURED: readonly [NetworkMeasureKind, keyof NetworkProfileValues][] = [
  ["DEBIT_DESCENDANT", "downKbps"],
  ["DEBIT_MONTANT", "upKbps"],
  ["SALLES", "teachingRooms"],
  ["SALLES_WIFI", "wifiRooms"],
];

/** A profile's columns, as written (unknown: null). */
export type NetworkProfileValues = Omit<
  Prisma.NetworkProfileUncheckedCreateInput,
  | "id"
  | "etablissementId"
  | "collectiviteId"
  | "source"
  | "updatedById"
  | "updatedByName"
  | "createdAt"
  | "updatedAt"
>;

/** The form's fields as the profile's columns. */
export function profileValues(fields: Omit<NetworkProfileFields, "uai">): NetworkProfileValues {
  const { downMbps, upMbps, ...rest } = fields;
  return {
    accessTechnology: rest.accessTechnology ?? null,
    downKbps: downMbps ?? null,
    upKbps: upMbps ?? null,
    operator: rest.operator,
    contractEndsOn: rest.contractEndsOn,
    backupLink: rest.backupLink,
    backboneMbps: rest.backboneMbps ?? null,
    lastAuditOn: rest.lastAuditOn,
    teachingRooms: rest.teachingRooms ?? null,
    wifiRooms: rest.wifiRooms ?? null,
    filteringSolution: rest.filteringSolution,
    filteringParty: rest.filteringParty ?? null,
    entName: rest.entName,
    entGroupement: rest.entGroupement,
    entSince: rest.entSince,
    garEnabled: rest.garEnabled,
    messaging: rest.messaging,
  };
}

const comparable = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null);

/** The columns `values` would change in a profile (`before` null: never recorded). */
export function changedProfileKeys(
  before: Partial<NetworkProfileValues> | null | undefined,
  values: NetworkProfileValues,
): (keyof NetworkProfileValues)[] {
  return (Object.keys(values) as (keyof NetworkProfileValues)[]).filter(
    (key) => comparable(before?.[key]) !== comparable(values[key]),
  );
}

/**
 * Writes one collège's profile (created or replaced) with its history and its journal event, in
 * `tx`: the values that changed, and a measure for each speed or room count recorded anew.
 * Returns whether anything changed. The caller checked the collège is the collectivité's.
 */
export async function unsafeWriteNetworkProfile(
  tx: Tx,
  ctx: AccessContext,
  college: { id: string; uai: string; name: string; collectiviteId: string; academieCode: string },
  values: NetworkProfileValues,
  source: string,
): Promise<boolean> {
  const before = await tx.networkProfile.findUnique({ where: { etablissementId: college.id } });
  const changed = changedProfileKeys(before, values);
  // Nothing new (an empty form on a collège never recorded, too): nothing written.
  if (changed.length === 0) return false;
  const by = { updatedById: ctx.user.id, updatedByName: ctx.user.name, source };
  await tx.networkProfile.upsert({
    where: { etablissementId: college.id },
    create: {
      etablissementId: college.id,
      collectiviteId: college.collectiviteId,
      ...values,
      ...by,
    },
    update: { ...values, ...by },
  });
  const measures = MEASURED.flatMap(([kind, key]) => {
    const value = values[key];
    return typeof value === "number" && changed.includes(key)
      ? [{ etablissementId: college.id, kind, value, source }]
      : [];
  });
  if (measures.length > 0) await tx.networkMeasure.createMany({ data: measures });
  await appendMemberAuditEvent(tx, ctx, {
    scope: {
      scopeType: "COLLECTIVITE",
      collectiviteId: college.collectiviteId,
      academieCode: college.academieCode,
      etablissementId: college.id,
    },
    action: "network.update",
    entityType: "NetworkProfile",
    entityId: college.id,
    before: before
      ? Object.fromEntries(changed.map((key) => [key, comparable(before[key])]))
      : undefined,
    after: {
      college: `${college.name} (${college.uai})`,
      source,
      ...Object.fromEntries(changed.map((key) => [key, comparable(values[key])])),
    },
  });
  return true;
}

/**
 * The collectivité records what it knows of one of its collèges' network (its competence): every
 * field may stay unknown; a refused form writes nothing. Another collectivité's collège, or one
 * outside a technician's secteur, is NOT_FOUND.
 */
export async function saveNetworkProfile(
  ctx: AccessContext,
  input: unknown,
): Promise<{ changed: boolean }> {
  requireCollectivite(ctx, "network.manage");
  const { uai, ...fields } = networkProfileSchema.parse(input);
  return db.$transaction(async (tx) => {
    const college = await tx.etablissement.findFirst({
      where: { AND: [{ uai: uai.toUpperCase() }, etablissementScopeWhere(ctx)] },
      select: {
        id: true,
        uai: true,
        name: true,
        collectiviteId: true,
        academieCode: true,
        secteur: true,
      },
    });
    if (!college) throw new AppError("NOT_FOUND", COLLEGE_NOT_FOUND);
    if (college.secteur !== "PUBLIC")
      throw new AppError(
        "INVALID_INPUT",
        `${college.name} est un établissement privé : son réseau ne relève pas de la collectivité.`,
      );
    const changed = await unsafeWriteNetworkProfile(
      tx,
      ctx,
      college,
      profileValues(fields),
      "saisie",
    );
    return { changed };
  });
}
