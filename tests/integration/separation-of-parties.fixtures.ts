import { db } from "@/lib/db/client";
import { type AccessContext, type ScopeRef } from "@/lib/access/context";
import { recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { scannedPdf } from "../support/scan-pdf";
import { createConvention } from "@/lib/conventions/create-convention";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import { completeDraft } from "../support/complete-draft";
import { signConvention } from "@/lib/conventions/sign-convention";
import type { ConventionContent } from "@/lib/conventions/content";
import {
  createUser,
  seedReferentialsAndColleges,
  UAI,
  createUsers,
  people,
} from "../support/fixtures";
import { accessAs } from "../support/access";

/**
 * The attacks of issue 13 §1 (« séparation des parties »), replayed against lib/ with real
 * contexts: each must be refused and leave the data as it was.
 */

export const PASSWORD = "Secret2026!";
export const META = { ip: "203.0.113.9", userAgent: "Vitest" };
export const users: Record<string, string> = {};
/** The institutional address of 0350913C, as the annuaire's `Mail` column gives it. */
export const INSTITUTIONAL_RENNES = "ce.0350913c@ac-rennes.fr";

export const as = accessAs(users);

export async function frozenSha(conventionId: string) {
  const v = await db.conventionVersion.findFirstOrThrow({
    where: { conventionId },
    orderBy: { number: "desc" },
    select: { frozenSha256: true },
  });
  return v.frozenSha256!;
}

export async function sign(user: string, scope: ScopeRef, conventionId: string) {
  const auth = {
    qualite: "Qualité",
    authorisationReference: "Réf. 2026-1",
    authorisationDate: "2026-10-02",
  };
  return signConvention(
    await as(user, scope),
    { conventionId, documentSha256: await frozenSha(conventionId), password: PASSWORD, ...auth },
    META,
  );
}

/** A tripartite convention submitted for signature, every party at the same rank when `parallel`. */
export async function submitted(user: string, scope: ScopeRef, uai: string, parallel = false) {
  const created = await createConvention(await as(user, scope), { kind: "TRIPARTITE", uai });
  if (parallel) {
    const v = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: created.id },
      select: { content: true, startsOn: true, endsOn: true },
    });
    const content = v.content as unknown as ConventionContent;
    content.signingOrder = [
      { party: "EPLE", order: 1 },
      { party: "ETAT", order: 1 },
      { party: "COLLECTIVITE", order: 1 },
    ];
    await updateConventionDraft(await as(user, scope), {
      conventionId: created.id,
      title: "Convention en parallèle",
      startsOn: v.startsOn!.toISOString().slice(0, 10),
      endsOn: v.endsOn!.toISOString().slice(0, 10),
      content: JSON.stringify(content),
    });
  }
  await completeDraft(await as(user, scope), created.id);
  await submitForSignature(await as(user, scope), { conventionId: created.id });
  return created.id;
}

export const paper = (conventionId: string, party: string, extra: Record<string, string> = {}) => ({
  conventionId,
  party,
  signerName: "Nom Inventé",
  signedOn: "2026-11-20",
  qualite: "Qualité inventée",
  authorisationReference: "Réf. inventée",
  authorisationDate: "2026-11-02",
  password: PASSWORD,
  ...extra,
});

/** `ctx` declares the paper signature of `party` (the form of `paper`), with a scanned PDF. */
export const declarePaper = async (
  ctx: AccessContext,
  conventionId: string,
  party: string,
  extra: Record<string, string> = {},
) => recordOfflineSignature(ctx, paper(conventionId, party, extra), await scannedPdf(), META);

export const stepsOf = async (conventionId: string) =>
  Object.fromEntries(
    (
      await db.signatureStep.findMany({
        where: { version: { conventionId } },
        select: { party: true, status: true, signerId: true, declaredById: true },
      })
    ).map((s) => [s.party, s]),
  );

/** What every test file of this story starts from (the former beforeAll). */
export async function seedSeparationOfParties(): Promise<void> {
  await seedReferentialsAndColleges();
  // What the annuaire's import writes in `Etablissement.email` for this collège.
  await db.etablissement.update({
    where: { uai: UAI.rennes35b },
    data: { email: "Ce.0350913c@ac-rennes.fr" },
  });
  await createUsers(users, {
    admin35: ["admin.35@test.fr", "COLLECTIVITE", "ADMIN", "35"],
    agent35: ["agent.35@test.fr", "COLLECTIVITE", "AGENT", "35"],
    sig35: ["signataire.35@test.fr", "COLLECTIVITE", "SIGNATAIRE", "35"],
    agent14: ["agent.14@test.fr", "COLLECTIVITE", "AGENT", "14"],
    agent14b: ["agent2.14@test.fr", "COLLECTIVITE", "AGENT", "14"],
    sig14: ["signataire.14@test.fr", "COLLECTIVITE", "SIGNATAIRE", "14"],
    drane: ["drane.rennes@test.fr", "ACADEMIE", "DRANE", "14"],
    recteur: ["recteur.rennes@test.fr", "ACADEMIE", "SIGNATAIRE", "14"],
    ...people("chefG"),
    referentG: ["referent.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
  });
  // An account that holds the signing roles of two parties (as the attack left it before the fix).
  users.double = await createUser("double@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "35" },
  ]);
}
