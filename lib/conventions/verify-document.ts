import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db as processDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type {
  ConventionKind,
  ConventionParty,
  ConventionStatus,
  ConventionVersionStatus,
} from "@/lib/generated/prisma/enums";
import { academieLabel } from "@/lib/referentials/labels";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { VERIFIED_PDF_TOO_LARGE_MESSAGE } from "@/lib/conventions/vocabulary";
import { verifyMinutesDocument, type VerifiedMinutes } from "@/lib/governance/verify-minutes";
import { verifyReviewDocument, type VerifiedReview } from "@/lib/reviews/verify-review";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export const verifyDocumentSchema = z.object(
  {
    sha256: z
      .string({ error: "Empreinte SHA-256 : texte attendu." })
      .trim()
      .regex(
        /^[0-9a-f]{64}$/i,
        "Une empreinte SHA-256 compte 64 caractères hexadécimaux (chiffres 0 à 9 et lettres a à f).",
      )
      .transform((hash) => hash.toLowerCase()),
  },
  { error: "Indiquez l'empreinte SHA-256 du document à vérifier." },
);

const SIGNED = ["SIGNEE", "SIGNEE_HORS_PLATEFORME"] as const;

export interface VerifiedSignature {
  party: ConventionParty;
  signerName: string | null;
  qualite: string | null;
  status: (typeof SIGNED)[number];
  decidedAt: Date | null;
  /** A paper signature declared by the collectivité (the party had no signer on the platform): the declarant's name. */
  declaredBy: string | null;
  /** The SHA-256 of the scanned paper copy, for a signature given on paper. */
  scanSha256: string | null;
}

/** What anyone holding a convention's PDF may learn about it: no IP, no e-mail, no content. */
export interface VerifiedConventionDocument {
  /** « final »: the signed PDF with its certificate; « frozen »: the PDF submitted for signature. */
  kind: "final" | "frozen";
  reference: string;
  title: string;
  conventionKind: ConventionKind;
  versionNumber: number;
  versionStatus: ConventionVersionStatus;
  conventionStatus: ConventionStatus;
  parties: {
    collectivite: string;
    /** Null when the académie is not a party. */
    academie: string | null;
    etablissement: { name: string; uai: string } | null;
  };
  startsOn: Date | null;
  endsOn: Date | null;
  signatures: VerifiedSignature[];
}

/**
 * Public lookup of a convention by the SHA-256 of one of its PDFs, without access context: the
 * verification page serves people outside the platform (a payeur, an auditor, a court). It is safe
 * because it answers only for a hash someone already holds, which means they hold the document
 * itself; a SHA-256 cannot be guessed or enumerated, and the answer names no more than the
 * document's first page and signature block already show.
 */
export async function verifyConventionDocument(
  db: Db,
  input: unknown,
): Promise<VerifiedConventionDocument | null> {
  const { sha256 } = verifyDocumentSchema.parse(input);
  const version = await db.conventionVersion.findFirst({
    where: { OR: [{ finalSha256: sha256 }, { frozenSha256: sha256 }] },
    select: {
      number: true,
      status: true,
      finalSha256: true,
      startsOn: true,
      endsOn: true,
      convention: {
        select: {
          reference: true,
          title: true,
          kind: true,
          status: true,
          collectivite: { select: { name: true } },
          academie: { select: { name: true } },
          etablissement: { select: { name: true, uai: true } },
        },
      },
      steps: {
        where: { status: { in: [...SIGNED] } },
        orderBy: { order: "asc" },
        select: {
          party: true,
          signerName: true,
          qualite: true,
          status: true,
          decidedAt: true,
          declaredByName: true,
          scanSha256: true,
        },
      },
    },
  });
  if (!version) return null;
  const { convention } = version;
  return {
    kind: version.finalSha256 === sha256 ? "final" : "frozen",
    reference: convention.reference,
    title: convention.title,
    conventionKind: convention.kind,
    versionNumber: version.number,
    versionStatus: version.status,
    conventionStatus: convention.status,
    parties: {
      collectivite: convention.collectivite.name,
      academie: convention.academie ? academieLabel(convention.academie.name) : null,
      etablissement: convention.etablissement
        ? { name: convention.etablissement.name, uai: convention.etablissement.uai }
        : null,
    },
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    signatures: version.steps.map((step) => ({
      party: step.party,
      signerName: step.signerName,
      qualite: step.qualite,
      // The query keeps only signed steps; the narrowing is for the type.
      status: step.status === "SIGNEE_HORS_PLATEFORME" ? "SIGNEE_HORS_PLATEFORME" : "SIGNEE",
      decidedAt: step.decidedAt,
      declaredBy: step.declaredByName,
      scanSha256: step.scanSha256,
    })),
  };
}

/**
 * The verification page's entry: hashes an uploaded PDF here, on the server, so the answer does not
 * rest on a hash the browser computed; without a file, takes the pasted hash. The file is not kept.
 */
export async function verifySubmittedDocument(input: {
  file: File | null;
  sha256: unknown;
}): Promise<{
  sha256: string;
  document: VerifiedConventionDocument | null;
  minutes: VerifiedMinutes | null;
  review: VerifiedReview | null;
}> {
  const { file } = input;
  let sha256: string;
  if (file && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES) {
      throw new AppError("INVALID_INPUT", VERIFIED_PDF_TOO_LARGE_MESSAGE, {
        document: VERIFIED_PDF_TOO_LARGE_MESSAGE,
      });
    }
    sha256 = sha256Hex(new Uint8Array(await file.arrayBuffer()));
  } else if (typeof input.sha256 === "string" && input.sha256.trim() !== "") {
    sha256 = verifyDocumentSchema.parse({ sha256: input.sha256 }).sha256;
  } else {
    const message = "Déposez le PDF du document ou collez son empreinte SHA-256.";
    throw new AppError("INVALID_INPUT", message, { document: message });
  }
  const document = await verifyConventionDocument(processDb, { sha256 });
  const minutes = document ? null : await verifyMinutesDocument(processDb, sha256);
  return {
    sha256,
    document,
    minutes,
    review: document || minutes ? null : await verifyReviewDocument(processDb, sha256),
  };
}
