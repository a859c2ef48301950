import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCampaign } from "@/lib/campaigns/save-campaign";
import { openCampaign } from "@/lib/campaigns/open-campaign";
import { submitNeed } from "@/lib/campaigns/submit-need";
import { unsafeSendDeadlineReminders } from "@/lib/campaigns/deadline-reminders";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { accessAs, C35, C22 } from "../support/access";

const users: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

const as = accessAs(users);

const campaign = (title: string, closesOn: string) => ({
  title,
  exercice: "2026",
  opensOn: "2026-03-01",
  closesOn,
  envelope: "50 000",
  categories: ["TABLETTE", "ENI"],
  description: "",
});
const reminders = (to: string) =>
  db.outboxEmail.count({ where: { to, subject: { startsWith: "Rappel : campagne de besoins" } } });

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "agent22", "chefG"),
    chefR: ["chef.vautier@test.fr", "ETABLISSEMENT", "CHEF", UAI.rennes35b],
    ...people("chefB"),
  });
});

describe("scheduled deadline reminders", () => {
  it("remind, 7 days and 1 day before the deadline, only the collèges that submitted nothing, once a day", async () => {
    const opening = at("2026-03-02");
    const due = await createCampaign(
      await as("agent35", C35),
      campaign("Campagne 35", "2026-03-20"),
    );
    await openCampaign(await as("agent35", C35), { campaignId: due.id }, opening);
    const other = await createCampaign(
      await as("agent22", C22),
      campaign("Campagne 22", "2026-03-25"),
    );
    await openCampaign(await as("agent22", C22), { campaignId: other.id }, opening);
    await submitNeed(
      await as("chefG", { type: "ETABLISSEMENT", uai: UAI.gayeulles }),
      {
        campaignId: due.id,
        category: "TABLETTE",
        quantity: "4",
        justification: "Tablettes ULIS",
        projetEtablissement: "Axe 2",
        priority: "1",
      },
      at("2026-03-05"),
    );

    // 12 March: 35's deadline is 8 days away, 22's 13: nothing to send.
    expect(await unsafeSendDeadlineReminders(at("2026-03-12"))).toEqual([]);

    // 13 March (J-7 for 35): the chef of Clotilde Vautier is reminded, not the one who submitted.
    const sent = await unsafeSendDeadlineReminders(at("2026-03-13"));
    expect(sent).toEqual([{ campaignId: due.id, title: "Campagne 35", mails: 1 }]);
    expect(await reminders("chef.vautier@test.fr")).toBe(1);
    expect(await reminders("chef.gayeulles@test.fr")).toBe(0);
    expect(await reminders("chef.bourbriac@test.fr")).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "campaign.remind", entityId: due.id },
    });
    expect(event.actorLabel).toBe("relance automatique avant la date limite");

    // The cron running twice the same day sends nothing more.
    const again = await unsafeSendDeadlineReminders(at("2026-03-13"));
    expect(again[0]).toMatchObject({
      mails: null,
      reason: expect.stringMatching(/déjà été envoyée/),
    });
    expect(await reminders("chef.vautier@test.fr")).toBe(1);

    // 18 March: J-7 for 22's campaign; 19 March: J-1 for 35's.
    expect((await unsafeSendDeadlineReminders(at("2026-03-18")))[0]).toMatchObject({
      campaignId: other.id,
      mails: 1,
    });
    expect(await reminders("chef.bourbriac@test.fr")).toBe(1);
    expect((await unsafeSendDeadlineReminders(at("2026-03-19")))[0]).toMatchObject({
      campaignId: due.id,
      mails: 1,
    });
    expect(await reminders("chef.vautier@test.fr")).toBe(2);
  });
});
