import type { Prisma } from "@/lib/generated/prisma/client";
import { routeIncident, type RoutedCollege, type Route } from "@/lib/assistance/routing";
import type { AssistanceDomain } from "@/lib/assistance/vocabulary";
import { todayInParis } from "@/lib/dates";

type Tx = Prisma.TransactionClient;

/**
 * The product's routing for a collège's incidents, asked once per domain and per set of
 * conventions that could be in force on the report's day: routeIncident reads the convention
 * in force (the same filter as below) and the collectivité's current template, so two reports of
 * the same domain under the same candidates get the same route. The demo's 3,989 reports then
 * route with about 1,130 calls (each reads a convention's 20 kB content and parses it).
 */
export async function collegeRouter(tx: Tx, college: RoutedCollege) {
  const candidates = await tx.convention.findMany({
    where: {
      etablissementId: college.id,
      kind: "TRIPARTITE",
      status: "EN_VIGUEUR",
      inForceVersion: { isNot: null },
    },
    select: { id: true, startsOn: true, endsOn: true },
  });
  const routes = new Map<string, Route>();
  return async (domain: AssistanceDomain, at: Date): Promise<Route> => {
    const today = todayInParis(at).getTime();
    const inForce = candidates.filter(
      (c) =>
        (c.startsOn === null || c.startsOn.getTime() <= today) &&
        (c.endsOn === null || c.endsOn.getTime() >= today),
    );
    const key = `${domain}|${inForce.map((c) => c.id).join(",")}`;
    let route = routes.get(key);
    if (!route) {
      route = await routeIncident(tx, college, domain, at);
      routes.set(key, route);
    }
    return route;
  };
}
