import "server-only";
import type { ReactNode } from "react";
import type { Permission } from "@/lib/access/permissions";
import { BudgetTabs, type BudgetTabKey } from "@/components/budgets/budget-tabs";
import { spacePage, type SpacePageArgs } from "@/components/layout/space-page";

export interface BudgetPageArgs<P extends string> extends SpacePageArgs<P | "code"> {
  /** The budgets' base URL (« /c/35/budgets »), what the tabs and the views link from. */
  budgets: string;
}

/** A page of a collectivité's budgets: the budget tabs, `current` marked, then the page's body. */
export function budgetPage<P extends string = never>(
  path: string | ((params: Record<P | "code", string>) => string),
  permission: Permission,
  current: BudgetTabKey,
  render: (page: BudgetPageArgs<P>) => ReactNode | Promise<ReactNode>,
) {
  return spacePage<P | "code">("c", path, permission, async (page) => {
    const budgets = `${page.base}/budgets`;
    const body = await render({ ...page, budgets });
    return (
      <>
        <BudgetTabs base={budgets} current={current} ctx={page.ctx} />
        {body}
      </>
    );
  });
}
