import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readOutboxForPage } from "@/lib/mail/outbox";
import { createUser } from "../support/fixtures";
import { signInAs } from "../support/session";

const users: Record<string, string> = {};
const previous = { outbox: process.env.MAIL_OUTBOX, smtp: process.env.SMTP_URL };
const TOKEN_LINK = "http://localhost:3000/invitation/secret-token-for-pending-invitation";

beforeAll(async () => {
  process.env.MAIL_OUTBOX = "1";
  delete process.env.SMTP_URL;
  users.admin = await createUser("platform@test.fr", [{ scopeType: "PLATFORM", role: "ADMIN" }]);
  users.alice = await createUser("alice@test.fr", []);
  users.bob = await createUser("bob@test.fr", []);
  await db.outboxEmail.createMany({
    data: [
      { to: "newcomer@test.fr", subject: "Invitation", text: `Acceptez : ${TOKEN_LINK}` },
      { to: "alice@test.fr", subject: "Pour Alice", text: "Bonjour Alice" },
      { to: "bob@test.fr", subject: "Pour Bob", text: "Bonjour Bob" },
    ],
  });
});

afterAll(() => {
  process.env.MAIL_OUTBOX = previous.outbox;
  if (previous.smtp) process.env.SMTP_URL = previous.smtp;
});

const subjects = (view: Awaited<ReturnType<typeof readOutboxForPage>>) =>
  view && "mails" in view ? view.mails.map((m) => m.subject).sort() : [];

describe("readOutboxForPage", () => {
  it("shows an anonymous visitor no mail at all, so no invitation token", async () => {
    signInAs(null);
    const view = await readOutboxForPage();
    expect(view).toEqual({ viewer: "anonymous" });
    expect(JSON.stringify(view)).not.toContain("secret-token");
  });

  it("shows a signed-in person only the mails addressed to them", async () => {
    signInAs(users.alice!);
    const view = await readOutboxForPage();
    expect(view).toMatchObject({ viewer: "recipient", email: "alice@test.fr" });
    expect(subjects(view)).toEqual(["Pour Alice"]);
    expect(JSON.stringify(view)).not.toContain("secret-token");
  });

  it("shows the platform administrator every mail", async () => {
    signInAs(users.admin!);
    const view = await readOutboxForPage();
    expect(view?.viewer).toBe("platform-admin");
    expect(subjects(view)).toEqual(["Invitation", "Pour Alice", "Pour Bob"]);
  });

  it("is off without MAIL_OUTBOX=1", async () => {
    process.env.MAIL_OUTBOX = "";
    signInAs(users.admin!);
    expect(await readOutboxForPage()).toBeNull();
    process.env.MAIL_OUTBOX = "1";
  });
});
