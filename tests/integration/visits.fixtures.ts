import { db } from "@/lib/db/client";
import { planVisitRound } from "@/lib/assistance/visits-plan-write";
import {
  createUser,
  createUsers,
  people,
  seedReferentialsAndColleges,
  UAI,
} from "../support/fixtures";
import { accessAs, C35 } from "../support/access";

export const users: Record<string, string> = {};
export const as = accessAs(users);

export const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
/** Planning happens on Monday 20 April 2026; the visits are in May and June. */
export const PLANNING = at("2026-04-20");

export const sectors = { nord: "", sud: "" };

/** Les Gayeulles in the secteur Nord, the other Rennes collège in the secteur Sud. */
export async function seedVisits(): Promise<void> {
  await seedReferentialsAndColleges();
  const c35 = await db.collectivite.findUniqueOrThrow({
    where: { code: "35" },
    select: { id: true },
  });
  for (const name of ["nord", "sud"] as const) {
    sectors[name] = (
      await db.sector.create({ data: { collectiviteId: c35.id, name }, select: { id: true } })
    ).id;
  }
  await db.etablissement.update({
    where: { uai: UAI.gayeulles },
    data: { sectorId: sectors.nord },
  });
  await db.etablissement.update({ where: { uai: UAI.rennes35b }, data: { sectorId: sectors.sud } });
  await createUsers(users, {
    ...people("agent35", "elu35", "agent14", "drane70", "chefG", "chefR"),
    adjG: ["adj.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
  });
  const field = (email: string, role: "TECHNICIEN" | "REFERENT_TECHNIQUE", sectorId: string) =>
    createUser(email, [{ scopeType: "COLLECTIVITE", role, key: "35", sectorId }]);
  users.techNord = await field("tech.nord@test.fr", "TECHNICIEN", sectors.nord);
  users.techSud = await field("tech.sud@test.fr", "TECHNICIEN", sectors.sud);
  users.refNord = await field("ref.nord@test.fr", "REFERENT_TECHNIQUE", sectors.nord);
}

/** The round of the story: Les Gayeulles, four Friday mornings a month in May and June 2026. */
export const fridays = {
  uai: UAI.gayeulles,
  from: "2026-05-01",
  to: "2026-06-30",
  perMonth: "4",
  weekdays: ["5"],
  halfDay: "MATIN",
  technicianId: "",
};

export const planFridays = async () => planVisitRound(await as("agent35", C35), fridays, PLANNING);

/** The visits of a collège, by day, as stored. */
export const visitsOf = async (uai: string) =>
  db.visit.findMany({
    where: { etablissement: { uai } },
    orderBy: [{ plannedOn: "asc" }, { halfDay: "asc" }],
    select: {
      id: true,
      plannedOn: true,
      halfDay: true,
      status: true,
      technicianId: true,
      report: true,
      doneAt: true,
    },
  });

export const visitSnapshot = async (id: string) =>
  JSON.stringify(await db.visit.findUnique({ where: { id } }));

export const day = (date: Date) => date.toISOString().slice(0, 10);
