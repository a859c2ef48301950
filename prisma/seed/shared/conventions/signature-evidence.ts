import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";
import { AUTHORISATION_KINDS } from "@/lib/conventions/machine";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";

export interface SignerIdentity {
  id: string | null;
  name: string;
  email: string;
  qualite: string | null;
  delegationReference: string | null;
}

/** What a signature step records of its signer and authority, as the signing form collects it. */
export interface SignatureEvidenceFields {
  authorisationKind: string;
  authorisationReference: string;
  /** Calendar day (ISO) of the délibération, décision or délégation. */
  authorisationDate: string;
  ip: string;
  userAgent: string;
}

const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0",
  "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
];
/** Documentation address blocks (RFC 5737): fictitious, never routable. */
const NETWORKS = ["192.0.2", "198.51.100", "203.0.113"];
const DAY = 86_400_000;

/**
 * The authority and browser a party's signature records: a délibération of the CA for the EPLE,
 * the signatory's délégation for the État, a décision of the commission permanente for the
 * collectivité, dated a few days to weeks before the signature. Deterministic per step key.
 */
export function signatureEvidence(
  stepKey: string,
  party: ConventionParty,
  signer: SignerIdentity,
  decidedAt: Date,
  seed: number,
): SignatureEvidenceFields {
  const rng = prng(seededKey(`signature:${stepKey}`, benchSeedKey(seed)));
  const authorised = new Date(
    decidedAt.getTime() - rng.int(party === "ETAT" ? 90 : 5, party === "ETAT" ? 400 : 45) * DAY,
  );
  const year = authorised.getUTCFullYear();
  const reference =
    party === "EPLE"
      ? `${year}-${String(rng.int(8, 45)).padStart(2, "0")}`
      : party === "ETAT"
        ? (signer.delegationReference ??
          `Arrêté rectoral de délégation n° ${year}-R-${rng.int(10, 199)}`)
        : `CP-${year}-${String(rng.int(40, 980)).padStart(3, "0")}`;
  return {
    authorisationKind: AUTHORISATION_KINDS[party].kind,
    authorisationReference: reference,
    authorisationDate: authorised.toISOString().slice(0, 10),
    ip: `${rng.pick(NETWORKS)}.${rng.int(2, 254)}`,
    userAgent: rng.pick(USER_AGENTS),
  };
}
