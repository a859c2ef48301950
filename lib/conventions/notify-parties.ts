import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty, Role } from "@/lib/generated/prisma/enums";
import { PERMISSION_TABLE, type Permission } from "@/lib/access/permissions";
import { appBaseUrl, queueMail } from "@/lib/mail/send-mail";

type Tx = Prisma.TransactionClient;

interface ConventionRef {
  id: string;
  reference: string;
  title: string;
  collectiviteId: string;
  /** Null when the académie is not a party (a convention collectivité–EPLE). */
  academieCode: string | null;
  etablissementId: string | null;
}

const SCOPE_OF_PARTY = {
  COLLECTIVITE: "COLLECTIVITE",
  ETAT: "ACADEMIE",
  EPLE: "ETABLISSEMENT",
} as const;

/** The roles of a party's space that hold a permission (signers by default), from the one table. */
export function partyRoles(
  party: ConventionParty,
  permission: Permission = "convention.sign",
): Role[] {
  const rows = PERMISSION_TABLE[SCOPE_OF_PARTY[party]];
  return (Object.keys(rows) as Role[]).filter((role) => rows[role]?.includes(permission));
}

function partyMembershipWhere(
  convention: ConventionRef,
  party: ConventionParty,
  permission: Permission,
): Prisma.MembershipWhereInput | null {
  const roles = { role: { in: partyRoles(party, permission) }, user: { disabledAt: null } };
  switch (party) {
    case "COLLECTIVITE":
      return { scopeType: "COLLECTIVITE", collectiviteId: convention.collectiviteId, ...roles };
    case "ETAT":
      return convention.academieCode
        ? { scopeType: "ACADEMIE", academieCode: convention.academieCode, ...roles }
        : null;
    case "EPLE":
      return convention.etablissementId
        ? { scopeType: "ETABLISSEMENT", etablissementId: convention.etablissementId, ...roles }
        : null;
  }
}

/** The page of a convention in the space of a party's members. */
export async function conventionLinkFor(
  tx: Tx,
  convention: ConventionRef,
  party: ConventionParty,
): Promise<string> {
  const base = appBaseUrl();
  if (party === "ETAT" && convention.academieCode)
    return `${base}/a/${convention.academieCode}/conventions/${convention.id}`;
  if (party === "EPLE" && convention.etablissementId) {
    const e = await tx.etablissement.findUniqueOrThrow({
      where: { id: convention.etablissementId },
      select: { uai: true },
    });
    return `${base}/e/${e.uai}/conventions/${convention.id}`;
  }
  const c = await tx.collectivite.findUniqueOrThrow({
    where: { id: convention.collectiviteId },
    select: { code: true },
  });
  return `${base}/c/${c.code}/conventions/${convention.id}`;
}

/**
 * Queues one mail to each member of `party` holding `permission` (its signers by default), inside
 * the caller's transaction: the mails exist iff the write commits. Returns the outbox ids to
 * deliver after commit.
 */
export async function notifyParty(
  tx: Tx,
  convention: ConventionRef,
  party: ConventionParty,
  mail: { subject: string; lines: string[] },
  permission: Permission = "convention.sign",
): Promise<string[]> {
  const where = partyMembershipWhere(convention, party, permission);
  if (!where) return [];
  const members = await tx.membership.findMany({
    where,
    select: { user: { select: { email: true, name: true } } },
  });
  const link = await conventionLinkFor(tx, convention, party);
  const ids: string[] = [];
  for (const email of new Set(members.map((m) => m.user.email))) {
    const name = members.find((m) => m.user.email === email)?.user.name ?? "";
    ids.push(
      await queueMail(tx, {
        to: email,
        subject: `${mail.subject} — ${convention.reference}`,
        text: [
          `Bonjour ${name},`,
          "",
          ...mail.lines,
          "",
          `${convention.title} (${convention.reference})`,
          link,
          "",
          "— Tripartite",
        ].join("\n"),
      }),
    );
  }
  return ids;
}
