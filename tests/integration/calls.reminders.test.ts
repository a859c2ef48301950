import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { agreeToPublish, createCall } from "@/lib/calls/write-call";
import { saveApplication, submitApplication } from "@/lib/calls/applications";
import { proposeDecision, scoreApplication } from "@/lib/calls/instruction";
import { deliverApplication, fileReport } from "@/lib/calls/follow-up";
import { remindCallColleges, unsafeSendCallReminders } from "@/lib/calls/reminders";
import { createUsers, people, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { A14, C22, C35, E, accessAs } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { callTerms, dossierInput } from "../support/calls";

// Appels à projets' reminders: the collectivité (or the daily schedule, 7 days and 1 day before
// the deadline) reminds the eligible collèges without a deposited dossier; a funded project's
// collège is reminded 14 days before each report falls due and 7 days after, until it files it.

const users: Record<string, string> = {};
const as = accessAs(users);
const G = E(UAI.gayeulles);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

const terms = callTerms({
  title: "Classes mobiles",
  joint: undefined,
  criteria: [
    { label: "Projet", weight: "60" },
    { label: "Formation", weight: "40" },
  ],
  envelope: "80 000",
  opensOn: "2027-03-01",
  closesOn: "2027-03-20",
  decisionOn: "2027-04-10",
  categories: ["CLASSE_MOBILE"],
});

const mails = (to: string, subject: string) =>
  db.outboxEmail.count({ where: { to, subject: { startsWith: subject } } });

let callId = "";

beforeAll(async () => {
  await seedReferentialsAndColleges();
  await createUsers(users, {
    ...people("agent35", "agent22", "drane14", "chefG", "chefB"),
    chefR: ["chef.vautier@test.fr", "ETABLISSEMENT", "CHEF", UAI.rennes35b],
  });
  callId = (await createCall(await as("agent35", C35), terms)).id;
  await agreeToPublish(await as("agent35", C35), { callId }, at("2027-02-20"));
  await saveApplication(
    await as("chefG", G),
    dossierInput(callId, { equipment: [{ category: "CLASSE_MOBILE", quantity: "2" }] }),
    at("2027-03-05"),
  );
  await submitApplication(await as("chefG", G), { callId }, at("2027-03-05"));
});

describe("reminding the eligible collèges without a dossier", () => {
  it("mails only the chefs of eligible collèges that have not deposited, once a day, by the collectivité", async () => {
    const subject = "Rappel : appel à projets";
    for (const [user, scope, code] of [
      ["drane14", A14, "FORBIDDEN"],
      ["chefG", G, "FORBIDDEN"],
      ["agent22", C22, "NOT_FOUND"],
    ] as const)
      expect(
        (
          await appErrorOf(async () =>
            remindCallColleges(await as(user, scope), { callId }, at("2027-03-10")),
          )
        ).code,
        user,
      ).toBe(code);
    expect(await db.outboxEmail.count()).toBe(0);
    expect(
      await remindCallColleges(await as("agent35", C35), { callId }, at("2027-03-10")),
    ).toEqual({ colleges: 1, mails: 1 });
    expect(await mails("chef.vautier@test.fr", subject)).toBe(1);
    expect(await mails("chef.gayeulles@test.fr", subject)).toBe(0);
    expect(await mails("chef.bourbriac@test.fr", subject)).toBe(0);
    await expect(
      remindCallColleges(await as("agent35", C35), { callId }, at("2027-03-10")),
    ).rejects.toThrow("Une relance a déjà été envoyée aujourd'hui pour cet appel.");
    // The schedule: nothing 8 days before, then J-7 and J-1.
    expect(await unsafeSendCallReminders(at("2027-03-12"))).toEqual([]);
    expect(await unsafeSendCallReminders(at("2027-03-13"))).toEqual([
      { text: "Classes mobiles", mails: 1 },
    ]);
    expect(await unsafeSendCallReminders(at("2027-03-19"))).toEqual([
      { text: "Classes mobiles", mails: 1 },
    ]);
    expect(await mails("chef.vautier@test.fr", subject)).toBe(3);
    // After the deadline nobody is reminded.
    await expect(
      remindCallColleges(await as("agent35", C35), { callId }, at("2027-03-21")),
    ).rejects.toThrow("On ne relance que pendant la période de candidature.");
  });
});

describe("reminding a funded project's reports", () => {
  it("mails the collège 14 days before a report is due and 7 days after, until it is filed", async () => {
    const agent = await as("agent35", C35);
    const dossier = await db.projectApplication.findFirstOrThrow({ where: { callId } });
    await scoreApplication(
      agent,
      { applicationId: dossier.id, points: ["50", "30"] },
      at("2027-03-25"),
    );
    await proposeDecision(
      agent,
      { applicationId: dossier.id, decision: "RETENU" },
      at("2027-04-10"),
    );
    await deliverApplication(
      agent,
      { applicationId: dossier.id, deliveredOn: "2027-05-03" },
      at("2027-05-03"),
    );
    const subject = "Bilan à 6 mois";
    // Decided 10 April 2027: the 6-month report is due on 10 October.
    expect(await unsafeSendCallReminders(at("2027-09-25"))).toEqual([]);
    expect(await unsafeSendCallReminders(at("2027-09-26"))).toEqual([
      { text: "Classes mobiles — bilan à 6 mois", mails: 1 },
    ]);
    // Run twice the same day: one mail.
    expect(await unsafeSendCallReminders(at("2027-09-26"))).toEqual([]);
    expect(await mails("chef.gayeulles@test.fr", subject)).toBe(1);
    expect(await unsafeSendCallReminders(at("2027-10-17"))).toHaveLength(1);
    expect(await mails("chef.gayeulles@test.fr", subject)).toBe(2);
    await fileReport(
      await as("chefG", G),
      {
        callId,
        milestone: "6",
        classesUsing: "4",
        pupilsReached: "100",
        equipmentInUsePct: "80",
        whatWorked: "Usages hebdomadaires.",
        difficulties: "Aucune.",
      },
      at("2027-10-18"),
    );
    // The 12-month report (due 10 April 2028) is reminded on 27 March.
    expect(await unsafeSendCallReminders(at("2028-03-27"))).toEqual([
      { text: "Classes mobiles — bilan à 12 mois", mails: 1 },
    ]);
    expect(await mails("chef.vautier@test.fr", "Bilan")).toBe(0);
  });
});
