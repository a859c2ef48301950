import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readOutboxForPage } from "@/lib/mail/outbox";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Boîte d'envoi de démonstration" };

export default async function CourrielsPage() {
  const mails = await readOutboxForPage();
  if (!mails) notFound();
  return (
    <main id="contenu" className="mx-auto w-full max-w-4xl flex-1 px-4 py-10">
      <h1>Boîte d&apos;envoi de démonstration</h1>
      <p className="mt-2 text-slate-700">
        Aucun serveur SMTP n&apos;est configuré : les courriels que Tripartite enverrait sont conservés ici (les 50 derniers).
        Cette page n&apos;existe pas en production.
      </p>
      {mails.length === 0 ? (
        <p className="mt-6">Aucun courriel pour l&apos;instant.</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {mails.map((mail) => (
            <li key={mail.id}>
              <article aria-labelledby={`mail-${mail.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 id={`mail-${mail.id}`} className="text-base font-semibold">{mail.subject}</h2>
                <p className="text-sm text-slate-700">
                  À {mail.to} · {formatDateTime(mail.createdAt)}
                  {mail.sentAt ? " · envoyé par SMTP" : ""}
                  {mail.error ? ` · échec d'envoi : ${mail.error}` : ""}
                </p>
                <p className="mt-3 whitespace-pre-wrap text-sm">
                  {mail.text.split(/(https?:\/\/\S+)/).map((part, index) =>
                    /^https?:\/\//.test(part) ? <a key={index} href={part}>{part}</a> : part,
                  )}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
