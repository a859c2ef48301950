import type { Db } from "@/lib/db/client";
import { DEFAULT_EPLE_CONTENT } from "@/lib/conventions/default-template";
import { epleConventionTitle, insertConventions } from "@/lib/conventions/create-convention";
import { unsafeLockConvention } from "@/lib/conventions/load-convention";
import { freezeForSignature } from "@/lib/conventions/submit-for-signature";
import { completeSignature } from "@/lib/conventions/complete-signature";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { AUTHORISATION_KINDS } from "@/lib/conventions/machine";

const DEMO_ACTOR = {
  id: null,
  label: "chargement de la démonstration (conventions collectivité–EPLE)",
};
const DAY = 86_400_000;
/** Les Gayeulles (awaiting its demo chef), then this many collèges of Ille-et-Vilaine in force, then one draft. */
const IN_FORCE = 8;
const GAYEULLES = "0350027P";
const SIGNATAIRE_35 = "signataire.35@demo.tripartite.fr";

/** The school year a date falls in starts on 1 September. */
function schoolYearStart(now: Date): Date {
  const year = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 8, 1));
}

/**
 * The conventions collectivité–EPLE of Ille-et-Vilaine: Les Gayeulles' frozen and awaiting the
 * signature of its demo chef; eight more signed before this school year by their (fictitious)
 * chefs and the collectivité's demo signatory; one draft. The académie is not a party and
 * sees none. Idempotent: nothing is written when one exists. Bypasses the access context: command
 * line only.
 */
export async function unsafeSeedDemoEpleConventions(db: Db, now = new Date()): Promise<number> {
  if ((await db.convention.count({ where: { kind: "BIPARTITE_EPLE" } })) > 0) return 0;
  const collectivite = await db.collectivite.findUniqueOrThrow({
    where: { code: "35" },
    select: { id: true, code: true },
  });
  const colleges = await db.etablissement.findMany({
    where: { collectiviteId: collectivite.id, secteur: "PUBLIC", etat: "OUVERT" },
    select: { id: true, uai: true, name: true },
    orderBy: { uai: "asc" },
  });
  const ordered = [
    ...colleges.filter((c) => c.uai === GAYEULLES),
    ...colleges.filter((c) => c.uai !== GAYEULLES),
  ].slice(0, IN_FORCE + 2);
  const person = (email: string) =>
    db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true } });
  const signatory = await person(SIGNATAIRE_35);
  const startsOn = schoolYearStart(now);
  const endsOn = new Date(Date.UTC(startsOn.getUTCFullYear() + 3, 7, 31));
  const frozenAt = new Date(startsOn.getTime() - 40 * DAY);
  const content = {
    ...DEFAULT_EPLE_CONTENT,
    referents: {
      numerique: "Le professeur référent numérique du collège",
      technique: "Le référent technique du collège",
      collectivite: "Le service du numérique éducatif du Département",
    },
  };
  return db.$transaction(
    async (tx) => {
      const inserted = await insertConventions(
        tx,
        DEMO_ACTOR,
        collectivite,
        ordered.map((c) => ({
          kind: "BIPARTITE_EPLE" as const,
          title: epleConventionTitle(c.name),
          academieCode: null,
          etablissementId: c.id,
          parentId: null,
          templateVersionId: null,
          content,
          startsOn,
          endsOn,
        })),
        frozenAt,
      );
      for (const [index, { id }] of inserted.entries()) {
        const college = ordered[index]!;
        if (index === ordered.length - 1) break; // the last one stays a draft
        await freezeForSignature(
          tx,
          await unsafeLockConvention(tx, id),
          content,
          DEMO_ACTOR,
          frozenAt,
        );
        if (college.uai === GAYEULLES) continue; // awaiting its demo chef
        await signBoth(tx, id, college, signatory, frozenAt);
        const signedAt = new Date(frozenAt.getTime() + 20 * DAY);
        const locked = await unsafeLockConvention(tx, id);
        await completeSignature(tx, locked, signedAt);
        await appendAuditEvent(tx, {
          actor: DEMO_ACTOR,
          scope: partiesAuditScope(locked),
          action: "convention.in_force",
          entityType: "Convention",
          entityId: id,
          after: { version: 1 },
          occurredAt: signedAt,
        });
      }
      return inserted.length;
    },
    { timeout: 120_000 },
  );
}

type Person = { id: string; name: string; email: string };

/** The collège's (fictitious) chef signs ten days after the freeze, the collectivité's signatory ten days later. */
async function signBoth(
  tx: Parameters<Parameters<Db["$transaction"]>[0]>[0],
  conventionId: string,
  college: { uai: string; name: string },
  signatory: Person,
  frozenAt: Date,
) {
  const version = await tx.conventionVersion.findFirstOrThrow({
    where: { conventionId },
    select: { frozenSha256: true, steps: { select: { id: true, party: true } } },
  });
  for (const step of version.steps) {
    const eple = step.party === "EPLE";
    const signer = eple ? null : signatory;
    const decidedAt = new Date(frozenAt.getTime() + (eple ? 10 : 20) * DAY);
    const authorised = new Date(decidedAt.getTime() - 12 * DAY);
    await tx.signatureStep.update({
      where: { id: step.id },
      data: {
        status: "SIGNEE",
        signerId: signer?.id ?? null,
        signerName: signer?.name ?? `Chef d'établissement du ${college.name}`,
        signerEmail: signer?.email ?? `chef.${college.uai.toLowerCase()}@fictif.demo.tripartite.fr`,
        qualite: eple ? "Principal" : "Vice-présidente déléguée à l'éducation",
        authorisationKind: AUTHORISATION_KINDS[step.party].kind,
        authorisationReference: eple
          ? `CA-${authorised.getUTCFullYear()}-07`
          : `CP-${authorised.getUTCFullYear()}-214`,
        authorisationDate: new Date(authorised.toISOString().slice(0, 10)),
        decidedAt,
        ip: eple ? "192.0.2.41" : "198.51.100.17",
        userAgent:
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
        documentSha256: version.frozenSha256,
      },
    });
  }
}
