import { db } from "@/lib/db/client";
import type {
  BudgetCategory,
  BudgetFunding,
  BudgetSection,
  CampaignStatus,
  NeedStatus,
} from "@/lib/generated/prisma/enums";
import {
  seedReferentialsAndColleges,
  UAI,
  createUsers,
  resetEffectifs,
  people,
} from "../support/fixtures";
import { accessAs } from "../support/access";
import * as rows from "../support/rows";

export const NOW = new Date("2026-03-15T10:00:00Z");
export const EUR = 100n;
export const users: Record<string, string> = {};
export const collectivite: Record<string, string> = {};
export const college: Record<string, string> = {};
export const ids = { ap35: "", ap14: "", l1: "", arbitrated: "", draft: "" };

export const as = accessAs(users);

export interface LineSpec {
  code: string;
  exercice: number;
  section: BudgetSection;
  chapitre: string;
  nature: string;
  category: BudgetCategory;
  funding: BudgetFunding;
  bp: bigint;
  dm?: bigint;
  engaged?: bigint;
  mandated?: bigint;
  autorisationId?: string;
}

export async function line(spec: LineSpec): Promise<string> {
  const row = await db.budgetLine.create({
    data: {
      collectiviteId: collectivite[spec.code]!,
      exercice: spec.exercice,
      section: spec.section,
      chapitre: spec.chapitre,
      fonction: "221",
      nature: spec.nature,
      label: `Ligne ${spec.nature} ${spec.exercice}`,
      category: spec.category,
      funding: spec.funding,
      bpCents: spec.bp * EUR,
      dmCents: (spec.dm ?? 0n) * EUR,
      engagedCents: (spec.engaged ?? 0n) * EUR,
      mandatedCents: (spec.mandated ?? 0n) * EUR,
      autorisationId: spec.autorisationId ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

export const campaign = (
  code: string,
  exercice: number,
  title: string,
  status: CampaignStatus,
  envelope: bigint,
  budgetLineId: string | null,
) =>
  rows.insertCampaign({
    collectiviteId: collectivite[code]!,
    title,
    status,
    exercice,
    opensOn: new Date(Date.UTC(exercice - 1, 9, 1)),
    closesOn: new Date(Date.UTC(exercice - 1, 10, 30)),
    envelopeCents: envelope * EUR,
    budgetLineId,
  });

export const need = (
  campaignId: string,
  uai: string,
  status: NeedStatus,
  accepted: bigint | null,
) =>
  rows.insertNeed({
    campaignId,
    etablissementId: college[uai]!,
    quantity: 10,
    status,
    acceptedCents: accepted === null ? null : accepted * EUR,
    acceptedQuantity: accepted === null ? null : 1,
  });

/** What every test file of this story starts from (the former beforeAll). */
export async function seedBudgetEluView(): Promise<void> {
  await seedReferentialsAndColleges();
  for (const code of ["35", "14"]) collectivite[code] = await rows.collectiviteIdOf(code);
  for (const e of await db.etablissement.findMany({ select: { id: true, uai: true } }))
    college[e.uai] = e.id;
  await resetEffectifs(
    [
      [UAI.gayeulles, 2025, 400],
      [UAI.rennes35b, 2025, 600],
      [UAI.calvados14, 2025, 300],
    ],
    NOW,
  );
  await createUsers(users, people("elu35", "sign35", "agent14", "drane14", "chefG"));

  // AP 35: 200 000 € with CP 50 000 (2025), 80 000 (2026), 70 000 (2027).
  ids.ap35 = (
    await db.autorisation.create({
      data: {
        collectiviteId: collectivite["35"]!,
        kind: "AP",
        numero: "AP 2025-01",
        label: "Plan collèges numériques",
        category: "EQUIPEMENT",
        votedOn: new Date("2025-01-20"),
        amountCents: 200_000n * EUR,
        state: "ENGAGEE",
        credits: {
          create: [
            { exercice: 2025, amountCents: 50_000n * EUR },
            { exercice: 2026, amountCents: 80_000n * EUR },
            { exercice: 2027, amountCents: 70_000n * EUR },
          ],
        },
      },
      select: { id: true },
    })
  ).id;
  ids.l1 = await line({
    code: "35",
    exercice: 2026,
    section: "INVESTISSEMENT",
    chapitre: "21",
    nature: "21831",
    category: "EQUIPEMENT",
    funding: "COLLECTIVITE",
    bp: 60_000n,
    dm: -1_000n,
    engaged: 45_000n,
    mandated: 25_000n,
    autorisationId: ids.ap35,
  });
  await line({
    code: "35",
    exercice: 2026,
    section: "INVESTISSEMENT",
    chapitre: "21",
    nature: "21838",
    category: "EQUIPEMENT",
    funding: "ETAT",
    bp: 20_000n,
    engaged: 20_000n,
    mandated: 10_000n,
    autorisationId: ids.ap35,
  });
  await line({
    code: "35",
    exercice: 2026,
    section: "FONCTIONNEMENT",
    chapitre: "011",
    nature: "6156",
    category: "MAINTENANCE",
    funding: "COLLECTIVITE",
    bp: 30_000n,
    dm: 2_000n,
    engaged: 30_000n,
    mandated: 30_000n,
  });
  await line({
    code: "35",
    exercice: 2026,
    section: "FONCTIONNEMENT",
    chapitre: "65",
    nature: "655111",
    category: "DOTATION",
    funding: "EUROPE",
    bp: 8_000n,
  });
  await line({
    code: "35",
    exercice: 2025,
    section: "INVESTISSEMENT",
    chapitre: "21",
    nature: "21831",
    category: "EQUIPEMENT",
    funding: "COLLECTIVITE",
    bp: 50_000n,
    engaged: 45_000n,
    mandated: 45_000n,
    autorisationId: ids.ap35,
  });

  // Allocations 2026: Gayeulles 45 451 € for 400 pupils, Rennes 30 000 € for 600.
  const allocation = (code: string, uai: string, exercice: number, euros: bigint) =>
    db.allocation.create({
      data: {
        collectiviteId: collectivite[code]!,
        etablissementId: college[uai]!,
        exercice,
        kind: "DOTATION_FONCTIONNEMENT",
        label: "Dotation",
        amountCents: euros * EUR,
      },
    });
  await allocation("35", UAI.gayeulles, 2026, 40_000n);
  await allocation("35", UAI.gayeulles, 2026, 5_451n);
  await allocation("35", UAI.rennes35b, 2026, 30_000n);
  await allocation("35", UAI.rennes35b, 2025, 1_000n);

  // Equipment acquired in 2026 with a purchase cost counts for its collège; not the day before, not without a cost.
  const equipment = (code: string, uai: string, acquiredOn: string, euros: number | null) =>
    db.equipment.create({
      data: {
        collectiviteId: collectivite[code]!,
        etablissementId: college[uai]!,
        category: "PORTABLE",
        acquiredOn: new Date(acquiredOn),
        purchaseCostCents: euros === null ? null : euros * 100,
      },
    });
  await equipment("35", UAI.gayeulles, "2026-01-01", 1_000);
  await equipment("35", UAI.gayeulles, "2026-12-31", 549);
  await equipment("35", UAI.gayeulles, "2026-06-01", null);
  await equipment("35", UAI.gayeulles, "2025-12-31", 700);
  await equipment("14", UAI.calvados14, "2026-05-01", 50_000);
  // Calvados allocated 3 000 € in 2025 without voting a line that year.
  await allocation("14", UAI.calvados14, 2025, 3_000n);

  // Campaigns 2026: one arbitrated on line l1 (12 000 € accepted, 3 000 € in part, one refused), one draft; one of 2025.
  ids.arbitrated = await campaign("35", 2026, "Campagne 2026", "ARBITREE", 50_000n, ids.l1);
  await need(ids.arbitrated, UAI.gayeulles, "ACCEPTE", 12_000n);
  await need(ids.arbitrated, UAI.rennes35b, "PARTIEL", 3_000n);
  await need(ids.arbitrated, UAI.rennes35b, "REFUSE", null);
  ids.draft = await campaign(
    "35",
    2026,
    "Campagne complémentaire 2026",
    "BROUILLON",
    10_000n,
    null,
  );
  await campaign("35", 2025, "Campagne 2025", "ARBITREE", 40_000n, null);

  // Calvados: a budget of its own, which 35 never sees (and the other way round).
  ids.ap14 = (
    await db.autorisation.create({
      data: {
        collectiviteId: collectivite["14"]!,
        kind: "AP",
        numero: "AP 14-01",
        label: "Plan Calvados",
        category: "EQUIPEMENT",
        votedOn: new Date("2026-01-10"),
        amountCents: 500_000n * EUR,
        credits: { create: [{ exercice: 2026, amountCents: 100_000n * EUR }] },
      },
      select: { id: true },
    })
  ).id;
  const l14 = await line({
    code: "14",
    exercice: 2026,
    section: "INVESTISSEMENT",
    chapitre: "204",
    nature: "204",
    category: "RESSOURCES",
    funding: "ETAT",
    bp: 999_999n,
    mandated: 0n,
    autorisationId: ids.ap14,
  });
  await allocation("14", UAI.calvados14, 2026, 9_000n);
  await campaign("14", 2026, "Campagne Calvados", "ARBITREE", 77_000n, l14);
}
