import type { Db } from "@/lib/db/client";
import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import { currentParisYear } from "@/lib/dates";
import { loadReferential } from "@/lib/inventory/referential";

const DEMO_ACTOR = {
  id: null,
  label: "chargement de la démonstration (programme de déploiement fictif)",
};

/** A collège's teaching rooms, estimated from its pupils as the référentiel does (25 per room). */
const roomsOf = (pupils: number | undefined) => Math.max(8, Math.round((pupils ?? 400) / 25));

/**
 * The demo's deployment programmes in 35 (fictitious, said so in the journal): « Écrans
 * interactifs dans toutes les salles », adopted, in three waves from next year — the préfigurateurs
 * (Les Gayeulles among them, its training left for its chef to declare and the DRANE to attest),
 * then two waves of four collèges, in various states of readiness; and a programme of EIM for the
 * 5e still in preparation. Skipped when a programme exists.
 */
export async function unsafeSeedDemoProgrammes(db: Db, now = new Date()): Promise<number> {
  if ((await db.deploymentProgramme.count()) > 0) return 0;
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
    select: {
      id: true,
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
    orderBy: { uai: "asc" },
    take: 10,
  });
  const gayeulles = await db.etablissement.findUniqueOrThrow({
    where: { uai: "0350027P" },
    select: {
      id: true,
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
  });
  const referential = await loadReferential(db, collectivite.id);
  const year = currentParisYear(now) + 1;
  const september = (y: number) => new Date(Date.UTC(y, 8, 1));
  const past = (days: number) => new Date(now.getTime() - days * 86_400_000);

  return db.$transaction(async (tx) => {
    const screens = await tx.deploymentProgramme.create({
      data: {
        collectiviteId: collectivite.id,
        title: "Écrans interactifs dans toutes les salles de classe",
        objective:
          "Remplacer les vidéoprojecteurs interactifs par un écran numérique interactif dans chaque salle d'enseignement général, en trois vagues, après une année de préfiguration dans trois collèges.",
        category: "ENI",
        unitCostCents: referential.rules.ENI.unitCostCents,
        status: "ADOPTE",
        adoptedAt: past(20),
        adoptedById: agent.id,
        adoptedByName: agent.name,
        createdById: agent.id,
      },
      select: { id: true, title: true },
    });
    const waves = await Promise.all(
      [
        { number: 1, prefiguration: true, deploymentOn: september(year) },
        { number: 2, prefiguration: false, deploymentOn: september(year + 1) },
        { number: 3, prefiguration: false, deploymentOn: september(year + 2) },
      ].map((w) => tx.deploymentWave.create({ data: { programmeId: screens.id, ...w } })),
    );
    const assign = (
      waveIndex: number,
      college: { id: string; effectifs: { total: number }[] },
      readiness: { network?: boolean; trained?: boolean } = {},
    ) =>
      tx.waveAssignment.create({
        data: {
          programmeId: screens.id,
          waveId: waves[waveIndex]!.id,
          etablissementId: college.id,
          plannedUnits: roomsOf(college.effectifs[0]?.total),
          ...(readiness.network
            ? {
                networkReadyAt: past(15),
                networkReadyById: agent.id,
                networkReadyByName: agent.name,
                networkNote: "Bornes Wi-Fi renouvelées, lien fibre 200 Mbit/s (démonstration).",
              }
            : {}),
          ...(readiness.trained
            ? {
                trainingAttestedAt: past(10),
                trainingAttestedById: drane.id,
                trainingAttestedByName: drane.name,
              }
            : {}),
        },
      });
    await assign(0, gayeulles, { network: true });
    await assign(0, colleges[0]!, { network: true, trained: true });
    await assign(0, colleges[1]!);
    for (const college of colleges.slice(2, 6)) await assign(1, college);
    for (const college of colleges.slice(6, 10)) await assign(2, college);

    const eim = await tx.deploymentProgramme.create({
      data: {
        collectiviteId: collectivite.id,
        title: "Équipements individuels mobiles pour les élèves de 5e",
        objective:
          "Doter chaque élève de 5e d'une tablette, collège par collège, une fois le Wi-Fi des salles prêt.",
        category: "EIM",
        unitCostCents: referential.rules.EIM.unitCostCents,
        createdById: agent.id,
      },
      select: { id: true, title: true },
    });
    await appendAuditEvents(tx, [
      {
        actor: DEMO_ACTOR,
        scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
        action: "programme.adopt",
        entityType: "DeploymentProgramme",
        entityId: screens.id,
        after: { programme: screens.title, colleges: 11 },
      },
      {
        actor: DEMO_ACTOR,
        scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
        action: "programme.create",
        entityType: "DeploymentProgramme",
        entityId: eim.id,
        after: { intitule: eim.title },
      },
    ]);
    return 2;
  });
}
