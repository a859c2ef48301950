import type { AgentDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { formatCents, formatDate, formatInteger, plural } from "@/lib/format";

export interface TodoItem {
  text: string;
  href: string;
}

/**
 * What waits for a collectivité's agent now, most pressing first, one line each with the page
 * that deals with it: the first screen of the dashboard (issue 14, §9). Built from the figures the
 * dashboard already read, plus the inventory imports left at the preview step.
 */
export function agentTodo(
  code: string,
  data: Pick<AgentDashboard, "conventions" | "campaigns" | "renewal" | "pendingImports">,
  expiringDays: number,
): TodoItem[] {
  const items: TodoItem[] = [];
  const conventions = data.conventions;
  if (conventions?.toSign) {
    items.push({
      text:
        conventions.toSign === 1
          ? "1 convention attend la signature de la collectivité"
          : `${formatInteger(conventions.toSign)} conventions attendent la signature de la collectivité`,
      href: `/c/${code}/conventions?tab=a-signer`,
    });
  }
  if (conventions?.counts.refusees) {
    items.push({
      text: `${plural(conventions.counts.refusees, "convention refusée", "conventions refusées")} à reprendre`,
      href: `/c/${code}/conventions?tab=refusees`,
    });
  }
  if (conventions?.counts.expirant) {
    items.push({
      text: `${plural(conventions.counts.expirant, "convention en vigueur expire", "conventions en vigueur expirent")} dans les ${expiringDays} jours : à renouveler`,
      href: `/c/${code}/conventions?tab=expirant`,
    });
  }
  for (const c of data.campaigns ?? []) {
    if (c.phase === "EN_ARBITRAGE") {
      const left = c.needs - c.decided;
      items.push({
        text: `${c.title} : ${left === 0 ? "tous les besoins sont arbitrés, clôturez l'arbitrage" : `${plural(left, "besoin", "besoins")} à arbitrer`}`,
        href: `/c/${code}/campagnes/${c.id}`,
      });
    } else if (c.phase === "OUVERTE") {
      items.push({
        text: `${c.title} : dépôts jusqu'au ${formatDate(c.closesOn)}, ${formatInteger(c.colleges)} collèges sur ${formatInteger(c.collegesTotal)} ont déposé`,
        href: `/c/${code}/campagnes/${c.id}`,
      });
    }
  }
  if (data.pendingImports) {
    items.push({
      text: `${plural(data.pendingImports, "import d'inventaire attend", "imports d'inventaire attendent")} votre confirmation`,
      href: `/c/${code}/inventaire/import`,
    });
  }
  if (data.renewal) {
    const [year] = data.renewal.years;
    const [cell] = data.renewal.cells;
    if (cell.count > 0) {
      items.push({
        text: `Renouvellement ${year} : ${plural(cell.count, "équipement")} à renouveler, ${formatCents(cell.costCents)}`,
        href: `/c/${code}/inventaire/plan`,
      });
    }
  }
  return items;
}
