import { db, disconnectDb } from "@/lib/db/client";
import { unsafeCloseResolvedIncidents } from "@/lib/assistance/close-resolved";
import { plural } from "@/lib/format";

// `npm run incidents:cloture`, once a day from the platform's cron: closes the incidents resolved
// longer ago than their convention's delay that the collège neither confirmed nor reopened.
async function main() {
  const closed = await unsafeCloseResolvedIncidents(db);
  console.log(
    closed === 0
      ? "Aucun incident à clore aujourd'hui."
      : `${plural(closed, "incident")} clos automatiquement.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(`Clôture impossible : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
