import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EquipmentCategory } from "@/lib/inventory/labels";
import { benchSeedKey } from "@/prisma/seed/shared/bench-constants";
import { benchEmail, type BenchPerson } from "@/prisma/seed/shared/bench-accounts";
import { prng, seededKey } from "@/prisma/seed/shared/demo-random";

/*
 * Appels à projets for the benchmark (issue 18): three calls per collectivité, joint with the
 * académie of its convention-cadre — one open with about 10 % of its public collèges' dossiers
 * deposited, one closed three days ago with about 15 % deposited and half of them scored by both
 * parties, one decided fourteen months ago (about 12 % deposited, 40 % retained, funded and
 * delivered, with their 6- and 12-month reports). The delivered equipment is not added to the
 * inventories: the benchmark's registers already stand for the fleet.
 */

export interface BenchCallCollectivite {
  id: string;
  code: string;
  academieCode: string;
  academieName: string;
  unitCosts: Partial<Record<EquipmentCategory, number>>;
  colleges: readonly { id: string; uai: string }[];
}

export interface BenchCallsReport {
  calls: number;
  applications: number;
  scores: number;
  reports: number;
}

const CRITERIA = [
  { label: "Qualité du projet pédagogique", weight: 50 },
  { label: "Lien avec le projet d'établissement", weight: 30 },
  { label: "Engagement des enseignants dans la formation", weight: 20 },
];
const DAY = 86_400_000;

const SPECS = [
  {
    key: "ouvert",
    title: "Écrans numériques interactifs pour les sciences",
    opens: -20,
    closes: 25,
    share: 0.1,
  },
  {
    key: "instruction",
    title: "Classes mobiles pour les langues vivantes",
    opens: -60,
    closes: -3,
    share: 0.15,
  },
  {
    key: "decide",
    title: "Collèges préfigurateurs : classes mobiles en 5e",
    opens: -540,
    closes: -480,
    share: 0.12,
  },
] as const;

/** Writes the benchmark's calls, dossiers, scores, allocations and reports. Bypasses the access context. */
export async function unsafeSeedBenchCalls(
  db: Db,
  collectivites: readonly BenchCallCollectivite[],
  options: { seed: number; now: Date; people: ReadonlyMap<string, BenchPerson> },
): Promise<BenchCallsReport> {
  const { seed, now, people } = options;
  const rng = prng(seededKey("appels", benchSeedKey(seed)));
  const day = (offset: number) => {
    const d = new Date(now.getTime() + offset * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  const calls: Prisma.ProjectCallCreateManyInput[] = [];
  const applications: Prisma.ProjectApplicationCreateManyInput[] = [];
  const scores: Prisma.ApplicationScoreCreateManyInput[] = [];
  const allocations: Prisma.AllocationCreateManyInput[] = [];
  const reports: Prisma.ProjectReportCreateManyInput[] = [];
  for (const c of [...collectivites].sort((a, b) => a.code.localeCompare(b.code))) {
    if (c.colleges.length === 0) continue;
    const agent = people.get(benchEmail.collectivite("AGENT", c.code));
    const drane = people.get(benchEmail.academie("DRANE", c.academieName));
    if (!agent || !drane) continue;
    const cost = (category: EquipmentCategory) => c.unitCosts[category] ?? 300_000;
    for (const spec of SPECS) {
      const callId = `bench-call-${seed}-${c.code}-${spec.key}`;
      calls.push({
        id: callId,
        collectiviteId: c.id,
        academieCode: c.academieCode,
        title: spec.title,
        objectives: "Équiper les collèges volontaires et accompagner les équipes, avec la DRANE.",
        eligiblePublic: true,
        criteria: CRITERIA,
        envelopeCents: BigInt(Math.max(50_000, c.colleges.length * 4_000)) * 100n,
        opensOn: day(spec.opens),
        closesOn: day(spec.closes),
        decisionOn: day(spec.closes + 30),
        categories: ["ENI", "CLASSE_MOBILE"],
        trainingRequired: "Six heures de formation par enseignant engagé.",
        status: "PUBLIE",
        collectiviteAgreedAt: day(spec.opens - 2),
        collectiviteAgreedById: agent.id,
        collectiviteAgreedByName: agent.name,
        academieAgreedAt: day(spec.opens - 1),
        academieAgreedById: drane.id,
        academieAgreedByName: drane.name,
        publishedAt: day(spec.opens - 1),
        createdById: agent.id,
      });
      const applicants = rng
        .shuffle(c.colleges)
        .slice(0, Math.max(1, Math.round(c.colleges.length * spec.share)));
      for (const [i, college] of applicants.entries()) {
        const id = `${callId}-${i}`;
        const equipment = [
          { category: "ENI" as const, quantity: rng.int(1, 4), unitCostCents: cost("ENI") },
          ...(rng.chance(0.5)
            ? [
                {
                  category: "CLASSE_MOBILE" as const,
                  quantity: 1,
                  unitCostCents: cost("CLASSE_MOBILE"),
                },
              ]
            : []),
        ];
        const requested = equipment.reduce((s, l) => s + l.quantity * l.unitCostCents, 0);
        const submittedAt = day(Math.min(spec.closes, spec.opens + rng.int(1, 30)));
        const decided = spec.key === "decide";
        const scored = decided || (spec.key === "instruction" && rng.chance(0.5));
        const retained = decided && rng.chance(0.4);
        const decidedOn = day(spec.closes + 40);
        if (scored)
          for (const [party, by] of [
            ["COLLECTIVITE", agent],
            ["ETAT", drane],
          ] as const) {
            const points = CRITERIA.map((k) => rng.int(Math.round(k.weight * 0.3), k.weight));
            scores.push({
              applicationId: id,
              party,
              points,
              total: points.reduce((a, b) => a + b, 0),
              scoredAt: day(spec.closes + 10),
              scoredById: by.id,
              scoredByName: by.name,
            });
          }
        const allocationId = retained ? `${id}-attribution` : null;
        if (allocationId)
          allocations.push({
            id: allocationId,
            collectiviteId: c.id,
            etablissementId: college.id,
            exercice: decidedOn.getUTCFullYear(),
            kind: "EQUIPEMENT",
            label: `Appel à projets « ${spec.title} »`,
            amountCents: BigInt(requested),
          });
        applications.push({
          id,
          callId,
          etablissementId: college.id,
          status: "DEPOSE",
          project: "Un projet d'usages en classe avec les équipements demandés.",
          projetEtablissement: "Axe « réussite de tous les élèves ».",
          classes: "Classes de 5e et de 4e",
          teachers: rng.int(2, 8),
          equipment,
          trainingNeeds: "Prise en main et usages disciplinaires.",
          submittedAt,
          submittedByName: "Chef d'établissement",
          ...(decided
            ? {
                decision: retained ? "RETENU" : rng.pick(["AJOURNE", "REFUSE"] as const),
                grantedCents: retained ? BigInt(requested) : null,
                decisionReasons: retained ? null : "Projet à consolider avant un prochain appel.",
                decisionProposedBy: "COLLECTIVITE",
                decisionCollectiviteAt: decidedOn,
                decisionCollectiviteById: agent.id,
                decisionCollectiviteByName: agent.name,
                decisionAcademieAt: decidedOn,
                decisionAcademieById: drane.id,
                decisionAcademieByName: drane.name,
                decidedAt: decidedOn,
                allocationId,
                deliveredOn: retained ? day(spec.closes + 90) : null,
              }
            : {}),
        });
        const chef = people.get(benchEmail.chef(college.uai));
        if (retained && chef)
          for (const milestone of [6, 12])
            reports.push({
              applicationId: id,
              milestone,
              classesUsing: rng.int(2, 12),
              pupilsReached: rng.int(50, 400),
              equipmentInUsePct: rng.int(40, 100),
              whatWorked: "Usages hebdomadaires en classe.",
              difficulties: "Formation des derniers enseignants à programmer.",
              filedAt: day(spec.closes + 40 + milestone * 30 + 5),
              filedById: chef.id,
              filedByName: chef.name,
            });
      }
    }
  }
  await db.$transaction(async (tx) => {
    await tx.projectCall.createMany({ data: calls });
    await tx.allocation.createMany({ data: allocations });
    await tx.projectApplication.createMany({ data: applications });
    await tx.applicationScore.createMany({ data: scores });
    await tx.projectReport.createMany({ data: reports });
  });
  return {
    calls: calls.length,
    applications: applications.length,
    scores: scores.length,
    reports: reports.length,
  };
}
