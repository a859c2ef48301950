import { describe, expect, it } from "vitest";
import { agentTodo } from "@/lib/dashboards/agent-todo";
import type { AgentDashboard } from "@/lib/dashboards/collectivite-dashboard";

const counts = {
  brouillons: 0,
  refusees: 0,
  "en-signature": 0,
  "en-vigueur": 10,
  expirant: 0,
  expirees: 0,
  resiliees: 0,
  toutes: 10,
};
const campaign = (phase: "OUVERTE" | "EN_ARBITRAGE", needs: number, decided: number) => ({
  id: `camp-${phase}`,
  title: "Besoins 2027",
  exercice: 2027,
  opensOn: new Date("2026-11-02"),
  closesOn: new Date("2027-01-01"),
  phase,
  envelopeCents: 0n,
  needs,
  colleges: 6,
  collegesTotal: 62,
  opinions: 0,
  decided,
  requestedCents: 0n,
  acceptedCents: 0n,
});
const base: Pick<AgentDashboard, "conventions" | "campaigns" | "renewal" | "pendingImports"> = {
  conventions: { counts, toSign: null, expiring: [], coverage: null },
  campaigns: [],
  renewal: null,
  pendingImports: 0,
};

describe("agentTodo", () => {
  it("says nothing when nothing waits", () => {
    expect(agentTodo("35", base, 90)).toEqual([]);
  });

  it("lists what waits, most pressing first, each with the page that deals with it", () => {
    const items = agentTodo(
      "35",
      {
        conventions: {
          counts: { ...counts, refusees: 1, expirant: 7 },
          toSign: 2,
          expiring: [],
          coverage: null,
        },
        campaigns: [campaign("EN_ARBITRAGE", 12, 9), campaign("OUVERTE", 3, 0)],
        renewal: {
          years: [2026, 2027],
          cells: [
            { count: 4705, costCents: 392_345_000 },
            { count: 0, costCents: 0 },
          ],
          overdue: { count: 0, costCents: 0 },
          unplannable: { count: 0, costCents: 0 },
          byCategory: [],
        },
        pendingImports: 1,
      },
      90,
    );
    expect(items.map((i) => i.href)).toEqual([
      "/c/35/conventions?tab=a-signer",
      "/c/35/conventions?tab=refusees",
      "/c/35/conventions?tab=expirant",
      "/c/35/campagnes/camp-EN_ARBITRAGE",
      "/c/35/campagnes/camp-OUVERTE",
      "/c/35/inventaire/import",
      "/c/35/inventaire/plan",
    ]);
    const normalise = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
    expect(items.map((i) => normalise(i.text))).toEqual([
      "2 conventions attendent la signature de la collectivité",
      "1 convention refusée à reprendre",
      "7 conventions en vigueur expirent dans les 90 jours : à renouveler",
      "Besoins 2027 : 3 besoins à arbitrer",
      "Besoins 2027 : dépôts jusqu'au 1er janvier 2027, 6 collèges sur 62 ont déposé",
      "1 import d'inventaire attend votre confirmation",
      "Renouvellement 2026 : 4 705 équipements à renouveler, 3 923 450,00 €",
    ]);
  });
});
