import { can, type AccessContext } from "@/lib/access/context";
import { listEquipmentIncidents } from "@/lib/assistance/equipment-incidents";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import { hasDemoInventory, listEquipment } from "@/lib/inventory/list-equipment";
import { getEquipment } from "@/lib/inventory/get-equipment";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { InventoryPageTabs } from "@/components/inventory/inventory-tabs";
import type { SpacePageProps } from "@/components/layout/space-page";
import { EquipmentList } from "@/components/inventory/equipment-list";
import { EquipmentDetailView } from "@/components/inventory/equipment-detail";
import { AddLink } from "@/components/ui/add-link";
import { EquipmentIncidents } from "@/components/assistance/equipment-incidents";
import { orNotFound } from "@/app/_server/or-not-found";

type InventoryScope = "COLLECTIVITE" | "ACADEMIE" | "ETABLISSEMENT";

function scopeFields(ctx: AccessContext) {
  return { scopeType: ctx.scope.type as InventoryScope, scopeKey: spaceKey(ctx) };
}

/** The equipment list of a space: its collèges' equipment, filtered from the URL. */
export async function InventoryListPage({ ctx, searchParams }: SpacePageProps) {
  const base = `${spaceHref(ctx)}/inventaire`;
  const [data, options, demo] = await Promise.all([
    listEquipment(ctx, searchParams),
    inventoryFilterOptions(ctx),
    hasDemoInventory(ctx),
  ]);
  const scope = scopeFields(ctx);
  const canCreate = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("inventory.write");
  return (
    <>
      <InventoryPageTabs ctx={ctx} current="equipements" demo={demo} />
      {canCreate ? (
        <AddLink href={`${base}/nouveau`} className="mb-2 text-sm">
          + Ajouter un équipement
        </AddLink>
      ) : null}
      <EquipmentList
        data={data}
        listHref={base}
        scope={scope}
        etablissements={options.etablissements}
        departements={options.departements}
        canBulkUpdate={ctx.permissions.has("inventory.updateStatus")}
      />
    </>
  );
}

/** One equipment of a space: details, the forms the member may use, its history. */
export async function EquipmentPage({
  ctx,
  id,
  done,
}: {
  ctx: AccessContext;
  id: string;
  done?: string;
}) {
  const base = `${spaceHref(ctx)}/inventaire`;
  const detail = await orNotFound(getEquipment(ctx, id));
  const manages = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("inventory.write");
  const options = manages ? await inventoryFilterOptions(ctx) : null;
  const incidents = can(ctx, "incident.read") ? await listEquipmentIncidents(ctx, id) : null;
  const reports =
    can(ctx, "incident.report") &&
    (ctx.scope.type === "COLLECTIVITE" || ctx.scope.type === "ETABLISSEMENT") &&
    detail.equipment.status !== "REFORME";
  return (
    <EquipmentDetailView
      detail={detail}
      listHref={base}
      scope={scopeFields(ctx)}
      path={`${base}/${id}`}
      edit={options ? { etablissements: options.etablissements } : null}
      canUpdateStatus={ctx.permissions.has("inventory.updateStatus")}
      done={done}
    >
      {incidents ? (
        <EquipmentIncidents
          incidents={incidents}
          assistanceHref={`${spaceHref(ctx)}/assistance`}
          reportHref={reports ? `${spaceHref(ctx)}/assistance/signaler?equipement=${id}` : null}
        />
      ) : null}
    </EquipmentDetailView>
  );
}
