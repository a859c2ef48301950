import { disconnectDb } from "@/lib/db/client";
import { unsafeSendActionReminders } from "@/lib/governance/body-actions";
import { plural } from "@/lib/format";

// `npm run instances:relances`, once a day from the platform's cron: reminds each open action of
// a governance body due within 7 days, once. Exit 0 when done (even with nothing to send), 1 on failure.
async function main() {
  const reports = await unsafeSendActionReminders();
  if (reports.length === 0)
    console.log("Aucune action d'instance n'arrive à échéance sous 7 jours.");
  for (const r of reports) console.log(`« ${r.text} » : ${plural(r.mails, "courriel")} de relance`);
}

main()
  .catch((error: unknown) => {
    console.error(
      `Relances impossibles : ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
