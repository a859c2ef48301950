// The chained story of the campaigns.*.test.ts files, as steps: each file replays the steps it starts
// after (support/story.ts), the test that tells a step calls it and checks what it wrote.

import { UAI } from "../support/fixtures";
import { storyUpTo } from "../support/story";
import { C35, A14, E } from "../support/access";
import { createCampaign, updateCampaign } from "@/lib/campaigns/save-campaign";
import { closeArbitration } from "@/lib/campaigns/close-arbitration";
import { openCampaign, remindCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed, updateNeed, withdrawNeed } from "@/lib/campaigns/submit-need";
import { giveOpinion } from "@/lib/campaigns/give-opinion";
import { decideNeed } from "@/lib/campaigns/decide-need";
import {
  AFTER,
  DURING,
  OPENING,
  as,
  ecrans,
  fields,
  ids,
  portables,
  seedCampaigns,
} from "./campaigns.fixtures";

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
