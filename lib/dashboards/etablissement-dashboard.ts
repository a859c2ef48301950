import "server-only";
import { assertCan, can, type AccessContext } from "@/lib/access/context";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import { getEtablissementGaps } from "@/lib/inventory/gaps";
import { getEtablissementInventorySummary } from "@/lib/inventory/summary";
import { hasDemoInventory } from "@/lib/inventory/list-equipment";
import { resolveDotationsQuery } from "@/lib/budgets/allocation-exercices";
import { getEtablissementAllocations } from "@/lib/budgets/allocations-per-pupil";
import {
  etablissementDashboardQuerySchema,
  type EtablissementDashboardQuery,
} from "@/lib/dashboards/etablissement-schemas";
import { collegeOf, orNull } from "@/lib/dashboards/etablissement-college";
import { listConventionsToSign } from "@/lib/dashboards/etablissement-to-sign";
import { getCollegeCampaigns } from "@/lib/dashboards/etablissement-campaigns";
import { getCollegeProjects } from "@/lib/dashboards/etablissement-projects";
import {
  getCollegeConvention,
  getCollegeEquipmentConvention,
} from "@/lib/dashboards/etablissement-convention";

/*
 * The collège's dashboard (/e/[uai]): what waits for its members, its convention and what it
 * commits each party to, its inventory against the référentiel and its collectivité's average,
 * its allocations. Every figure comes from an SQL aggregate or a lib function the list pages use;
 * every query is scoped by the context (a collège sees only itself).
 */

/**
 * The collège's equipment per category and status, its ETIC indicators beside its collectivité's
 * average (weighted by pupils) and the national references, and its gaps to the référentiel.
 */
export async function getCollegeInventory(ctx: AccessContext, now = new Date()) {
  const college = collegeOf(ctx);
  assertCan(ctx, "inventory.read");
  const [summary, indicators, gaps, demo] = await Promise.all([
    getEtablissementInventorySummary(ctx, college.id),
    orNull(getEtablissementIndicators(ctx, college.uai, now)),
    orNull(getEtablissementGaps(ctx, college.uai, now)),
    hasDemoInventory(ctx),
  ]);
  return { summary, indicators, gaps, demo };
}

export type CollegeInventory = Awaited<ReturnType<typeof getCollegeInventory>>;

/**
 * The collège's allocations of the exercice in the URL (by default the current one, or the latest
 * with allocations, as on its dotations page) and the exercices to choose from.
 */
export async function getCollegeAllocations(
  ctx: AccessContext,
  query: EtablissementDashboardQuery,
  now = new Date(),
) {
  collegeOf(ctx);
  const resolved = await resolveDotationsQuery(ctx, { exercice: query.exercice }, now);
  const { figures, items } = await getEtablissementAllocations(ctx, resolved.query);
  return {
    exercice: resolved.query.exercice,
    exercices: resolved.exercices,
    figures,
    count: items.length,
  };
}

export type CollegeAllocations = Awaited<ReturnType<typeof getCollegeAllocations>>;

/**
 * Everything the collège's dashboard shows, each part only for members allowed to read it; a
 * handful of queries run together.
 */
export async function getEtablissementDashboard(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
) {
  collegeOf(ctx);
  const query = etablissementDashboardQuerySchema.parse(input ?? {});
  const [toSign, campaigns, convention, equipmentConvention, inventory, allocations, projects] =
    await Promise.all([
      listConventionsToSign(ctx),
      can(ctx, "campaign.read") ? getCollegeCampaigns(ctx, now) : null,
      can(ctx, "convention.read") ? getCollegeConvention(ctx, now) : null,
      can(ctx, "convention.read") ? getCollegeEquipmentConvention(ctx, now) : null,
      can(ctx, "inventory.read") ? getCollegeInventory(ctx, now) : null,
      can(ctx, "allocation.read") ? getCollegeAllocations(ctx, query, now) : null,
      can(ctx, "call.read") ? getCollegeProjects(ctx, now) : null,
    ]);
  return {
    query,
    toSign,
    campaigns,
    convention,
    equipmentConvention,
    inventory,
    allocations,
    projects,
  };
}

export type EtablissementDashboard = Awaited<ReturnType<typeof getEtablissementDashboard>>;
