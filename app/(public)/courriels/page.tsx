import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readOutboxForPage } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = {
  title: "Boîte d'envoi de démonstration",
  referrer: "no-referrer",
};

export default async function CourrielsPage() {
  const view = await readOutboxForPage();
  if (!view) notFound();
  return (
    <main id="contenu" className="mx-auto w-full max-w-4xl flex-1 px-4 py-10">
      <h1>Boîte d&apos;envoi de démonstration</h1>
      <p className="mt-2 text-slate-700">
        Aucun courriel ne part réellement de cette installation : ceux que Tripartite enverrait sont
        conservés ici (les 50 derniers). Chacun n&apos;est lisible que par son destinataire, une
        fois connecté, et par l&apos;administrateur de la plateforme.
      </p>
      {view.viewer === "anonymous" ? (
        <p className="mt-6">
          <Link href="/connexion?callbackUrl=%2Fcourriels">Connectez-vous</Link> pour lire les
          courriels qui vous sont adressés. Une invitation reçue par quelqu&apos;un qui n&apos;a pas
          encore de compte se lit avec le compte de l&apos;administrateur de la plateforme.
        </p>
      ) : view.mails.length === 0 ? (
        <p className="mt-6">
          {view.viewer === "recipient"
            ? `Aucun courriel adressé à ${view.email} pour l'instant.`
            : "Aucun courriel pour l'instant."}
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-700">
            {view.viewer === "recipient"
              ? `Courriels adressés à ${view.email}.`
              : "Tous les courriels (vous administrez la plateforme)."}
          </p>
          <ul className="mt-4 space-y-4">
            {view.mails.map((mail) => (
              <li key={mail.id}>
                <article
                  aria-labelledby={`mail-${mail.id}`}
                  className="rounded-lg border border-slate-200 bg-white p-4"
                >
                  <h2 id={`mail-${mail.id}`} className="text-base font-semibold">
                    {mail.subject}
                  </h2>
                  <p className="text-sm text-slate-700">
                    À {mail.to} · {formatDateTime(mail.createdAt)}
                    {mail.sentAt ? " · envoyé par SMTP" : ""}
                    {mail.error ? ` · échec d'envoi : ${mail.error}` : ""}
                  </p>
                  {mail.icsMethod ? (
                    <p className="mt-1 text-sm text-slate-700">
                      {mail.icsMethod === "CANCEL"
                        ? "Pièce jointe : annulation de l'événement pour votre agenda (invitation.ics)."
                        : "Pièce jointe : invitation pour votre agenda (invitation.ics)."}
                    </p>
                  ) : null}
                  <p className="mt-3 whitespace-pre-wrap text-sm">
                    {mail.text.split(/(https?:\/\/\S+)/).map((part, index) =>
                      /^https?:\/\//.test(part) ? (
                        <a key={index} href={part}>
                          {part}
                        </a>
                      ) : (
                        part
                      ),
                    )}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
