import "server-only";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty, ScopeType } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import { deliverQueuedMails } from "@/lib/mail/send-mail";
import { signingRoles } from "@/lib/members/rules";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { FILE_TOO_LARGE_MESSAGE, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import {
  AUTHORISATION_KINDS,
  openSteps,
  partyOfScope,
  stepEngagedBy,
} from "@/lib/conventions/machine";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { stepStateSelect } from "@/lib/conventions/selects";
import {
  appendConventionAuditEvent,
  lockConvention,
  type LockedConvention,
} from "@/lib/conventions/load-convention";
import {
  afterStepSigned,
  assertNotEngagedElsewhere,
  stepToSign,
  type SignatureMeta,
} from "@/lib/conventions/sign-convention";
import { verifySignerPassword } from "@/lib/conventions/verify-password";
import { sha256Hex } from "@/lib/conventions/verify-document";
import { offlineSignSchema } from "@/lib/conventions/schemas";

type Tx = Prisma.TransactionClient;

/**
 * How a context may record a party's paper signature: « signer », the party's own signer records
 * the signature they gave on paper; « declaration », the pilot collectivité declares the paper
 * signature of a party that has no signer on the platform. The collectivité's own step is never
 * declared: its signer signs it.
 */
export type PaperMode = "signer" | "declaration";

export function paperModeFor(ctx: AccessContext, party: ConventionParty): PaperMode | null {
  if (can(ctx, "convention.sign") && partyOfScope(ctx.scope.type) === party) return "signer";
  if (ctx.scope.type === "COLLECTIVITE" && can(ctx, "convention.write") && party !== "COLLECTIVITE")
    return "declaration";
  return null;
}

const PARTY_SCOPE: Record<ConventionParty, ScopeType> = {
  EPLE: "ETABLISSEMENT",
  ETAT: "ACADEMIE",
  COLLECTIVITE: "COLLECTIVITE",
};

/** Whether a party of a convention has someone on the platform who can sign for it. */
async function partyHasSigner(
  tx: Tx | typeof db,
  convention: Pick<LockedConvention, "collectiviteId" | "academieCode" | "etablissementId">,
  party: ConventionParty,
) {
  const scopeType = PARTY_SCOPE[party];
  const where =
    party === "EPLE"
      ? { etablissementId: convention.etablissementId }
      : party === "ETAT"
        ? { academieCode: convention.academieCode }
        : { collectiviteId: convention.collectiviteId };
  if (party === "EPLE" && !convention.etablissementId) return false;
  const count = await tx.membership.count({
    where: {
      scopeType,
      ...where,
      role: { in: signingRoles(scopeType) },
      user: { disabledAt: null },
    },
  });
  return count > 0;
}

/** A scanned copy must be a PDF with at least one page, not merely a file that starts with « %PDF- ». */
async function assertScannedPdf(scan: Uint8Array | null): Promise<Uint8Array> {
  if (!scan || scan.byteLength === 0)
    throw new AppError(
      "INVALID_INPUT",
      "Joignez la copie numérisée de la convention signée (PDF).",
      { scan: "Copie numérisée obligatoire." },
    );
  if (scan.byteLength > MAX_UPLOAD_BYTES)
    throw new AppError("INVALID_INPUT", `La copie numérisée dépasse ${MAX_UPLOAD_LABEL}.`, {
      scan: FILE_TOO_LARGE_MESSAGE,
    });
  const invalid = new AppError(
    "INVALID_INPUT",
    "La copie numérisée doit être un fichier PDF lisible, d'au moins une page.",
    { scan: "Fichier PDF lisible attendu." },
  );
  if (Buffer.from(scan.subarray(0, 5)).toString("latin1") !== "%PDF-") throw invalid;
  try {
    const pdf = await PDFDocument.load(scan, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    if (pdf.getPageCount() < 1) throw invalid;
  } catch {
    throw invalid;
  }
  return scan;
}

/**
 * Records a signature given on paper (« signée hors plateforme ») with its scanned copy, after the
 * person recording it types their password again. Either the party's own signer records their
 * paper signature (they are the signer), or the pilot collectivité declares the paper signature of
 * a party with no signer on the platform (a collège not yet onboarded): the step then names who
 * declared it, and every view shows it as a declaration. One person never engages two steps of a
 * version. The paper signed is the frozen document; its hash is recorded as signed.
 */
export async function recordOfflineSignature(
  ctx: AccessContext,
  input: unknown,
  scan: Uint8Array | null,
  meta: SignatureMeta,
  now = new Date(),
) {
  const data = offlineSignSchema.parse(input);
  const mode = paperModeFor(ctx, data.party);
  if (!mode) {
    throw new AppError(
      "FORBIDDEN",
      data.party === "COLLECTIVITE"
        ? "La signature de la collectivité est donnée par son signataire, jamais déclarée par un agent."
        : "Seul le signataire de cette partie, ou la collectivité qui pilote la convention, enregistre une signature hors plateforme.",
    );
  }
  if (mode === "declaration" && !data.signerName) {
    throw new AppError("INVALID_INPUT", "Indiquez le nom de la personne qui a signé sur papier.", {
      signerName: "Nom du signataire : ce champ est obligatoire.",
    });
  }
  const bytes = await assertScannedPdf(scan);
  const scanSha256 = sha256Hex(bytes);
  await verifySignerPassword(ctx, data.password);

  const { result, mailIds } = await db.$transaction(
    async (tx) => {
      const convention = await lockConvention(tx, ctx, data.conventionId);
      const step = stepToSign(convention, data.party, convention.current.frozenSha256 ?? "");
      assertNotEngagedElsewhere(convention, ctx.user.id, step.id);
      if (mode === "declaration" && (await partyHasSigner(tx, convention, data.party))) {
        throw new AppError(
          "FORBIDDEN",
          `${PARTY_LABELS[data.party]} a un signataire sur Tripartite : c'est à lui de signer, ou d'enregistrer sa signature papier.`,
        );
      }
      const who =
        mode === "signer"
          ? {
              signerId: ctx.user.id,
              signerName: ctx.user.name,
              signerEmail: ctx.user.email,
              declaredById: null,
              declaredByName: null,
              declaredByEmail: null,
            }
          : {
              signerId: null,
              signerName: data.signerName!,
              signerEmail: null,
              declaredById: ctx.user.id,
              declaredByName: ctx.user.name,
              declaredByEmail: ctx.user.email,
            };
      const { count } = await tx.signatureStep.updateMany({
        where: { id: step.id, versionId: convention.current.id, status: "EN_ATTENTE" },
        data: {
          status: "SIGNEE_HORS_PLATEFORME",
          ...who,
          qualite: data.qualite,
          authorisationKind: AUTHORISATION_KINDS[data.party].kind,
          authorisationReference: data.authorisationReference,
          authorisationDate: data.authorisationDate,
          decidedAt: data.signedOn,
          documentSha256: convention.current.frozenSha256,
          // The address and browser of the person who recorded it, as evidence of the recording.
          ip: meta.ip,
          userAgent: meta.userAgent?.slice(0, 500) ?? null,
          scanPdf: new Uint8Array(bytes),
          scanSha256,
        },
      });
      if (count !== 1)
        throw new AppError(
          "CONFLICT",
          `${convention.reference} vient d'être signée pour cette partie.`,
        );
      await appendConventionAuditEvent(tx, ctx, convention, {
        action: mode === "signer" ? "convention.sign_offline" : "convention.declare_offline",
        after: {
          partie: PARTY_LABELS[data.party],
          signataire: who.signerName,
          qualite: data.qualite,
          version: convention.current.number,
          copie: scanSha256,
        },
        occurredAt: now,
      });
      const next = await afterStepSigned(tx, convention.id, ctx, now);
      return {
        result: { reference: convention.reference, complete: next.complete, mode },
        mailIds: next.mailIds,
      };
    },
    { timeout: 60_000 },
  );
  await deliverQueuedMails(db, mailIds);
  return result;
}

/**
 * The parties whose paper signature a context may record now on a convention's open steps: its
 * own as a signer; for the pilot collectivité, those it may declare (no signer on the platform,
 * not engaged by this person on another step). For the page; the write checks all of it again.
 */
export async function offlineParties(
  ctx: AccessContext,
  conventionId: string,
): Promise<{ party: ConventionParty; mode: PaperMode }[]> {
  const convention = await db.convention.findFirst({
    where: { AND: [{ id: conventionId, status: "EN_SIGNATURE" }, conventionScopeWhere(ctx)] },
    select: {
      collectiviteId: true,
      academieCode: true,
      etablissementId: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          steps: { select: stepStateSelect },
        },
      },
    },
  });
  const steps = convention?.versions[0]?.steps ?? [];
  const parties: { party: ConventionParty; mode: PaperMode }[] = [];
  for (const step of openSteps(steps)) {
    const mode = paperModeFor(ctx, step.party);
    if (!mode || stepEngagedBy(steps, ctx.user.id, step.id)) continue;
    if (mode === "declaration" && (await partyHasSigner(db, convention!, step.party))) continue;
    parties.push({ party: step.party, mode });
  }
  return parties;
}
