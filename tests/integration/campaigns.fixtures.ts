import { db } from "@/lib/db/client";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { accessAs } from "../support/access";

export const users: Record<string, string> = {};

export const as = accessAs(users);

// Calendar of the story: drafted and opened on 1 March, submissions 2–31 March, arbitration in April.
export const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
export const OPENING = at("2026-03-01");
export const DURING = at("2026-03-10");
export const AFTER = at("2026-04-02");
export const LATER = at("2026-04-20");

export const fields = {
  title: "Campagne d'équipement 2027",
  exercice: "2027",
  opensOn: "2026-03-02",
  closesOn: "2026-03-31",
  envelope: "20 000,00",
  categories: ["PORTABLE", "ENI", "VIDEOPROJECTEUR"],
  description: "Besoins des collèges pour l'exercice 2027.",
};
export const portables = {
  category: "PORTABLE",
  quantity: "16",
  justification: "Renouveler la classe mobile du CDI, postes de 2018.",
  projetEtablissement: "Axe 2 : autonomie des élèves",
  priority: "1",
};
export const ecrans = {
  category: "ENI",
  quantity: "3",
  justification: "Salles de sciences sans affichage interactif.",
  projetEtablissement: "Axe 1 : réussite en sciences",
  priority: "2",
};

export const ids = { campaign: "", portables: "", ecrans: "", line: "" };

export const needSnapshot = async (id: string) =>
  JSON.stringify(await db.needRequest.findUnique({ where: { id } }), (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );
export const campaignSnapshot = async (id: string) =>
  JSON.stringify(await db.needsCampaign.findUnique({ where: { id } }), (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );

/** What every test file of this story starts from (the former beforeAll). */
export async function seedCampaigns(): Promise<void> {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "elu35", "agent14", "drane14", "lecteur14", "drane70", "chefG"),
    gestG: ["gest.gayeulles@test.fr", "ETABLISSEMENT", "GESTIONNAIRE", UAI.gayeulles],
    chefR: ["chef.vautier@test.fr", "ETABLISSEMENT", "CHEF", UAI.rennes35b],
    ...people("chefB"),
  });
  const c35 = await db.collectivite.findUniqueOrThrow({
    where: { code: "35" },
    select: { id: true },
  });
  ids.line = (
    await db.budgetLine.create({
      data: {
        collectiviteId: c35.id,
        exercice: 2027,
        section: "INVESTISSEMENT",
        chapitre: "21",
        fonction: "221",
        nature: "21831",
        label: "Matériel informatique des collèges",
        category: "EQUIPEMENT",
        funding: "COLLECTIVITE",
        bpCents: 4_000_000n,
        dmCents: 500_000n,
      },
      select: { id: true },
    })
  ).id;
}
