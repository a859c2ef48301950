import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { TabsNav } from "@/components/ui/sub-nav";
import { DemoNotice } from "@/components/inventory/demo-notice";

export interface InventoryTab {
  /** Path under the space's /inventaire, "" for the equipment list. */
  path: string;
  label: string;
}

/** Every inventory page of a space, in order. Which ones a space shows is decided by its pages. */
export const INVENTORY_TABS = {
  equipements: { path: "", label: "Équipements" },
  indicateurs: { path: "/indicateurs", label: "Indicateurs" },
  ecarts: { path: "/ecarts", label: "Écarts au référentiel" },
  plan: { path: "/plan", label: "Plan de renouvellement" },
  referentiel: { path: "/referentiel", label: "Référentiel" },
  import: { path: "/import", label: "Importer" },
} as const satisfies Record<string, InventoryTab>;

export type InventoryTabKey = keyof typeof INVENTORY_TABS;

/** The tabs of each space: a collectivité manages, an académie reads, a collège follows its own. */
export const SPACE_INVENTORY_TABS: Record<
  "COLLECTIVITE" | "ACADEMIE" | "ETABLISSEMENT",
  readonly InventoryTabKey[]
> = {
  COLLECTIVITE: ["equipements", "indicateurs", "ecarts", "plan", "referentiel", "import"],
  ACADEMIE: ["equipements", "indicateurs", "ecarts"],
  ETABLISSEMENT: ["equipements", "indicateurs", "plan"],
};

/**
 * The inventory's sub-navigation; `base` is the space's /inventaire URL. The import tab shows only
 * to members who may import (`canImport`: the inventory.write permission).
 */
export function InventoryTabs({
  base,
  scopeType,
  current,
  canImport = false,
}: {
  base: string;
  scopeType: keyof typeof SPACE_INVENTORY_TABS;
  current: InventoryTabKey;
  canImport?: boolean;
}) {
  const keys = SPACE_INVENTORY_TABS[scopeType].filter((key) => key !== "import" || canImport);
  return (
    <TabsNav label="Inventaire" base={base} tabs={INVENTORY_TABS} keys={keys} current={current} />
  );
}

/**
 * The top of a space's inventory page: its tabs (the import tab for members with inventory.write),
 * then the demo notice when the perimeter holds the demo's synthetic equipment.
 */
export function InventoryPageTabs({
  ctx,
  current,
  demo,
}: {
  ctx: AccessContext;
  current: InventoryTabKey;
  demo: boolean;
}) {
  if (ctx.scope.type === "PLATFORM") return null;
  return (
    <>
      <InventoryTabs
        base={`${spaceHref(ctx)}/inventaire`}
        scopeType={ctx.scope.type}
        current={current}
        canImport={ctx.permissions.has("inventory.write")}
      />
      {demo ? <DemoNotice /> : null}
    </>
  );
}
