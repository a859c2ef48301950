import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadReferential } from "@/lib/inventory/referential";
import { callAuditScope } from "@/lib/calls/write-call";
import type { RequestedLine } from "@/lib/calls/applications";
import { enterDeliveredEquipment } from "@/lib/inventory/deliver-equipment";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (appel à projets fictif)" };
const DAY = 86_400_000;

const CRITERIA = [
  { label: "Qualité du projet pédagogique", weight: 50 },
  { label: "Lien avec le projet d'établissement", weight: 30 },
  { label: "Engagement des enseignants dans la formation", weight: 20 },
];

/** A demo dossier's project and the equipment it asks for. */
interface DossierSpec {
  project: string;
  classes: string;
  teachers: number;
  equipment: readonly { category: RequestedLine["category"]; quantity: number }[];
}

/** Two collèges of 35 that have applied already (never Les Gayeulles: its chef applies in the walkthrough). */
const DOSSIERS: DossierSpec[] = [
  {
    project:
      "Un écran interactif dans chacune des trois salles de sciences, au service de la démarche d'investigation.",
    classes: "Toutes les classes de 5e et de 4e",
    teachers: 6,
    equipment: [{ category: "ENI" as const, quantity: 3 }],
  },
  {
    project:
      "Des écrans interactifs et une classe mobile pour travailler en îlots en SVT et en physique-chimie.",
    classes: "6e B, 5e A, 3e C",
    teachers: 4,
    equipment: [
      { category: "ENI" as const, quantity: 2 },
      { category: "CLASSE_MOBILE" as const, quantity: 1 },
    ],
  },
];

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Person = { id: string; name: string };
type College = { id: string; name: string; collectiviteId: string };

interface DemoContext {
  tx: Tx;
  collectiviteId: string;
  agent: Person;
  drane: Person;
  chef: Person;
  costOf: (
    lines: readonly { category: RequestedLine["category"]; quantity: number }[],
  ) => RequestedLine[];
  day: (offset: number) => Date;
}

const PROJET_ETABLISSEMENT = "Axe « réussite de tous les élèves » du projet d'établissement.";

/** A published joint call of 35 with the académie de Rennes, each party's agreement by its demo member. */
async function publishedJointCall(
  d: DemoContext,
  data: Omit<
    Prisma.ProjectCallUncheckedCreateInput,
    "collectiviteId" | "academieCode" | "criteria" | "status" | "eligiblePublic"
  >,
  publishedOn: Date,
) {
  const call = await d.tx.projectCall.create({
    data: {
      ...data,
      collectiviteId: d.collectiviteId,
      academieCode: "14",
      eligiblePublic: true,
      criteria: CRITERIA,
      status: "PUBLIE",
      collectiviteAgreedAt: publishedOn,
      collectiviteAgreedById: d.agent.id,
      collectiviteAgreedByName: d.agent.name,
      academieAgreedAt: publishedOn,
      academieAgreedById: d.drane.id,
      academieAgreedByName: d.drane.name,
      publishedAt: publishedOn,
    },
    select: { id: true, collectiviteId: true, academieCode: true, title: true },
  });
  await appendAuditEvent(d.tx, {
    actor: DEMO_ACTOR,
    scope: callAuditScope(call),
    action: "call.publish",
    entityType: "ProjectCall",
    entityId: call.id,
    after: { statut: "publié", accords: "collectivité et académie" },
    occurredAt: publishedOn,
  });
  return call;
}

/** A dossier deposited by a collège on `submittedOn`. */
function deposited(
  d: DemoContext,
  callId: string,
  college: College,
  spec: DossierSpec,
  submittedOn: Date,
  submittedBy = `Chef d'établissement du ${college.name}`,
) {
  return d.tx.projectApplication.create({
    data: {
      callId,
      etablissementId: college.id,
      status: "DEPOSE",
      project: spec.project,
      projetEtablissement: PROJET_ETABLISSEMENT,
      classes: spec.classes,
      teachers: spec.teachers,
      equipment: d.costOf(spec.equipment) as unknown as Prisma.InputJsonValue,
      trainingNeeds: "Prise en main des équipements et usages en classe.",
      conseilPedagogiqueOn: new Date(submittedOn.getTime() - 7 * DAY),
      submittedAt: submittedOn,
      submittedByName: submittedBy,
    },
    select: { id: true, equipment: true },
  });
}

/** The call open today: two collèges have deposited (never Les Gayeulles: its chef applies in the walkthrough). */
async function openCall(d: DemoContext, colleges: readonly College[]) {
  const call = await publishedJointCall(
    d,
    {
      title: "Écrans numériques interactifs pour les sciences",
      objectives:
        "Équiper les salles de sciences des collèges d'écrans numériques interactifs et accompagner les équipes dans leurs usages, en lien avec la DRANE.",
      envelopeCents: 15_000_000n,
      opensOn: d.day(-10),
      closesOn: d.day(35),
      decisionOn: d.day(65),
      categories: ["ENI", "CLASSE_MOBILE"],
      services: "Installation, prise en main sur site et maintenance par la collectivité.",
      trainingRequired:
        "Six heures de formation par enseignant engagé, avec les conseillers de la DRANE.",
    },
    d.day(-11),
  );
  for (const [i, college] of colleges.entries())
    await deposited(d, call.id, college, DOSSIERS[i]!, d.day(-3 + i));
}

/** A call closed yesterday, whose dossiers (Les Gayeulles' among them) await the parties' scoring. */
async function callInInstruction(d: DemoContext, gayeulles: College, other: College) {
  const call = await publishedJointCall(
    d,
    {
      title: "Baladodiffusion et classes mobiles pour les langues vivantes",
      objectives:
        "Donner aux cours de langues vivantes des classes mobiles pour l'oral en autonomie, avec l'accompagnement pédagogique de la DRANE.",
      envelopeCents: 15_000_000n,
      opensOn: d.day(-60),
      closesOn: d.day(-1),
      decisionOn: d.day(30),
      categories: ["CLASSE_MOBILE", "PORTABLE"],
      services: "Installation et gestion des tablettes par la collectivité (MDM).",
      trainingRequired: "Trois heures de formation par enseignant de langues engagé.",
    },
    d.day(-62),
  );
  await deposited(d, call.id, gayeulles, LANGUES[0]!, d.day(-9), d.chef.name);
  await deposited(d, call.id, other, LANGUES[1]!, d.day(-4));
}

const LANGUES: DossierSpec[] = [
  {
    project:
      "Deux classes mobiles pour l'oral en anglais et en espagnol : enregistrements, écoute différenciée, évaluation de l'oral.",
    classes: "Toutes les classes de 4e et de 3e",
    teachers: 5,
    equipment: [{ category: "CLASSE_MOBILE" as const, quantity: 2 }],
  },
  {
    project:
      "Une classe mobile partagée entre l'allemand et l'anglais, et des portables pour la baladodiffusion.",
    classes: "6e bilangue, 5e A et 5e B",
    teachers: 3,
    equipment: [
      { category: "CLASSE_MOBILE" as const, quantity: 1 },
      { category: "PORTABLE" as const, quantity: 4 },
    ],
  },
];

/** Both parties' scores of a dossier (the demo's committee). */
async function scored(
  d: DemoContext,
  applicationId: string,
  collectivite: number[],
  etat: number[],
  on: Date,
) {
  for (const [party, points, by] of [
    ["COLLECTIVITE", collectivite, d.agent],
    ["ETAT", etat, d.drane],
  ] as const)
    await d.tx.applicationScore.create({
      data: {
        applicationId,
        party,
        points,
        total: points.reduce((a, b) => a + b, 0),
        scoredAt: on,
        scoredById: by.id,
        scoredByName: by.name,
      },
    });
}

/**
 * The call of last year: decided fourteen months ago by both parties; two projects retained,
 * funded and delivered, with their reports at 6 and 12 months and the académie's assessments; one
 * dossier refused with its reasons.
 */
async function decidedCall(d: DemoContext, colleges: readonly College[]) {
  const call = await publishedJointCall(
    d,
    {
      title: "Collèges préfigurateurs : classes mobiles en 5e",
      objectives:
        "Préfigurer l'équipement des élèves de 5e : des classes mobiles dans quelques collèges volontaires, suivies deux ans avant le déploiement.",
      envelopeCents: 8_000_000n,
      opensOn: d.day(-540),
      closesOn: d.day(-480),
      decisionOn: d.day(-440),
      categories: ["CLASSE_MOBILE", "ENI"],
      services: "Installation, gestion des tablettes et maintenance par la collectivité.",
      trainingRequired: "Six heures de formation par enseignant engagé, avec la DRANE.",
    },
    d.day(-545),
  );
  const decidedOn = d.day(-430);
  const specs = [
    {
      decision: "RETENU" as const,
      scores: [
        [44, 26, 17],
        [42, 27, 18],
      ],
      reports: 2,
    },
    {
      decision: "RETENU_SOUS_CONDITIONS" as const,
      scores: [
        [35, 22, 12],
        [38, 20, 15],
      ],
      reports: 1,
      reasons: "Sous réserve de la formation des enseignants de 5e avant la livraison.",
    },
    {
      decision: "REFUSE" as const,
      scores: [
        [20, 12, 8],
        [18, 15, 6],
      ],
      reports: 0,
      reasons: "Le Wi-Fi des salles n'est pas encore déployé : à représenter après les travaux.",
    },
  ];
  for (const [i, college] of colleges.entries()) {
    const spec = specs[i]!;
    const dossier = await deposited(d, call.id, college, PREFIGURATEURS[i]!, d.day(-490 + i));
    await scored(d, dossier.id, spec.scores[0]!, spec.scores[1]!, d.day(-470));
    const retained = spec.decision !== "REFUSE";
    const granted = retained
      ? BigInt(
          (dossier.equipment as unknown as RequestedLine[]).reduce(
            (s, l) => s + l.quantity * l.unitCostCents,
            0,
          ),
        )
      : null;
    const allocation = granted
      ? await d.tx.allocation.create({
          data: {
            collectiviteId: college.collectiviteId,
            etablissementId: college.id,
            exercice: decidedOn.getUTCFullYear(),
            kind: "EQUIPEMENT",
            label: `Appel à projets « ${call.title} »`,
            amountCents: granted,
          },
          select: { id: true },
        })
      : null;
    const deliveredOn = retained ? d.day(-380) : null;
    await d.tx.projectApplication.update({
      where: { id: dossier.id },
      data: {
        decision: spec.decision,
        grantedCents: granted,
        decisionReasons: spec.reasons ?? null,
        decisionProposedBy: "COLLECTIVITE",
        decisionCollectiviteAt: decidedOn,
        decisionCollectiviteById: d.agent.id,
        decisionCollectiviteByName: d.agent.name,
        decisionAcademieAt: decidedOn,
        decisionAcademieById: d.drane.id,
        decisionAcademieByName: d.drane.name,
        decidedAt: decidedOn,
        allocationId: allocation?.id ?? null,
        deliveredOn,
      },
    });
    if (deliveredOn)
      for (const line of dossier.equipment as unknown as RequestedLine[])
        await enterDeliveredEquipment(d.tx, {
          college,
          category: line.category,
          quantity: line.quantity,
          unitCostCents: line.unitCostCents,
          deliveredOn,
        });
    for (const [r, milestone] of [6, 12].slice(0, spec.reports).entries())
      await d.tx.projectReport.create({
        data: {
          applicationId: dossier.id,
          milestone,
          classesUsing: 4 + r * 2,
          pupilsReached: 110 + r * 40,
          equipmentInUsePct: 70 + r * 15,
          whatWorked:
            r === 0
              ? "Les tablettes servent chaque semaine en 5e, surtout en langues et en SVT."
              : "Toutes les classes de 5e utilisent la classe mobile ; les enseignants formés partagent leurs séquences.",
          difficulties:
            r === 0
              ? "Le chargement des tablettes entre deux cours ; deux enseignants attendent leur formation."
              : "La réservation de la classe mobile se fait encore sur papier.",
          filedAt: d.day(-430 + milestone * 30 + 3),
          filedById: d.chef.id,
          filedByName: `Chef d'établissement du ${college.name}`,
          ...(r === 0
            ? {
                assessment:
                  "Usages réguliers et variés ; la formation des deux enseignants restants est programmée au plan académique.",
                assessedAt: d.day(-430 + milestone * 30 + 20),
                assessedById: d.drane.id,
                assessedByName: d.drane.name,
              }
            : {}),
        },
      });
  }
}

const PREFIGURATEURS: DossierSpec[] = [
  {
    project:
      "Une classe mobile par niveau de 5e, pour la différenciation en mathématiques et en langues.",
    classes: "Les quatre classes de 5e",
    teachers: 7,
    equipment: [{ category: "CLASSE_MOBILE" as const, quantity: 2 }],
  },
  {
    project: "Une classe mobile et un écran interactif pour un îlot numérique en 5e.",
    classes: "5e A, 5e B, 5e C",
    teachers: 4,
    equipment: [
      { category: "CLASSE_MOBILE" as const, quantity: 1 },
      { category: "ENI" as const, quantity: 1 },
    ],
  },
  {
    project: "Deux classes mobiles pour les 5e, avec une salle de ressources.",
    classes: "Toutes les classes de 5e",
    teachers: 5,
    equipment: [{ category: "CLASSE_MOBILE" as const, quantity: 2 }],
  },
];

/**
 * The appels à projets of Ille-et-Vilaine, joint with the académie de Rennes: one open today with
 * two dossiers deposited; one closed yesterday whose dossiers (Les Gayeulles' among them) await
 * scoring; one decided last year, whose funded projects are followed (reports, assessments).
 * Idempotent: nothing is written when a call exists. Bypasses the access context: command line only.
 */
export async function unsafeSeedDemoCalls(db: Db, now = new Date()): Promise<number> {
  if ((await db.projectCall.count()) > 0) return 0;
  const collectivite = await db.collectivite.findUniqueOrThrow({
    where: { code: "35" },
    select: { id: true },
  });
  const person = (email: string) =>
    db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
  const agent = await person("agent.35@demo.tripartite.fr");
  const drane = await person("drane.rennes@demo.tripartite.fr");
  const chef = await person("chef.0350027p@demo.tripartite.fr");
  const publicColleges = {
    collectiviteId: collectivite.id,
    secteur: "PUBLIC" as const,
    etat: "OUVERT" as const,
  };
  const collegeSelect = { id: true, name: true, collectiviteId: true } as const;
  const colleges = await db.etablissement.findMany({
    where: { ...publicColleges, uai: { not: "0350027P" } },
    select: collegeSelect,
    orderBy: { uai: "desc" },
    take: 6,
  });
  const gayeulles = await db.etablissement.findUniqueOrThrow({
    where: { uai: "0350027P" },
    select: collegeSelect,
  });
  const referential = await loadReferential(db, collectivite.id);
  const day = (offset: number) => {
    const d = new Date(now.getTime() + offset * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  return db.$transaction(async (tx) => {
    const d: DemoContext = {
      tx,
      collectiviteId: collectivite.id,
      agent,
      drane,
      chef,
      day,
      costOf: (lines) =>
        lines.map((l) => ({ ...l, unitCostCents: referential.rules[l.category].unitCostCents })),
    };
    await openCall(d, colleges.slice(0, 2));
    await callInInstruction(d, gayeulles, colleges[2]!);
    await decidedCall(d, colleges.slice(3, 6));
    return 3;
  });
}
