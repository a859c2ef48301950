import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appBaseUrl, queueMail } from "@/lib/mail/send-mail";

type Tx = Prisma.TransactionClient;

export interface ChefRecipient {
  email: string;
  name: string;
  etablissementId: string;
  uai: string;
  etablissementName: string;
}

/**
 * The chefs d'établissement (CHEF members, active accounts) of the collectivité's open public
 * collèges, optionally only some collèges or all but some.
 */
export async function chefsOfColleges(
  tx: Tx,
  collectiviteId: string,
  filter: { only?: readonly string[]; except?: readonly string[] } = {},
): Promise<ChefRecipient[]> {
  const etablissement: Prisma.EtablissementWhereInput = {
    collectiviteId,
    secteur: "PUBLIC",
    etat: "OUVERT",
  };
  if (filter.only) etablissement.id = { in: [...filter.only] };
  else if (filter.except && filter.except.length > 0)
    etablissement.id = { notIn: [...filter.except] };
  const members = await tx.membership.findMany({
    where: { scopeType: "ETABLISSEMENT", role: "CHEF", user: { disabledAt: null }, etablissement },
    select: {
      user: { select: { email: true, name: true } },
      etablissement: { select: { id: true, uai: true, name: true } },
    },
    orderBy: [{ etablissement: { name: "asc" } }, { createdAt: "asc" }],
  });
  return members.flatMap((m) =>
    m.etablissement
      ? [
          {
            email: m.user.email,
            name: m.user.name,
            etablissementId: m.etablissement.id,
            uai: m.etablissement.uai,
            etablissementName: m.etablissement.name,
          },
        ]
      : [],
  );
}

/** A campaign's page in a collège's space. */
export function collegeCampaignLink(uai: string, campaignId: string): string {
  return `${appBaseUrl()}/e/${uai}/campagnes/${campaignId}`;
}

/** Queues one mail per chef and collège inside the caller's transaction (a campaign's, an appel à projets'); returns the outbox ids. */
export async function mailChefs(
  tx: Tx,
  recipients: readonly ChefRecipient[],
  campaign: { id: string; title: string },
  mail: {
    subject: string;
    lines: (recipient: ChefRecipient) => string[];
    /** The page the mail links to in the collège's space: the campaign's by default. */
    link?: (recipient: ChefRecipient) => string;
  },
): Promise<string[]> {
  const link = mail.link ?? ((r: ChefRecipient) => collegeCampaignLink(r.uai, campaign.id));
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const r of recipients) {
    const key = `${r.email}|${r.etablissementId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ids.push(
      await queueMail(tx, {
        to: r.email,
        subject: `${mail.subject} — ${campaign.title}`,
        text: [
          `Bonjour ${r.name},`,
          "",
          ...mail.lines(r),
          "",
          `${campaign.title} — ${r.etablissementName} (${r.uai})`,
          link(r),
          "",
          "— Tripartite",
        ].join("\n"),
      }),
    );
  }
  return ids;
}
