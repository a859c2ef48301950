import "server-only";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { todayInParis } from "@/lib/dates";
import { unsafeRemindCampaign } from "@/lib/campaigns/open-campaign";

/** Days before the deadline when the collèges that submitted nothing are reminded. */
export const DEADLINE_REMINDER_DAYS = [7, 1] as const;

const SCHEDULER = { id: null, label: "relance automatique avant la date limite" };
const DAY_MS = 86_400_000;

export interface DeadlineReminderReport {
  campaignId: string;
  title: string;
  /** null: nothing sent, with the reason. */
  mails: number | null;
  reason?: string;
}

/**
 * The scheduled deadline reminders (`npm run campagnes:relances`, once a day from the platform's
 * cron): every open campaign whose deadline is 7 days or 1 day away reminds the chefs of the
 * collèges that have submitted nothing yet. A campaign already reminded that day, or with nobody
 * left to remind, is skipped. Bypasses the access context: a job, not a person.
 */
export async function unsafeSendDeadlineReminders(
  now = new Date(),
): Promise<DeadlineReminderReport[]> {
  const today = todayInParis(now);
  const deadlines = DEADLINE_REMINDER_DAYS.map((days) => new Date(today.getTime() + days * DAY_MS));
  const campaigns = await db.needsCampaign.findMany({
    where: { status: "OUVERTE", closesOn: { in: deadlines }, opensOn: { lte: today } },
    select: { id: true, title: true, collectiviteId: true },
    orderBy: { closesOn: "asc" },
  });
  const reports: DeadlineReminderReport[] = [];
  for (const campaign of campaigns) {
    try {
      const { mails } = await unsafeRemindCampaign({
        collectiviteId: campaign.collectiviteId,
        campaignId: campaign.id,
        actor: SCHEDULER,
        now,
      });
      reports.push({ campaignId: campaign.id, title: campaign.title, mails });
    } catch (error) {
      if (!isAppError(error) || error.code !== "CONFLICT") throw error;
      reports.push({
        campaignId: campaign.id,
        title: campaign.title,
        mails: null,
        reason: error.message,
      });
    }
  }
  return reports;
}
