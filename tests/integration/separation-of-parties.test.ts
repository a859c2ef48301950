import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext, type ScopeRef } from "@/lib/access/context";
import { createConvention } from "@/lib/conventions/create-convention";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { submitForSignature } from "@/lib/conventions/submit-for-signature";
import { completeDraft } from "../support/complete-draft";
import { signConvention } from "@/lib/conventions/sign-convention";
import { offlineParties, recordOfflineSignature } from "@/lib/conventions/sign-offline";
import { getConvention } from "@/lib/conventions/get-convention";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import type { ConventionContent } from "@/lib/conventions/content";
import { inviteMember, hashInvitationToken } from "@/lib/members/invite-member";
import { acceptInvitation, getInvitationByToken } from "@/lib/members/accept-invitation";
import { changeMemberRole } from "@/lib/members/manage-member";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { FAKE_PDF_50_BYTES, scannedPdf } from "../support/scan-pdf";
import { accessAs, C35, C14, A14, E } from "../support/access";

/**
 * The attacks of issue 13 §1 (« séparation des parties »), replayed against lib/ with real
 * contexts: each must be refused and leave the data as it was.
 */

const PASSWORD = "Secret2026!";
const META = { ip: "203.0.113.9", userAgent: "Vitest" };
const users: Record<string, string> = {};
/** The institutional address of 0350913C, as the annuaire's `Mail` column gives it. */
const INSTITUTIONAL_RENNES = "ce.0350913c@ac-rennes.fr";

const as = accessAs(users);

async function frozenSha(conventionId: string) {
  const v = await db.conventionVersion.findFirstOrThrow({
    where: { conventionId },
    orderBy: { number: "desc" },
    select: { frozenSha256: true },
  });
  return v.frozenSha256!;
}

async function sign(user: string, scope: ScopeRef, conventionId: string) {
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
async function submitted(user: string, scope: ScopeRef, uai: string, parallel = false) {
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

const paper = (conventionId: string, party: string, extra: Record<string, string> = {}) => ({
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

const stepsOf = async (conventionId: string) =>
  Object.fromEntries(
    (
      await db.signatureStep.findMany({
        where: { version: { conventionId } },
        select: { party: true, status: true, signerId: true, declaredById: true },
      })
    ).map((s) => [s.party, s]),
  );

const membershipsSnapshot = async () =>
  JSON.stringify(
    await db.membership.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, userId: true, scopeType: true, etablissementId: true },
    }),
  );

beforeAll(async () => {
  await seedReferentialsAndColleges();
  // What the annuaire's import writes in `Etablissement.email` for this collège.
  await db.etablissement.update({
    where: { uai: UAI.rennes35b },
    data: { email: "Ce.0350913c@ac-rennes.fr" },
  });
  users.admin35 = await createUser("admin.35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ADMIN", key: "35" },
  ]);
  users.agent35 = await createUser("agent.35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.sig35 = await createUser("signataire.35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "35" },
  ]);
  users.agent14 = await createUser("agent.14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.agent14b = await createUser("agent2.14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.sig14 = await createUser("signataire.14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "14" },
  ]);
  users.drane = await createUser("drane.rennes@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.recteur = await createUser("recteur.rennes@test.fr", [
    { scopeType: "ACADEMIE", role: "SIGNATAIRE", key: "14" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.referentG = await createUser("referent.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT", key: UAI.gayeulles },
  ]);
  // An account that holds the signing roles of two parties (as the attack left it before the fix).
  users.double = await createUser("double@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "35" },
  ]);
});

describe("an agent never puts a convention in force alone", () => {
  it("refuses agent.35's paper signatures for the collectivité and the académie, and a 50-byte « %PDF- » scan; the collège without chef is only declared", async () => {
    // 0350913C has no chef on the platform; the académie and the collectivité have signers.
    const id = await submitted("agent35", C35, UAI.rennes35b, true);
    const agent = await as("agent35", C35);
    const before = await stepsOf(id);

    await expect(
      recordOfflineSignature(agent, paper(id, "EPLE"), FAKE_PDF_50_BYTES, META),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      recordOfflineSignature(agent, paper(id, "COLLECTIVITE"), await scannedPdf(), META),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/signataire, jamais déclarée par un agent/),
    });
    await expect(
      recordOfflineSignature(agent, paper(id, "ETAT"), await scannedPdf(), META),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordOfflineSignature(
        agent,
        paper(id, "EPLE", { password: "pas le bon" }),
        await scannedPdf(),
        META,
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // Another collectivité: not found, nothing offered.
    await expect(
      recordOfflineSignature(await as("agent14", C14), paper(id, "EPLE"), await scannedPdf(), META),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await offlineParties(await as("agent14", C14), id)).toEqual([]);
    expect(await stepsOf(id)).toEqual(before);
    expect(await offlineParties(agent, id)).toEqual([{ party: "EPLE", mode: "declaration" }]);

    // What remains legitimate: declaring the paper signature of the collège that has no chef yet.
    await recordOfflineSignature(
      agent,
      paper(id, "EPLE", { signerName: "M. Principal" }),
      await scannedPdf(),
      META,
    );
    const steps = await stepsOf(id);
    expect(steps.EPLE).toMatchObject({
      status: "SIGNEE_HORS_PLATEFORME",
      signerId: null,
      declaredById: users.agent35,
    });
    expect(steps.ETAT!.status).toBe("EN_ATTENTE");
    expect(steps.COLLECTIVITE!.status).toBe("EN_ATTENTE");
    expect(
      (await db.convention.findUniqueOrThrow({ where: { id }, select: { status: true } })).status,
    ).toBe("EN_SIGNATURE");
    // Having declared one step, the agent declares nothing else on it.
    expect(await offlineParties(agent, id)).toEqual([]);

    // The declaration is shown as such: on the convention page and on /verifier, with who declared it and the scan's hash.
    const detail = await getConvention(agent, id);
    const eple = detail.current.steps.find((s) => s.party === "EPLE")!;
    expect(eple).toMatchObject({
      signerName: "M. Principal",
      declaredByName: "agent.35",
      declaredByEmail: "agent.35@test.fr",
    });
    expect(eple.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    const frozen = await verifyConventionDocument(db, { sha256: detail.current.frozenSha256! });
    expect(frozen?.signatures).toEqual([
      expect.objectContaining({
        party: "EPLE",
        status: "SIGNEE_HORS_PLATEFORME",
        declaredBy: "agent.35",
        scanSha256: eple.scanSha256,
      }),
    ]);

    await sign("recteur", A14, id);
    expect((await sign("sig35", C35, id)).complete).toBe(true);
    const signed = await getConvention(agent, id);
    const final = await verifyConventionDocument(db, { sha256: signed.current.finalSha256! });
    expect(final?.kind).toBe("final");
    expect(final?.signatures.map((s) => [s.party, s.declaredBy])).toEqual([
      ["EPLE", "agent.35"],
      ["ETAT", null],
      ["COLLECTIVITE", null],
    ]);
    const events = await db.auditEvent.findMany({
      where: { entityId: id },
      select: { action: true },
    });
    expect(events.map((e) => e.action)).toContain("convention.declare_offline");
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });

  it("lets one person declare one step only: a second party without signer needs someone else", async () => {
    // Calvados: the collège has no chef and the académie de Normandie no signer on the platform.
    const id = await submitted("agent14", C14, UAI.calvados14, true);
    await recordOfflineSignature(
      await as("agent14", C14),
      paper(id, "EPLE"),
      await scannedPdf(),
      META,
    );
    await expect(
      recordOfflineSignature(await as("agent14", C14), paper(id, "ETAT"), await scannedPdf(), META),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/une même personne ne signe pas pour deux parties/),
    });
    expect((await stepsOf(id)).ETAT!.status).toBe("EN_ATTENTE");
    await recordOfflineSignature(
      await as("agent14b", C14),
      paper(id, "ETAT"),
      await scannedPdf(),
      META,
    );
    await expect(
      recordOfflineSignature(
        await as("agent14b", C14),
        paper(id, "COLLECTIVITE"),
        await scannedPdf(),
        META,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await sign("sig14", C14, id)).complete).toBe(true);
  });

  it("refuses a second step to an account that holds the signing roles of two parties", async () => {
    const id = await submitted("agent35", C35, UAI.gayeulles, true);
    await sign("double", E(UAI.gayeulles), id);
    await sign("recteur", A14, id);
    const before = await stepsOf(id);
    await expect(sign("double", C35, id)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/deux parties/),
    });
    await expect(
      recordOfflineSignature(
        await as("double", C35),
        paper(id, "COLLECTIVITE"),
        await scannedPdf(),
        META,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await stepsOf(id)).toEqual(before);
    expect(
      (await db.convention.findUniqueOrThrow({ where: { id }, select: { status: true } })).status,
    ).toBe("EN_SIGNATURE");
    expect((await sign("sig35", C35, id)).complete).toBe(true);
  });
});

describe("managers never give themselves another party's role", () => {
  it("refuses admin.35 inviting his own address as chef of a collège, and a chef named by the collectivité", async () => {
    const admin = await as("admin35", C35);
    const before = await db.invitation.count();
    await expect(
      inviteMember(admin, {
        email: "admin.35@test.fr",
        name: "Admin",
        role: "CHEF",
        target: UAI.gayeulles,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inviteMember(admin, {
        email: "admin.35@test.fr",
        name: "Admin",
        role: "CHEF",
        target: UAI.rennes35b,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Gayeulles has a chef: only he (or the platform) names another.
    await expect(
      inviteMember(admin, {
        email: "complice@test.fr",
        name: "Complice",
        role: "CHEF",
        target: UAI.gayeulles,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // 0350913C has none yet: its first chef is invited at the collège's institutional address only.
    await expect(
      inviteMember(admin, {
        email: "complice@test.fr",
        name: "Complice",
        role: "CHEF",
        target: UAI.rennes35b,
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining(INSTITUTIONAL_RENNES),
    });
    // No annuaire address known for the Bourbriac collège (22): no first chef by another party.
    await expect(
      inviteMember(await as("drane", A14), {
        email: "ce.0220003j@ac-rennes.fr",
        name: "Chef",
        role: "CHEF",
        target: UAI.bourbriac22,
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.invitation.count()).toBe(before);
  });

  it("refuses the DRANE making herself gestionnaire of a collège (and reading its dotations)", async () => {
    const drane = await as("drane", A14);
    const before = await membershipsSnapshot();
    await expect(
      inviteMember(drane, {
        email: "drane.rennes@test.fr",
        name: "Drane",
        role: "GESTIONNAIRE",
        target: UAI.gayeulles,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.invitation.count({ where: { email: "drane.rennes@test.fr" } })).toBe(0);
    expect(await membershipsSnapshot()).toBe(before);
    signInAs(users.drane!);
    await expect(requireAccessContext(E(UAI.gayeulles))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses a collectivité promoting someone, or its own account, to chef of a collège", async () => {
    const admin = await as("admin35", C35);
    const referent = await db.membership.findFirstOrThrow({
      where: { userId: users.referentG },
      select: { id: true },
    });
    await expect(
      changeMemberRole(admin, { membershipId: referent.id, role: "CHEF" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const gayeulles = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    const own = await db.membership.create({
      data: {
        userId: users.admin35!,
        scopeType: "ETABLISSEMENT",
        role: "GESTIONNAIRE",
        etablissementId: gayeulles.id,
      },
      select: { id: true },
    });
    await expect(
      changeMemberRole(admin, { membershipId: own.id, role: "REFERENT" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: referent.id } })).role).toBe(
      "REFERENT",
    );
    expect((await db.membership.findUniqueOrThrow({ where: { id: own.id } })).role).toBe(
      "GESTIONNAIRE",
    );
    await db.membership.delete({ where: { id: own.id } });
  });

  it("invites a collège's first chef at its institutional address; then only the chef names another", async () => {
    const admin = await as("admin35", C35);
    await inviteMember(admin, {
      email: "Ce.0350913C@ac-rennes.fr",
      name: "Chef du collège",
      role: "CHEF",
      target: UAI.rennes35b,
    });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: INSTITUTIONAL_RENNES },
      orderBy: { createdAt: "desc" },
    });
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    signInAs(null);
    const accepted = await acceptInvitation(token, {
      name: "Principale Rennes",
      password: "MotDePasse2026",
      confirmation: "MotDePasse2026",
    });
    users.chefR = accepted.userId;
    await expect(
      inviteMember(admin, {
        email: INSTITUTIONAL_RENNES,
        name: "Chef bis",
        role: "CHEF",
        target: UAI.rennes35b,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    signInAs(accepted.userId);
    const chef = await requireAccessContext(E(UAI.rennes35b));
    await inviteMember(chef, {
      email: "adjoint@test.fr",
      name: "Principal adjoint",
      role: "CHEF",
      target: "",
    });
  });
});

describe("an invitation never attaches a role to an existing account without that account signed in", () => {
  it("asks the invitee to sign in, refuses another session, and accepts for the invitee signed in", async () => {
    const admin = await as("admin35", C35);
    await inviteMember(admin, {
      email: "agent.35@test.fr",
      name: "Agent",
      role: "REFERENT",
      target: UAI.gayeulles,
    });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: "agent.35@test.fr" },
      orderBy: { createdAt: "desc" },
    });
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    const before = await membershipsSnapshot();

    signInAs(null);
    expect(await getInvitationByToken(token)).toMatchObject({ hasAccount: true, session: "none" });
    await expect(acceptInvitation(token, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(users.admin35!);
    expect(await getInvitationByToken(token)).toMatchObject({ session: "other" });
    await expect(acceptInvitation(token, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipsSnapshot()).toBe(before);
    expect(
      (
        await db.invitation.findFirstOrThrow({
          where: { email: "agent.35@test.fr" },
          select: { acceptedAt: true },
        })
      ).acceptedAt,
    ).toBeNull();

    signInAs(users.agent35!);
    expect(await getInvitationByToken(token)).toMatchObject({ session: "invitee" });
    await acceptInvitation(token, {});
    expect(
      await db.membership.count({
        where: { userId: users.agent35, scopeType: "ETABLISSEMENT", role: "REFERENT" },
      }),
    ).toBe(1);
  });

  it("refuses an invitation a manager sent to his own address (before such invitations were refused), signed in or not", async () => {
    const token = randomBytes(32).toString("base64url");
    const gayeulles = await db.etablissement.findUniqueOrThrow({
      where: { uai: UAI.gayeulles },
      select: { id: true },
    });
    await db.invitation.create({
      data: {
        email: "admin.35@test.fr",
        name: "Admin",
        scopeType: "ETABLISSEMENT",
        role: "CHEF",
        etablissementId: gayeulles.id,
        tokenHash: hashInvitationToken(token),
        invitedById: users.admin35!,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const before = await membershipsSnapshot();
    signInAs(null);
    await expect(
      acceptInvitation(token, {
        name: "Admin",
        password: "MotDePasse2026",
        confirmation: "MotDePasse2026",
      }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(users.admin35!);
    await expect(acceptInvitation(token, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await membershipsSnapshot()).toBe(before);
  });
});
