import Link from "next/link";
import { isOutboxReplacingMail } from "@/lib/mail/outbox";

/** On every page while the demo outbox stands in for real mail: nobody should wait for an e-mail. */
export function OutboxBanner() {
  if (!isOutboxReplacingMail()) return null;
  return (
    <div
      role="note"
      aria-label="Courriels de démonstration"
      className="border-b border-amber-700 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950 print:hidden"
    >
      Démonstration : aucun courriel ne part d&apos;ici ; invitations, signatures et relances
      restent dans la{" "}
      <Link href="/courriels" className="text-amber-950 underline">
        boîte d&apos;envoi
      </Link>
      , lisible par leur destinataire connecté.
    </div>
  );
}
