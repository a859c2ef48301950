import type {
  ConventionKind,
  ConventionParty,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import type { Assistance, Commitment, MatrixRow, ServiceLevel } from "@/lib/conventions/content";

/**
 * A convention version as it is frozen into its PDF: variables filled, parties named. Built by
 * lib/conventions from the database; rendered by lib/conventions/pdf.
 */
export interface ConventionDocument {
  reference: string;
  kind: ConventionKind;
  title: string;
  versionNumber: number;
  parties: {
    collectivite: string;
    /** Null when the académie is not a party (a convention collectivité–EPLE). */
    academie: string | null;
    etablissement: { name: string; uai: string; commune: string } | null;
  };
  /** The convention-cadre of a tripartite, or the convention an avenant amends. */
  parentReference: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  articles: { title: string; body: string }[];
  matrix: MatrixRow[];
  serviceLevels: ServiceLevel[];
  /** Each party's measurable commitments (none in documents written before them). */
  commitments: Commitment[];
  /** Routing and measured commitments, listed in the service-levels annex when it has any. */
  assistance: Assistance;
  annexes: {
    /** null: no inventory annex asked; `rows` empty: the inventory holds nothing yet. */
    inventory: { asOf: Date; rows: { category: string; count: number }[] } | null;
    serviceLevels: boolean;
  };
  signingOrder: { order: number; party: ConventionParty }[];
  frozenAt: Date;
}

/** What the certificate page says of one party's signature. */
export interface SignatureEvidence {
  order: number;
  party: ConventionParty;
  status: Extract<SignatureStatus, "SIGNEE" | "SIGNEE_HORS_PLATEFORME">;
  signerName: string;
  signerEmail: string | null;
  qualite: string | null;
  authorisationKind: string | null;
  authorisationReference: string | null;
  authorisationDate: Date | null;
  decidedAt: Date;
  ip: string | null;
  userAgent: string | null;
  documentSha256: string;
  /** « Signée hors plateforme »: the SHA-256 of the scanned copy. */
  scanSha256: string | null;
  /** A paper signature declared by the pilot collectivité (the party had no signer on the platform): who declared it. */
  declaredBy: { name: string; email: string | null } | null;
}

/** One line of the audit trail appended to the final PDF. */
export interface AuditTrailLine {
  seq: number;
  occurredAt: Date;
  actorLabel: string;
  action: string;
}
