import "server-only";
import { EquipmentPage, InventoryListPage } from "@/components/inventory/inventory-pages";
import { InventoryGapsPage } from "@/components/inventory/gaps/gaps-page";
import { InventoryIndicatorsPage } from "@/components/inventory/indicators/indicators-page";
import { RenewalPlanPage } from "@/components/inventory/plan/renewal-plan-page";
import { spacePage, type Space } from "@/components/layout/space-page";
import { itemPage } from "@/app/_pages/item-page";
import { searchParam } from "@/app/_pages/search-param";

export const inventoryPage = (space: Space) =>
  spacePage(space, "inventaire", "inventory.read", ({ ctx, searchParams }) => (
    <InventoryListPage ctx={ctx} searchParams={searchParams} />
  ));

export const equipmentPage = (space: Space) =>
  itemPage(space, "inventaire", "inventory.read", ({ ctx, params, searchParams }) => (
    <EquipmentPage ctx={ctx} id={params.id} done={searchParam(searchParams, "fait")} />
  ));

export const gapsPage = (space: Space) =>
  spacePage(space, "inventaire/ecarts", "inventory.read", ({ ctx, searchParams }) => (
    <InventoryGapsPage ctx={ctx} searchParams={searchParams} />
  ));

export const indicatorsPage = (space: Space) =>
  spacePage(space, "inventaire/indicateurs", "inventory.read", ({ ctx, searchParams }) => (
    <InventoryIndicatorsPage ctx={ctx} searchParams={searchParams} />
  ));

export const renewalPlanPage = (space: Space) =>
  spacePage(space, "inventaire/plan", "inventory.read", ({ ctx, searchParams }) => (
    <RenewalPlanPage ctx={ctx} searchParams={searchParams} />
  ));
