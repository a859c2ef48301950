import { db } from "@/lib/db/client";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { storyUpTo } from "../support/story";
import { accessAs, C35, A14, E } from "../support/access";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { openCampaign, remindCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed, updateNeed, withdrawNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";

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

// The story's writes, one function a step, in the order of `story`: the test that tells a step
// calls it and checks what it returns and wrote; a later file replays the steps it starts after.

const agent = () => as("agent35", C35);
const chefG = () => as("chefG", E(UAI.gayeulles));

export const story = {
  /** The agent drafts the campaign (15 000 €), then edits it: 20 000 €, on the budget line. */
  async draft() {
    ids.campaign = (await createCampaign(await agent(), { ...fields, envelope: "15 000" })).id;
    return updateCampaign(await agent(), {
      campaignId: ids.campaign,
      ...fields,
      budgetLineId: ids.line,
    });
  },
  /** Opened on 1 March: the chefs of the open public collèges are mailed. */
  open: async () => openCampaign(await agent(), { campaignId: ids.campaign }, OPENING),
  /**
   * Les Gayeulles submits 20 portables then corrects them to 16, and 3 ENI; its gestionnaire
   * submits a VPI need the chef withdraws.
   */
  async submit() {
    ids.portables = (
      await submitNeed(
        await chefG(),
        { campaignId: ids.campaign, ...portables, quantity: "20" },
        DURING,
      )
    ).id;
    ids.ecrans = (
      await submitNeed(await chefG(), { campaignId: ids.campaign, ...ecrans }, DURING)
    ).id;
    const withdrawn = (
      await submitNeed(
        await as("gestG", E(UAI.gayeulles)),
        { campaignId: ids.campaign, ...ecrans, category: "VIDEOPROJECTEUR" },
        DURING,
      )
    ).id;
    await withdrawNeed(await chefG(), { needId: withdrawn }, DURING);
    const update = await updateNeed(await chefG(), { needId: ids.portables, ...portables }, DURING);
    return { withdrawn, update };
  },
  /** The collèges that submitted nothing are reminded. */
  remind: async () => remindCampaign(await agent(), { campaignId: ids.campaign }, DURING),
  /** The DRANE: reserved then favourable on the portables, favourable on the screens. */
  async opinions() {
    const drane = await as("drane14", A14);
    await giveOpinion(
      drane,
      { needId: ids.portables, opinion: "RESERVE", comment: "À articuler avec le plan du CDI." },
      DURING,
    );
    await giveOpinion(
      drane,
      { needId: ids.portables, opinion: "FAVORABLE", comment: "Projet cohérent." },
      DURING,
    );
    await giveOpinion(drane, { needId: ids.ecrans, opinion: "FAVORABLE" }, DURING);
  },
  acceptPortables: async () =>
    decideNeed(await agent(), { needId: ids.portables, decision: "ACCEPTE" }, AFTER),
  /** One screen of the three, within the envelope. */
  acceptOneScreen: async () =>
    decideNeed(
      await agent(),
      {
        needId: ids.ecrans,
        decision: "PARTIEL",
        acceptedQuantity: "1",
        reason: "Enveloppe : un écran cette année.",
      },
      AFTER,
    ),
  closeArbitration: async () =>
    closeArbitration(await agent(), { campaignId: ids.campaign }, AFTER),
};

/** Where a later file of the story starts: seeded, then the story replayed up to `last`. */
export const seedCampaignsUpTo = (last: keyof typeof story) =>
  storyUpTo(seedCampaigns, story, last);

/** The portables need, as a user of a collège submits it to the story's campaign during the period. */
export const submitPortables = async (user: string, uai: string) =>
  submitNeed(await as(user, E(uai)), { campaignId: ids.campaign, ...portables }, DURING);
