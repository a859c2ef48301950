import { db } from "@/lib/db/client";
import type { ConventionContent } from "@/lib/conventions/content";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { seedReferentialsAndColleges, UAI, createUsers, people } from "../support/fixtures";
import { accessAs } from "../support/access";

export const users: Record<string, string> = {};
export const as = accessAs(users);

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
  await createUsers(users, {
    ...people("agent35", "elu35", "agent14", "drane14"),
    chef: ["chef@test.fr", "ETABLISSEMENT", "CHEF", UAI.gayeulles],
  });
}
