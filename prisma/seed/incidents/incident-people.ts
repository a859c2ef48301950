import type { Db } from "@/lib/db/client";
import type { ConventionParty, Role } from "@/lib/generated/prisma/enums";
import { SECTOR_ROLES } from "@/lib/access/context";
import { partyRoles } from "@/lib/conventions/notify-parties";
import { prng } from "@/prisma/seed/shared/demo-random";
import { FIRST_NAMES, LAST_NAMES } from "@/prisma/seed/shared/fictitious-names";
import type { Actor } from "@/prisma/seed/incidents/incident-replay";
import type { StoryPeople } from "@/prisma/seed/incidents/incident-story";

/**
 * Who reports where the collège has no member: a fictitious person without a password (no one
 * signs in as them), in the demo's domain.
 */
export const FICTITIOUS_REPORTER = {
  email: "declarant.fictif@demo.tripartite.fr",
  name: "Déclarant fictif (démonstration)",
};
const DEMO_DOMAIN = "@demo.tripartite.fr";

interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  scopeType: string;
  collectiviteId: string | null;
  academieCode: string | null;
  etablissementId: string | null;
  sectorId: string | null;
}

export interface PeopleCollege {
  id: string;
  uai: string;
  collectiviteId: string;
  academieCode: string;
  sectorId: string | null;
}

/** The members who may report in, or handle the queues of, the demo collèges and their scopes. */
export async function loadMembers(db: Db, colleges: readonly PeopleCollege[]): Promise<Member[]> {
  const rows = await db.membership.findMany({
    where: {
      user: { disabledAt: null },
      OR: [
        {
          scopeType: "COLLECTIVITE",
          collectiviteId: { in: [...new Set(colleges.map((c) => c.collectiviteId))] },
        },
        {
          scopeType: "ACADEMIE",
          academieCode: { in: [...new Set(colleges.map((c) => c.academieCode))] },
        },
        { scopeType: "ETABLISSEMENT", etablissementId: { in: colleges.map((c) => c.id) } },
      ],
    },
    select: {
      role: true,
      scopeType: true,
      collectiviteId: true,
      academieCode: true,
      etablissementId: true,
      sectorId: true,
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ user: { email: "asc" } }, { role: "asc" }],
  });
  return rows.map(({ user, ...m }) => ({
    ...m,
    userId: user.id,
    name: user.name,
    email: user.email,
  }));
}

/** The fictitious reporter's account, created the first time a collège needs it. */
export async function fictitiousReporter(db: Db): Promise<Actor> {
  const user = await db.user.upsert({
    where: { email: FICTITIOUS_REPORTER.email },
    create: { ...FICTITIOUS_REPORTER, passwordHash: null },
    update: {},
    select: { id: true, name: true },
  });
  return { id: user.id, name: user.name, party: "EPLE" };
}

const asActor = (m: Member, party: ConventionParty): Actor => ({
  id: m.userId,
  name: m.name,
  party,
});

/**
 * The people of a collège's incidents: its demo accounts report (else any member who may, else
 * `fallback`); each queue is handled by a member who may handle it — the collège's secteur
 * technician first — or, where the demo has none, by a fictitious person without an account.
 */
export function peopleOf(
  college: PeopleCollege,
  members: readonly Member[],
  fallback: Actor | null,
): { people: StoryPeople; technician: Actor | null } | null {
  const rng = prng(`demo-incidents-people:${college.uai}`);
  const may = (party: ConventionParty, permission: "incident.report" | "incident.handle") => {
    const roles = partyRoles(party, permission);
    return members.filter(
      (m) =>
        roles.includes(m.role) &&
        (party === "COLLECTIVITE"
          ? m.scopeType === "COLLECTIVITE" && m.collectiviteId === college.collectiviteId
          : party === "ETAT"
            ? m.scopeType === "ACADEMIE" && m.academieCode === college.academieCode
            : m.scopeType === "ETABLISSEMENT" && m.etablissementId === college.id),
    );
  };
  const reporters = may("EPLE", "incident.report");
  const demo = reporters.filter((m) => m.email.endsWith(DEMO_DOMAIN));
  const reporter = (demo.length > 0 ? demo : reporters)[0];
  const collegeActor = reporter ? asActor(reporter, "EPLE") : fallback;
  if (!collegeActor) return null;
  const technicians = may("COLLECTIVITE", "incident.handle").filter(
    (m) => SECTOR_ROLES.includes(m.role) && m.sectorId !== null && m.sectorId === college.sectorId,
  );
  const handlers: Record<ConventionParty, Actor> = {
    COLLECTIVITE: pickHandler(rng, "COLLECTIVITE", [
      technicians,
      may("COLLECTIVITE", "incident.handle").filter((m) => !SECTOR_ROLES.includes(m.role)),
    ]),
    ETAT: pickHandler(rng, "ETAT", [may("ETAT", "incident.handle")]),
    EPLE: pickHandler(rng, "EPLE", [
      may("EPLE", "incident.handle").filter((m) => m.role === "REFERENT_TECHNIQUE"),
      may("EPLE", "incident.handle"),
    ]),
  };
  return {
    people: { reporter: collegeActor, college: collegeActor, handler: (party) => handlers[party] },
    technician: technicians[0] ? asActor(technicians[0], "COLLECTIVITE") : null,
  };
}

/** The first group with members gives one, drawn; else a fictitious person of the queue. */
function pickHandler(
  rng: ReturnType<typeof prng>,
  party: ConventionParty,
  groups: readonly (readonly Member[])[],
): Actor {
  const group = groups.find((g) => g.length > 0);
  if (group) return asActor(rng.pick(group), party);
  return { id: null, name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`, party };
}
