import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadReferential } from "@/lib/inventory/referential";
import { callAuditScope } from "@/lib/calls/write-call";
import type { RequestedLine } from "@/lib/calls/applications";

const DEMO_ACTOR = { id: null, label: "chargement de la démonstration (appel à projets fictif)" };
const DAY = 86_400_000;

const CRITERIA = [
  { label: "Qualité du projet pédagogique", weight: 50 },
  { label: "Lien avec le projet d'établissement", weight: 30 },
  { label: "Engagement des enseignants dans la formation", weight: 20 },
];

/** Two collèges of 35 that have applied already (never Les Gayeulles: its chef applies in the walkthrough). */
const DOSSIERS = [
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

/**
 * An appel à projets of Ille-et-Vilaine, joint with the académie de Rennes, published by the
 * agreement of the département's demo agent and of the DRANE, open for applications today; two
 * collèges have deposited their dossier. Idempotent: nothing is written when a call exists.
 * Bypasses the access context: command line only.
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
  const colleges = await db.etablissement.findMany({
    where: {
      collectiviteId: collectivite.id,
      secteur: "PUBLIC",
      etat: "OUVERT",
      uai: { not: "0350027P" },
    },
    select: { id: true, name: true },
    orderBy: { uai: "desc" },
    take: DOSSIERS.length,
  });
  const day = (offset: number) => {
    const d = new Date(now.getTime() + offset * DAY);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  const referential = await loadReferential(db, collectivite.id);
  return db.$transaction(async (tx) => {
    const call = await tx.projectCall.create({
      data: {
        collectiviteId: collectivite.id,
        academieCode: "14",
        title: "Écrans numériques interactifs pour les sciences",
        objectives:
          "Équiper les salles de sciences des collèges d'écrans numériques interactifs et accompagner les équipes dans leurs usages, en lien avec la DRANE.",
        eligiblePublic: true,
        eligiblePrivate: false,
        prioritaireOnly: false,
        criteria: CRITERIA,
        envelopeCents: 15_000_000n,
        opensOn: day(-10),
        closesOn: day(35),
        decisionOn: day(65),
        categories: ["ENI", "CLASSE_MOBILE"],
        services: "Installation, prise en main sur site et maintenance par la collectivité.",
        trainingRequired:
          "Six heures de formation par enseignant engagé, avec les conseillers de la DRANE.",
        status: "PUBLIE",
        collectiviteAgreedAt: day(-12),
        collectiviteAgreedById: agent.id,
        collectiviteAgreedByName: agent.name,
        academieAgreedAt: day(-11),
        academieAgreedById: drane.id,
        academieAgreedByName: drane.name,
        publishedAt: day(-11),
      },
      select: { id: true, collectiviteId: true, academieCode: true },
    });
    await appendAuditEvent(tx, {
      actor: DEMO_ACTOR,
      scope: callAuditScope(call),
      action: "call.publish",
      entityType: "ProjectCall",
      entityId: call.id,
      after: { statut: "publié", accords: "collectivité et académie" },
      occurredAt: day(-11),
    });
    for (const [i, college] of colleges.entries()) {
      const spec = DOSSIERS[i]!;
      const equipment: RequestedLine[] = spec.equipment.map((l) => ({
        ...l,
        unitCostCents: referential.rules[l.category].unitCostCents,
      }));
      await tx.projectApplication.create({
        data: {
          callId: call.id,
          etablissementId: college.id,
          status: "DEPOSE",
          project: spec.project,
          projetEtablissement: "Axe « réussite de tous les élèves » du projet d'établissement.",
          classes: spec.classes,
          teachers: spec.teachers,
          equipment: equipment as unknown as Prisma.InputJsonValue,
          trainingNeeds: "Prise en main des écrans et usages en sciences expérimentales.",
          conseilPedagogiqueOn: day(-6 + i),
          submittedAt: day(-3 + i),
          submittedByName: `Chef d'établissement du ${college.name}`,
        },
      });
    }
    return 1;
  });
}
