import { disconnectDb } from "@/lib/db/client";
import { unsafeSendCallReminders } from "@/lib/calls/reminders";
import { plural } from "@/lib/format";

// `npm run appels:relances`, once a day from the platform's cron: the eligible collèges without a
// dossier 7 days and 1 day before an open call's deadline, and the collèges whose project report
// falls due in 14 days or is 7 days late. Exit 0 when done (even with nothing to send), 1 on failure.
async function main() {
  const reports = await unsafeSendCallReminders();
  if (reports.length === 0) console.log("Aucune relance d'appel à projets à envoyer aujourd'hui.");
  for (const r of reports)
    console.log(
      r.mails === null
        ? `« ${r.text} » : rien envoyé (${r.reason})`
        : `« ${r.text} » : ${plural(r.mails, "courriel")} de relance`,
    );
}

main()
  .catch((error: unknown) => {
    console.error(
      `Relances impossibles : ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
