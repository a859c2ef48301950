import { db } from "@/lib/db/client";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
  EquipmentStatus,
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
/** A third public collège and a private one in 35, beside the shared fixture. */
export const MORE = { ormeaux35: "0350033W", prive35: "0352894F" } as const;
export const users: Record<string, string> = {};
export const college: Record<string, rows.College> = {};
export const ids = { open35: "", open14: "", c1: "", c3: "" };
export const EUR = 100n;

export const as = accessAs(users);

export const collectiviteId = rows.collectiviteIdOf;

/** Serialises a dashboard (bigints included) to look for another tenant's names in it. */
export const text = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

export const equipment = (
  uai: string,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
  status?: EquipmentStatus,
) => rows.insertEquipment(college[uai]!, category, count, acquiredOn, status);

export let conventionCount = 0;
/** A convention written directly in the state a test needs, with its version's steps. */
export async function convention(
  code: string,
  spec: {
    uai?: string;
    kind?: ConventionKind;
    status: ConventionStatus;
    endsOn?: string;
    steps?: rows.Steps;
  },
) {
  conventionCount += 1;
  const owner = spec.uai
    ? college[spec.uai]!
    : {
        id: null,
        collectiviteId: await collectiviteId(code),
        academieCode: code === "14" ? "70" : "14",
      };
  const reference = `CT-${code}-${conventionCount}`;
  const title = `Convention ${code} n° ${conventionCount}`;
  return (await rows.insertConvention({ ...spec, owner, reference, title })).id;
}

export async function campaign(
  code: string,
  title: string,
  status: CampaignStatus,
  envelopeEuros: bigint,
) {
  return rows.insertCampaign({
    collectiviteId: await collectiviteId(code),
    title,
    status,
    exercice: 2027,
    opensOn: new Date("2026-03-01"),
    closesOn: new Date("2026-04-30"),
    envelopeCents: envelopeEuros * EUR,
  });
}

export const need = (
  campaignId: string,
  uai: string,
  quantity: number,
  opinion: "FAVORABLE" | null = null,
) => rows.insertNeed({ campaignId, etablissementId: college[uai]!.id, quantity, opinion });

export async function budgetLine(
  code: string,
  exercice: number,
  section: "INVESTISSEMENT" | "FONCTIONNEMENT",
  bp: bigint,
  engaged: bigint,
  mandated: bigint,
) {
  await db.budgetLine.create({
    data: {
      collectiviteId: await collectiviteId(code),
      exercice,
      section,
      chapitre: section === "INVESTISSEMENT" ? "21" : "011",
      fonction: "221",
      nature: section === "INVESTISSEMENT" ? "21831" : "6156",
      label: `Ligne ${code} ${exercice}`,
      category: section === "INVESTISSEMENT" ? "EQUIPEMENT" : "MAINTENANCE",
      funding: "COLLECTIVITE",
      bpCents: bp * EUR,
      engagedCents: engaged * EUR,
      mandatedCents: mandated * EUR,
    },
  });
}

/** What every test file of this story starts from (the former beforeAll). */
export async function seedDashboardCollectivite(): Promise<void> {
  await seedReferentialsAndColleges([...Object.values(UAI), ...Object.values(MORE)]);
  await rows.loadColleges(college);
  await resetEffectifs(
    [
      [UAI.gayeulles, 2025, 400],
      [UAI.rennes35b, 2025, 600],
      [MORE.ormeaux35, 2025, 500],
      [UAI.calvados14, 2025, 300],
      // An earlier rentrée for two of 35's collèges (not Les Ormeaux), and another for Calvados.
      [UAI.gayeulles, 2023, 350],
      [UAI.rennes35b, 2023, 520],
      [UAI.calvados14, 2020, 280],
    ],
    NOW,
  );
  await createUsers(users, people("agent35", "elu35", "sign35", "agent14", "drane14"));

  // Ages on 15 March 2026, in whole years.
  await equipment(UAI.gayeulles, "PORTABLE", 10, "2025-06-01"); // 0
  await equipment(UAI.gayeulles, "POSTE_FIXE", 5, "2019-01-10"); // 7
  await equipment(UAI.gayeulles, "ENI", 2, "2022-09-01"); // 3
  await equipment(UAI.gayeulles, "BORNE_WIFI", 1, null); // unknown
  await equipment(UAI.gayeulles, "PORTABLE", 3, "2018-01-01", "EN_PANNE"); // not in service
  await equipment(UAI.gayeulles, "TABLETTE", 2, "2017-01-01", "REFORME"); // not in service
  await equipment(UAI.rennes35b, "TABLETTE", 20, "2021-03-16"); // 4, a day short of 5
  await equipment(UAI.rennes35b, "TABLETTE", 6, "2021-03-15"); // 5 exactly
  await equipment(UAI.rennes35b, "VIDEOPROJECTEUR", 4, "2015-05-01"); // 10
  await equipment(UAI.rennes35b, "SERVEUR", 1, "2020-03-15"); // 6
  await equipment(UAI.rennes35b, "COMMUTATEUR", 2, "2024-03-16"); // 1
  await equipment(UAI.rennes35b, "CLASSE_MOBILE", 1, "2025-03-15"); // 1 exactly
  await equipment(UAI.calvados14, "PORTABLE", 77, "2024-01-10");

  ids.c1 = await convention("35", {
    uai: UAI.gayeulles,
    status: "EN_VIGUEUR",
    endsOn: "2026-05-01",
  }); // expiring within 90 days
  await convention("35", { uai: UAI.rennes35b, status: "EN_VIGUEUR", endsOn: "2028-08-31" });
  ids.c3 = await convention("35", {
    uai: MORE.ormeaux35,
    status: "EN_SIGNATURE",
    steps: [
      [1, "EPLE", "SIGNEE"],
      [2, "ETAT", "SIGNEE"],
      [3, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });
  await convention("35", {
    uai: UAI.gayeulles,
    kind: "AVENANT",
    status: "EN_SIGNATURE",
    steps: rows.awaitingInOrder("EPLE", "COLLECTIVITE"),
  });
  await convention("35", { uai: UAI.rennes35b, status: "EN_VIGUEUR", endsOn: "2025-08-31" }); // expired
  await convention("35", {
    uai: MORE.ormeaux35,
    status: "BROUILLON",
    steps: [[1, "EPLE", "REFUSEE"]],
  });
  await convention("35", { kind: "CADRE", status: "BROUILLON" });
  await convention("35", { uai: UAI.gayeulles, status: "RESILIEE" });
  await convention("35", {
    uai: UAI.rennes35b,
    kind: "AVENANT",
    status: "EN_VIGUEUR",
    endsOn: "2026-04-01",
  }); // an avenant is not counted in force
  await convention("14", { uai: UAI.calvados14, status: "EN_VIGUEUR", endsOn: "2026-04-10" });
  await convention("14", {
    uai: UAI.calvados14,
    status: "EN_SIGNATURE",
    steps: [
      [1, "ETAT", "SIGNEE"],
      [2, "COLLECTIVITE", "EN_ATTENTE"],
    ],
  });

  ids.open35 = await campaign("35", "Campagne 2027", "OUVERTE", 100_000n);
  await need(ids.open35, UAI.gayeulles, 4);
  await need(ids.open35, UAI.gayeulles, 2);
  await need(ids.open35, UAI.rennes35b, 10, "FAVORABLE");
  await campaign("35", "Campagne arbitrée", "ARBITREE", 50_000n);
  await campaign("35", "Campagne en préparation", "BROUILLON", 20_000n);
  ids.open14 = await campaign("14", "Campagne Calvados", "OUVERTE", 77_000n);
  await need(ids.open14, UAI.calvados14, 7);

  await budgetLine("35", 2026, "INVESTISSEMENT", 60_000n, 45_000n, 25_000n);
  await budgetLine("35", 2026, "FONCTIONNEMENT", 30_000n, 30_000n, 30_000n);
  await budgetLine("35", 2025, "INVESTISSEMENT", 50_000n, 45_000n, 45_000n);
  await budgetLine("14", 2026, "INVESTISSEMENT", 999_999n, 0n, 0n);
}
