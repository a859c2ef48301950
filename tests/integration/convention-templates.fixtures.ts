import { db } from "@/lib/db/client";
import { requireAccessContext, type ScopeRef } from "@/lib/access/context";
import type { ConventionContent } from "@/lib/conventions/content";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";

export const users: Record<string, string> = {};
export const ctxOf = async (userId: string | undefined, scope: ScopeRef) => {
  signInAs(userId ?? null);
  return requireAccessContext(scope);
};

/** Everything a template's write could touch, to compare before and after a refused call. */
export const snapshot = async () =>
  JSON.stringify({
    templates: await db.conventionTemplate.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, archivedAt: true },
    }),
    versions: await db.conventionTemplateVersion.findMany({
      orderBy: { id: "asc" },
      select: { id: true, number: true, content: true, note: true },
    }),
    events: await db.auditEvent.count(),
  });

export const edited = (change: (content: ConventionContent) => void): string => {
  const content = structuredClone(DEFAULT_TRIPARTITE_CONTENT);
  change(content);
  return JSON.stringify(content);
};

/** What every test file of this story starts from (the former beforeAll). */
export async function seedConventionTemplates(): Promise<void> {
  await seedReferentialsAndColleges();
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);
  users.elu35 = await createUser("elu35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "ELU", key: "35" },
  ]);
  users.agent14 = await createUser("agent14@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "14" },
  ]);
  users.drane14 = await createUser("drane14@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14" },
  ]);
  users.chef = await createUser("chef@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
}
