import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { equipmentScopeWhere } from "@/lib/access/equipment-scope";
import {
  listEquipmentSchema,
  normaliseSerial,
  type ListEquipmentQuery,
} from "@/lib/inventory/schemas";
import { findPage } from "@/lib/pagination";

export const equipmentListSelect = {
  id: true,
  category: true,
  manufacturer: true,
  model: true,
  serialNumber: true,
  inventoryNumber: true,
  acquiredOn: true,
  warrantyEndsOn: true,
  status: true,
  location: true,
  usage: true,
  fundingSource: true,
  purchaseCostCents: true,
  etablissement: { select: { uai: true, name: true, departementCode: true } },
} as const;

export type EquipmentListItem = Prisma.EquipmentGetPayload<{ select: typeof equipmentListSelect }>;

/** The filters of an equipment list, inside the context's perimeter. */
export function equipmentFiltersWhere(
  ctx: AccessContext,
  query: ListEquipmentQuery,
): Prisma.EquipmentWhereInput {
  const and: Prisma.EquipmentWhereInput[] = [equipmentScopeWhere(ctx)];
  if (query.q) {
    const serial = normaliseSerial(query.q);
    and.push({
      OR: [
        ...(serial ? [{ serialNumber: { startsWith: serial } }] : []),
        { inventoryNumber: { contains: query.q, mode: "insensitive" } },
        { model: { contains: query.q, mode: "insensitive" } },
        { manufacturer: { contains: query.q, mode: "insensitive" } },
        { location: { contains: query.q, mode: "insensitive" } },
      ],
    });
  }
  if (query.uai) and.push({ etablissement: { uai: query.uai } });
  if (query.departement) and.push({ etablissement: { departementCode: query.departement } });
  if (query.category) and.push({ category: query.category });
  if (query.status) and.push({ status: query.status });
  if (query.usage) and.push({ usage: query.usage });
  if (query.funding) and.push({ fundingSource: query.funding });
  if (query.before) and.push({ acquiredOn: { lt: new Date(Date.UTC(query.before, 0, 1)) } });
  return { AND: and };
}

type Order = Prisma.EquipmentOrderByWithRelationInput[];

export const EQUIPMENT_ORDER: Record<ListEquipmentQuery["sort"], (dir: "asc" | "desc") => Order> = {
  etablissement: (dir) => [{ etablissement: { name: dir } }, { category: "asc" }, { id: "asc" }],
  category: (dir) => [{ category: dir }, { id: "asc" }],
  model: (dir) => [{ model: { sort: dir, nulls: "last" } }, { id: "asc" }],
  acquiredOn: (dir) => [{ acquiredOn: { sort: dir, nulls: "last" } }, { id: "asc" }],
  warrantyEndsOn: (dir) => [{ warrantyEndsOn: { sort: dir, nulls: "last" } }, { id: "asc" }],
  status: (dir) => [{ status: dir }, { id: "asc" }],
  location: (dir) => [{ location: { sort: dir, nulls: "last" } }, { id: "asc" }],
  serial: (dir) => [{ serialNumber: { sort: dir, nulls: "last" } }, { id: "asc" }],
};

/** The equipment of the context's perimeter, searched, filtered, sorted and paginated (input: URL params). */
export async function listEquipment(ctx: AccessContext, input: unknown) {
  assertCan(ctx, "inventory.read");
  const query = listEquipmentSchema.parse(input);
  const where = equipmentFiltersWhere(ctx, query);
  return findPage(
    query,
    (window) =>
      db.equipment.findMany({
        where,
        select: equipmentListSelect,
        orderBy: EQUIPMENT_ORDER[query.sort](query.dir),
        ...window,
      }),
    () => db.equipment.count({ where }),
  );
}

export type EquipmentListData = Awaited<ReturnType<typeof listEquipment>>;

/** Whether the perimeter holds demo equipment, so pages can say the data is fictitious. */
export async function hasDemoInventory(ctx: AccessContext): Promise<boolean> {
  assertCan(ctx, "inventory.read");
  // The demo imports first (a handful of rows), then one equipment of the perimeter from one of
  // them through the importId index: joining every equipment row to its import took 150–290 ms
  // on the national benchmark.
  const imports = await db.equipmentImport.findMany({
    where: { format: "DEMO" },
    select: { id: true },
  });
  if (imports.length === 0) return false;
  const row = await db.equipment.findFirst({
    where: { AND: [equipmentScopeWhere(ctx), { importId: { in: imports.map((i) => i.id) } }] },
    select: { id: true },
  });
  return row !== null;
}

/** The établissements an equipment list can be filtered on: those of the perimeter, open ones first. */
export async function equipmentEtablissementOptions(ctx: AccessContext) {
  assertCan(ctx, "inventory.read");
  if (ctx.scope.type === "ETABLISSEMENT") return [];
  const where: Prisma.EtablissementWhereInput =
    ctx.scope.type === "COLLECTIVITE"
      ? { collectiviteId: ctx.scope.id }
      : ctx.scope.type === "ACADEMIE"
        ? { academieCode: ctx.scope.code }
        : { id: "" };
  return db.etablissement.findMany({
    where: { AND: [where, { secteur: "PUBLIC", etat: "OUVERT" }] },
    select: { id: true, uai: true, name: true, communeName: true, departementCode: true },
    orderBy: [{ name: "asc" }, { uai: "asc" }],
  });
}
