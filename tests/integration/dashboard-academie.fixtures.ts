import { db } from "@/lib/db/client";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
} from "@/lib/generated/prisma/enums";
import {
  seedReferentialsAndColleges,
  UAI,
  resetEffectifs,
  createUsers,
  people,
} from "../support/fixtures";
import { accessAs } from "../support/access";
import * as rows from "../support/rows";

export const NOW = new Date("2026-03-15T10:00:00Z");
/** Beside the shared fixture: a third public collège and a private one in 35, one in 29, another in Calvados (Normandie). */
export const MORE = {
  ormeaux35: "0350033W",
  prive35: "0352894F",
  mescoat29: "0290045S",
  douvres14: "0140049C",
} as const;
export const users: Record<string, string> = {};
export const college: Record<string, rows.College> = {};
export const campaigns: Record<string, string> = {};
export const EXPORT = "http://test/a/14/tableau-de-bord/export";

export const as = accessAs(users);

export const collectiviteId = rows.collectiviteIdOf;

export let conventionCount = 0;
/** A convention written directly in the state a test needs, with its latest version's steps. */
export async function convention(spec: {
  uai?: string;
  collectivite?: string;
  kind?: ConventionKind;
  status: ConventionStatus;
  endsOn?: string;
  steps?: rows.Steps;
}) {
  conventionCount += 1;
  const owner = spec.uai
    ? college[spec.uai]!
    : { id: null, collectiviteId: await collectiviteId(spec.collectivite!), academieCode: "14" };
  const reference = `CT-TEST-${conventionCount}`;
  const title = `Convention ${conventionCount}`;
  return (await rows.insertConvention({ ...spec, owner, reference, title })).id;
}

export async function campaign(collectivite: string, title: string, status: CampaignStatus) {
  return rows.insertCampaign({
    collectiviteId: await collectiviteId(collectivite),
    title,
    status,
    exercice: 2027,
    opensOn: new Date("2026-03-01"),
    closesOn: new Date("2026-04-30"),
    envelopeCents: 10_000_000n,
  });
}

export const need = (campaignId: string, uai: string, opinion: "FAVORABLE" | null = null) =>
  rows.insertNeed({ campaignId, etablissementId: college[uai]!.id, quantity: 4, opinion });

export const equipment = (
  uai: string,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
) => rows.insertEquipment(college[uai]!, category, count, acquiredOn);

/** What every test file of this story starts from (the former beforeAll). */
export async function seedDashboardAcademie(): Promise<void> {
  await seedReferentialsAndColleges([...Object.values(UAI), ...Object.values(MORE)]);
  await rows.loadColleges(college);
  await resetEffectifs(
    [
      [UAI.gayeulles, 2025, 400],
      [UAI.rennes35b, 2025, 600],
      [MORE.ormeaux35, 2025, 500],
      [UAI.bourbriac22, 2025, 300],
      [UAI.calvados14, 2025, 300],
      // An earlier rentrée for one collège of 35 and the one of 22, and another for Calvados (Normandie).
      [UAI.gayeulles, 2022, 360],
      [UAI.bourbriac22, 2022, 280],
      [UAI.calvados14, 2021, 310],
    ],
    NOW,
  );
  await createUsers(
    users,
    people("drane14", "recteur14", "lecteur14", "drane70", "agent35", "chefG"),
  );

  // Equipment in service (two old laptops, one undated), plus out-of-service ones that never count.
  await equipment(UAI.gayeulles, "PORTABLE", 120, "2024-09-01");
  await equipment(UAI.gayeulles, "PORTABLE", 30, "2019-09-01");
  await equipment(UAI.gayeulles, "TNI_TBI", 6, "2022-01-10");
  await equipment(UAI.rennes35b, "TABLETTE", 90, null);
  await equipment(UAI.rennes35b, "VPI", 4, "2018-05-01");
  await equipment(UAI.bourbriac22, "POSTE_FIXE", 60, "2017-03-01");
  await equipment(MORE.mescoat29, "PORTABLE", 40, "2023-03-01");
  await equipment(UAI.calvados14, "PORTABLE", 999, "2025-01-01");
  await db.equipment.create({
    data: {
      collectiviteId: college[UAI.gayeulles]!.collectiviteId,
      etablissementId: college[UAI.gayeulles]!.id,
      category: "PORTABLE",
      status: "REFORME",
    },
  });

  // Conventions: in force (35), awaiting the académie in order (35) and in parallel (22), waiting for the collège first (35),
  // expired then a new draft (29), a cadre awaiting the académie, and Calvados's, in another académie.
  await convention({ uai: UAI.gayeulles, status: "EN_VIGUEUR", endsOn: "2028-08-31" });
  await convention({
    uai: UAI.rennes35b,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "SIGNEE"],
      [2, "ETAT", "EN_ATTENTE"],
      [3, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention({
    uai: MORE.ormeaux35,
    status: "EN_SIGNATURE",
    steps: rows.awaitingInOrder("EPLE", "ETAT", "COLLECTIVITE"),
  });
  await convention({
    uai: UAI.bourbriac22,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "EN_ATTENTE"],
      [1, "ETAT", "EN_ATTENTE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention({ uai: MORE.mescoat29, status: "EN_VIGUEUR", endsOn: "2025-08-31" });
  await convention({ uai: MORE.mescoat29, status: "BROUILLON" });
  await convention({
    collectivite: "35",
    kind: "CADRE",
    status: "EN_SIGNATURE",
    steps: rows.awaitingInOrder("ETAT", "COLLECTIVITE"),
  });
  await convention({
    uai: UAI.calvados14,
    status: "EN_SIGNATURE",
    steps: rows.awaitingInOrder("ETAT", "COLLECTIVITE"),
  });

  // Campaigns: open in 35 and 22 (opinions pending), arbitrated and draft in 35 (never counted), open in Calvados (another académie).
  campaigns.open35 = await campaign("35", "Campagne 35", "OUVERTE");
  await need(campaigns.open35, UAI.gayeulles, "FAVORABLE");
  await need(campaigns.open35, UAI.gayeulles);
  await need(campaigns.open35, UAI.rennes35b);
  await need(campaigns.open35, MORE.ormeaux35);
  campaigns.open22 = await campaign("22", "Campagne 22", "OUVERTE");
  await need(campaigns.open22, UAI.bourbriac22);
  campaigns.arbitrated35 = await campaign("35", "Campagne 35 arbitrée", "ARBITREE");
  await need(campaigns.arbitrated35, UAI.gayeulles);
  campaigns.draft35 = await campaign("35", "Campagne 35 en préparation", "BROUILLON");
  campaigns.open14 = await campaign("14", "Campagne Calvados", "OUVERTE");
  await need(campaigns.open14, UAI.calvados14);
}
