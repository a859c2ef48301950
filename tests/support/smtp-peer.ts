import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

/**
 * A real SMTP server on loopback (nodemailer's `smtp-server`), for the journeys that send mail:
 * the product delivers to it over TCP as it would to the platform's relay, and each message is
 * parsed back with `mailparser`. Authentication is optional and STARTTLS is off, like a local relay.
 */
export async function startSmtpPeer() {
  const received: ParsedMail[] = [];
  const raw: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const message = Buffer.concat(chunks).toString("utf8");
        raw.push(message);
        simpleParser(message)
          .then((parsed) => {
            received.push(parsed);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP : pas d'adresse d'écoute.");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    raw,
    /** Forgets what was received so far. */
    clear() {
      received.length = 0;
      raw.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpPeer = Awaited<ReturnType<typeof startSmtpPeer>>;

/** The text/calendar part of a received mail (nodemailer's `icalEvent`), with its METHOD. */
export function calendarPart(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType === "text/calendar");
  if (!part) return null;
  // mailparser gives a structured header: { value: "text/calendar", params: { method, charset } }.
  const header = part.headers.get("content-type") as
    { params?: Record<string, string> } | undefined;
  return { method: header?.params?.method ?? null, ics: part.content.toString("utf8") };
}
