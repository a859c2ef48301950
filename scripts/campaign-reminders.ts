import { disconnectDb } from "@/lib/db/client";
import { unsafeSendDeadlineReminders } from "@/lib/campaigns/deadline-reminders";
import { plural } from "@/lib/format";

// `npm run campagnes:relances`, once a day from the platform's cron: reminders 7 days and 1 day
// before each open campaign's deadline. Exit 0 when done (even with nothing to send), 1 on failure.
async function main() {
  const reports = await unsafeSendDeadlineReminders();
  if (reports.length === 0)
    console.log("Aucune campagne n'arrive à J-7 ou J-1 de sa date limite aujourd'hui.");
  for (const r of reports) {
    console.log(
      r.mails === null
        ? `« ${r.title} » : rien envoyé (${r.reason})`
        : `« ${r.title} » : ${plural(r.mails, "courriel")} de relance`,
    );
  }
}

main()
  .catch((error: unknown) => {
    console.error(
      `Relances impossibles : ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
