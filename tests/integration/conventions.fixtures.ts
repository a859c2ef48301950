import { db } from "@/lib/db/client";
import { type ScopeRef } from "@/lib/access/context";
import { createConvention } from "@/lib/conventions/create-convention";
import { signConvention } from "@/lib/conventions/sign-convention";
import type { ConventionContent } from "@/lib/conventions/content";
import { seedReferentialsAndColleges, createUsers, people } from "../support/fixtures";
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
  await createUsers(users, {
    ...people("agent35", "elu35"),
    sig35: ["sig35@test.fr", "COLLECTIVITE", "SIGNATAIRE", "35"],
    ...people("agent22", "agent14", "drane14", "recteur14", "drane70", "chefG", "chefR", "chefB"),
  });
}
