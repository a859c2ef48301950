import "server-only";
import type { Db } from "@/lib/db/client";
import type {
  ConventionParty,
  MinutesApprovalStatus,
  MinutesStatus,
} from "@/lib/generated/prisma/enums";
import { academieLabel } from "@/lib/referentials/labels";

/** What anyone holding a minutes' PDF may learn about it: its body, meeting and approvals. */
export interface VerifiedMinutes {
  /** « final »: approved, with its certificate; « frozen »: as submitted to the co-chairs. */
  kind: "final" | "frozen";
  bodyName: string;
  meetingTitle: string;
  startsAt: Date;
  minutesStatus: MinutesStatus;
  /** The frozen version was replaced after a correction (its hash is no longer the current one). */
  replaced: boolean;
  parties: { collectivite: string; academie: string; etablissement: string | null };
  approvals: {
    party: ConventionParty;
    name: string;
    qualite: string;
    status: MinutesApprovalStatus;
    decidedAt: Date | null;
  }[];
}

/**
 * Public lookup of minutes by the SHA-256 of one of their PDFs (the verification page): safe for
 * the same reason as a convention's, a hash answers only to whoever holds the document. A frozen
 * version sent back for correction is still recognised, and said to be replaced.
 */
export async function verifyMinutesDocument(
  db: Db,
  sha256: string,
): Promise<VerifiedMinutes | null> {
  const select = {
    id: true,
    title: true,
    startsAt: true,
    minutesStatus: true,
    frozenSha256: true,
    finalSha256: true,
    minutesRound: true,
    body: {
      select: {
        name: true,
        collectivite: { select: { name: true } },
        academie: { select: { name: true } },
        etablissement: { select: { name: true, uai: true } },
      },
    },
  } as const;
  const current = await db.meeting.findFirst({
    where: { OR: [{ finalSha256: sha256 }, { frozenSha256: sha256 }] },
    select: select,
  });
  // A version sent back for correction is known by its round of approvals only.
  const earlier = current
    ? null
    : await db.minutesApproval.findFirst({
        where: { frozenSha256: sha256 },
        select: { round: true, meeting: { select } },
        orderBy: { round: "desc" },
      });
  const meeting = current ?? earlier?.meeting;
  if (!meeting) return null;
  const approvals = await db.minutesApproval.findMany({
    where: { meetingId: meeting.id, round: earlier?.round ?? meeting.minutesRound },
    select: { party: true, name: true, qualite: true, status: true, decidedAt: true },
    orderBy: { party: "asc" },
  });
  const { body } = meeting;
  return {
    kind: meeting.finalSha256 === sha256 ? "final" : "frozen",
    bodyName: body.name,
    meetingTitle: meeting.title,
    startsAt: meeting.startsAt,
    minutesStatus: meeting.minutesStatus,
    replaced: meeting.finalSha256 !== sha256 && meeting.frozenSha256 !== sha256,
    parties: {
      collectivite: body.collectivite.name,
      academie: academieLabel(body.academie.name),
      etablissement: body.etablissement
        ? `${body.etablissement.name} (UAI ${body.etablissement.uai})`
        : null,
    },
    approvals,
  };
}
