import { db, disconnectDb } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { plural } from "@/lib/format";

// `npm run audit:verify`: exit 0 when the chain is whole, 1 when a link is broken or the check failed.
async function main() {
  const verdict = await unsafeVerifyAuditChain(db);
  if (verdict.ok) {
    console.log(`Journal d'audit intègre : ${plural(verdict.count, "événement")}`);
    return;
  }
  console.error(
    `Journal d'audit altéré : premier maillon rompu à l'événement n° ${verdict.brokenAt} (${verdict.reason})`,
  );
  process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(
      `Vérification du journal d'audit impossible : ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
