import type { Db } from "@/lib/db/client";
import type {
  BodyCadence,
  BodyKind,
  BodyMemberRole,
  ConventionParty,
} from "@/lib/generated/prisma/enums";
import { appendAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { seedBodyMeetings, type DemoMeetingPlan } from "@/prisma/seed/seed-meetings";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (instances fictives)" };

/** A member: a demo account by e-mail, or a person named without one. */
type DemoMember = [party: ConventionParty, role: BodyMemberRole, who: string, qualite: string];

interface DemoBody {
  collectivite: string;
  /** Its year of meetings (seed-meetings.ts). */
  meetings: DemoMeetingPlan[];
  name: string;
  kind: BodyKind;
  cadence: BodyCadence;
  secretariat: ConventionParty;
  /** The convention-cadre it steers (reference), a collège (UAI), or neither: the pair. */
  cadre?: string;
  uai?: string;
  members: DemoMember[];
}

const account = (name: string) => `${name}@demo.tripartite.fr`;

/**
 * The demo's bodies (fictitious people, real institutions): the comité de pilotage of the
 * convention-cadre 35, a comité technique of Ille-et-Vilaine and the académie de Rennes, the
 * commission numérique of Les Gayeulles, and a comité technique in the Calvados whose académie
 * (Normandie) seats its DRANE as co-chair. Each body has a year of meetings (seed-meetings.ts). A member named by account
 * holds a role that reads the bodies; the others (a technicians' service…) are named without one.
 */
const DEMO_BODIES: DemoBody[] = [
  {
    collectivite: "35",
    name: "Comité de pilotage du numérique éducatif en Ille-et-Vilaine",
    meetings: [
      { months: -11, state: "APPROUVE" },
      { months: -7, state: "APPROUVE" },
      { months: -4, state: "APPROUVE" },
      { months: -1, state: "EN_APPROBATION" },
      { months: 1, state: "CONVOQUEE" },
    ],
    kind: "COMITE_PILOTAGE",
    cadence: "SEMESTRIELLE",
    secretariat: "COLLECTIVITE",
    cadre: "CC-35-2024-0001",
    members: [
      [
        "COLLECTIVITE",
        "COPRESIDENT",
        account("signataire.35"),
        "Vice-présidente déléguée aux collèges",
      ],
      ["COLLECTIVITE", "MEMBRE", account("agent.35"), "Chargé de mission numérique éducatif"],
      [
        "ETAT",
        "COPRESIDENT",
        account("recteur.rennes"),
        "IA-DASEN d'Ille-et-Vilaine, par délégation du recteur",
      ],
      [
        "ETAT",
        "MEMBRE",
        account("drane.rennes"),
        "Délégué de région académique au numérique (DRANE)",
      ],
      [
        "ETAT",
        "MEMBRE",
        "Inspection de l'Éducation nationale (IEN numérique)",
        "IEN chargé de mission numérique",
      ],
    ],
  },
  {
    collectivite: "35",
    name: "Comité technique des collèges d'Ille-et-Vilaine",
    meetings: [
      { months: -12, state: "APPROUVE" },
      { months: -9, state: "APPROUVE" },
      { months: -6, state: "APPROUVE" },
      { months: -3, state: "APPROUVE" },
      { months: 2, state: "PREVUE" },
    ],
    kind: "COMITE_TECHNIQUE",
    cadence: "TRIMESTRIELLE",
    secretariat: "ETAT",
    members: [
      ["ETAT", "COPRESIDENT", account("drane.rennes"), "DRANE"],
      ["ETAT", "MEMBRE", "Cellule d'assistance académique de Rennes", "Assistance académique"],
      ["COLLECTIVITE", "COPRESIDENT", account("agent.35"), "Chargé de mission numérique éducatif"],
      [
        "COLLECTIVITE",
        "MEMBRE",
        "Service numérique des collèges",
        "Responsable des techniciens de secteur",
      ],
    ],
  },
  {
    collectivite: "35",
    name: "Commission numérique du collège Les Gayeulles",
    meetings: [
      { months: -10, state: "APPROUVE" },
      { months: -7, state: "APPROUVE" },
      { months: -4, state: "APPROUVE" },
      { months: -1, state: "BROUILLON" },
    ],
    kind: "COMMISSION_NUMERIQUE",
    cadence: "TRIMESTRIELLE",
    secretariat: "EPLE",
    uai: "0350027P",
    members: [
      ["EPLE", "COPRESIDENT", account("chef.0350027p"), "Principal"],
      ["EPLE", "MEMBRE", account("referent-numerique.0350027p"), "Référent numérique"],
      ["EPLE", "MEMBRE", account("referent-technique.0350027p"), "Référent technique"],
      ["COLLECTIVITE", "MEMBRE", account("agent.35"), "Chargé de mission numérique éducatif"],
    ],
  },
  {
    collectivite: "14",
    name: "Comité technique des collèges du Calvados",
    meetings: [
      { months: -11, state: "APPROUVE" },
      { months: -8, state: "APPROUVE" },
      { months: -5, state: "APPROUVE" },
      { months: -2, state: "APPROUVE" },
      { months: 1, state: "CONVOQUEE" },
    ],
    kind: "COMITE_TECHNIQUE",
    cadence: "TRIMESTRIELLE",
    secretariat: "COLLECTIVITE",
    cadre: "CC-14-2024-0001",
    members: [
      ["COLLECTIVITE", "COPRESIDENT", account("agent.14"), "Directrice de l'éducation"],
      [
        "COLLECTIVITE",
        "MEMBRE",
        "Service informatique des collèges",
        "Responsable de l'assistance aux collèges",
      ],
      [
        "ETAT",
        "COPRESIDENT",
        account("drane.normandie"),
        "Déléguée de région académique au numérique (DRANE)",
      ],
      ["ETAT", "MEMBRE", "Cellule d'assistance académique de Normandie", "Assistance académique"],
    ],
  },
];

/**
 * Writes the demo bodies and their members. Idempotent: a collectivité that has bodies is left
 * as it is. Bypasses the access context (the demo accounts are designated as their party would):
 * run from the command line only.
 */
export async function unsafeSeedDemoGovernance(
  db: Db,
  now = new Date(),
): Promise<{ bodies: number; members: number; meetings: number }> {
  const report = { bodies: 0, members: 0, meetings: 0 };
  const idOf = async (email: string) =>
    (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  // Each party's members are designated by its own manager (no party designates another's).
  const designator = (spec: DemoBody, party: ConventionParty) =>
    party === "COLLECTIVITE"
      ? account(`agent.${spec.collectivite}`)
      : party === "ETAT"
        ? account(spec.collectivite === "14" ? "drane.normandie" : "drane.rennes")
        : account(`chef.${spec.uai!.toLowerCase()}`);
  for (const code of [...new Set(DEMO_BODIES.map((b) => b.collectivite))]) {
    const collectivite = await db.collectivite.findUniqueOrThrow({
      where: { code },
      select: { id: true, _count: { select: { governanceBodies: true } } },
    });
    if (collectivite._count.governanceBodies > 0) continue;
    for (const spec of DEMO_BODIES.filter((b) => b.collectivite === code)) {
      const where = spec.uai
        ? await db.etablissement.findUniqueOrThrow({
            where: { uai: spec.uai },
            select: { collectiviteId: true, academieCode: true, id: true },
          })
        : null;
      const cadre = await db.convention.findFirstOrThrow({
        where: {
          ...(spec.cadre
            ? { reference: spec.cadre }
            : { collectiviteId: collectivite.id, kind: "CADRE" }),
          academieCode: { not: null },
        },
        select: { id: true, academieCode: true },
      });
      const people = await db.user.findMany({
        where: { email: { in: spec.members.map((m) => m[2]) } },
        select: { id: true, email: true, name: true },
      });
      const byEmail = new Map(people.map((p) => [p.email, p]));
      const designators = new Map<ConventionParty, string>();
      for (const party of new Set([spec.secretariat, ...spec.members.map((m) => m[0])]))
        designators.set(party, await idOf(designator(spec, party)));
      // Long: the approved minutes of a year are rendered as PDFs inside the transaction.
      report.meetings += await db.$transaction(
        async (tx) => {
          const body = await tx.governanceBody.create({
            data: {
              name: spec.name,
              kind: spec.kind,
              cadence: spec.cadence,
              secretariatParty: spec.secretariat,
              collectiviteId: collectivite.id,
              academieCode: where?.academieCode ?? cadre.academieCode!,
              etablissementId: where?.id ?? null,
              conventionId: spec.cadre ? cadre.id : null,
              createdById: designators.get(spec.secretariat)!,
            },
            select: {
              id: true,
              name: true,
              kind: true,
              secretariatParty: true,
              collectiviteId: true,
              academieCode: true,
              etablissementId: true,
            },
          });
          if (spec.cadre)
            await tx.bodySteeredConvention.create({
              data: {
                bodyId: body.id,
                conventionId: cadre.id,
                addedById: designators.get(spec.secretariat)!,
              },
            });
          await tx.bodyMember.createMany({
            data: spec.members.map(([party, role, who, qualite]) => {
              const user = byEmail.get(who);
              return {
                bodyId: body.id,
                party,
                role,
                qualite,
                userId: user?.id ?? null,
                name: user?.name ?? who,
                email: user?.email ?? null,
                designatedById: designators.get(party)!,
              };
            }),
          });
          await appendAuditEvent(tx, {
            actor: DEMO_ACTOR,
            scope: partiesAuditScope(body),
            action: "governance.body.create",
            entityType: "GovernanceBody",
            entityId: body.id,
            after: { name: spec.name, kind: spec.kind, secretariat: spec.secretariat },
          });
          return seedBodyMeetings(tx, body, spec.meetings, designators.get(spec.secretariat)!, now);
        },
        { timeout: 120_000 },
      );
      report.bodies += 1;
      report.members += spec.members.length;
    }
  }
  return report;
}
