import { db } from "@/lib/db/client";
import type { AccessContext } from "@/lib/access/context";
import { inviteMember } from "@/lib/members/invite-member";

/** The token of the last invitation mailed to an address, read from the outbox. */
export async function tokenMailedTo(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error("no link in mail");
  return match[1];
}

/** Every membership (who, which role, where), to compare before and after a refused change. */
export const membershipsSnapshot = async () =>
  JSON.stringify(
    await db.membership.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, userId: true, scopeType: true, etablissementId: true },
    }),
  );

/** `inviteMember` with the invitation form's fields, in its order (no target: the space itself). */
export const invite = (
  ctx: AccessContext,
  email: string,
  name: string,
  role: string,
  target = "",
) => inviteMember(ctx, { email, name, role, target });

/** The form of a person who accepts an invitation with a new account: a name, a valid password twice. */
export const newAccount = (name: string) => ({
  name,
  password: "MotDePasse2026",
  confirmation: "MotDePasse2026",
});
