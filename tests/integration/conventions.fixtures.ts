import { db } from "@/lib/db/client";
import { type ScopeRef } from "@/lib/access/context";
import { createConvention } from "@/lib/conventions/create-convention";
import { signConvention } from "@/lib/conventions/sign-convention";
import type { ConventionContent } from "@/lib/conventions/content";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { accessAs } from "../support/access";

export const PASSWORD = "Secret2026!";
export const META = { ip: "203.0.113.7", userAgent: "Vitest" };
export const users: Record<string, string> = {};

export const as = accessAs(users);

export const auth = {
  qualite: "Principale",
  authorisationReference: "CA 2026-14",
  authorisationDate: "2026-10-02",
};

export async function sha(conventionId: string) {
  const v = await db.conventionVersion.findFirstOrThrow({
    where: { conventionId },
    orderBy: { number: "desc" },
    select: { frozenSha256: true },
  });
  return v.frozenSha256!;
}

export async function sign(
  user: string,
  scope: ScopeRef,
  conventionId: string,
  extra: Record<string, string> = {},
) {
  return signConvention(
    await as(user, scope),
    {
      conventionId,
      documentSha256: await sha(conventionId),
      password: PASSWORD,
      ...auth,
      ...extra,
    },
    META,
  );
}

export const conventionSnapshot = async (id: string) =>
  JSON.stringify(
    await db.convention.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        title: true,
        inForceVersionId: true,
        versions: {
          select: {
            number: true,
            status: true,
            content: true,
            steps: { select: { status: true } },
          },
        },
      },
    }),
  );

export async function newDraft(user: string, scope: ScopeRef, uai: string) {
  return createConvention(await as(user, scope), { kind: "TRIPARTITE", uai });
}

export async function draftContent(conventionId: string): Promise<ConventionContent> {
  const v = await db.conventionVersion.findFirstOrThrow({
    where: { conventionId },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  return v.content as unknown as ConventionContent;
}

export const ids = { gayeulles: "", rennes: "", bourbriac: "" };

/** What every test file of this story starts from (the former beforeAll). */
export async function seedConventions(): Promise<void> {
  await seedReferentialsAndColleges();
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.sig35 = await createUser("sig35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "SIGNATAIRE", key: "35" },
  ]);
  users.agent22 = await createUser("agent22@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "22" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.recteur14 = await createUser("recteur14@test.fr", [
    { scopeType: "ACADEMIE", role: "SIGNATAIRE", key: "14" },
  ]);
  users.drane70 = await createUser("drane70@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "70" },
  ]);
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.chefR = await createUser("chef.rennes@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.rennes35b },
  ]);
  users.chefB = await createUser("chef.bourbriac@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.bourbriac22 },
  ]);
}
