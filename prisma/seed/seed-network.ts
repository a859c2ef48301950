import type { Db } from "@/lib/db/client";
import { appendAuditEvents } from "@/lib/audit/append-audit-event";
import { prng } from "@/prisma/seed/shared/demo-random";
import { DEMO_NETWORK_ACTOR as DEMO_ACTOR } from "@/lib/network/demo-marker";

const SOURCE = "démonstration (valeurs fictives)";
const OPERATORS = [
  "Opérateur A (fictif)",
  "Opérateur B (fictif)",
  "Réseau d'initiative publique (fictif)",
];

/** The collectivités of the académie de Rennes, compared side by side by its DRANE. */
const DEMO_COLLECTIVITES = ["35", "22", "29", "56"] as const;

/**
 * Fictitious network profiles for the public collèges of 22, 29, 35 and 56 (said so in their source): a mix of
 * fibre, copper and radio accesses across the bands, rooms estimated from the pupils (25 per room),
 * Wi-Fi covering part or all of them, contracts ending over the next three years; a few collèges
 * left unknown. Les Gayeulles has a 200 Mbit/s dedicated fibre and full Wi-Fi. Skipped when a
 * profile exists.
 */
export async function unsafeSeedDemoNetwork(db: Db, now = new Date()): Promise<number> {
  if ((await db.networkProfile.count()) > 0) return 0;
  let seeded = 0;
  for (const code of DEMO_COLLECTIVITES) seeded += await seedCollectivite(db, code, now);
  await seedCatalogue(db, now);
  return seeded;
}

/**
 * A fictitious catalogue of services for the 35 (ENT for every public collège, the académie's
 * filtering, a fleet manager where tablets are deployed, a resources bank), and one correction
 * suggested by Les Gayeulles, waiting for the collectivité's answer.
 */
async function seedCatalogue(db: Db, now: Date): Promise<void> {
  const collectivite = await db.collectivite.findUnique({
    where: { code: "35" },
    select: { id: true },
  });
  if (!collectivite) return;
  const colleges = await db.etablissement.findMany({
    where: { collectiviteId: collectivite.id, secteur: "PUBLIC", etat: "OUVERT" },
    select: { id: true, uai: true },
    orderBy: { uai: "asc" },
  });
  const year = now.getUTCFullYear();
  const services = [
    {
      kind: "ENT" as const,
      name: "ENT régional (fictif)",
      provider: "Éditeur d'ENT (fictif)",
      contractStartsOn: new Date(Date.UTC(year - 2, 8, 1)),
      contractEndsOn: new Date(Date.UTC(year + 2, 7, 31)),
      annualCostCents: 8_500_000n,
      responsibleParty: "COLLECTIVITE" as const,
      description: "Marché passé par un groupement de commandes régional (fictif).",
      share: 1,
    },
    {
      kind: "FILTRAGE" as const,
      name: "Filtrage académique (fictif)",
      provider: "Rectorat (fictif)",
      contractStartsOn: null,
      contractEndsOn: null,
      annualCostCents: null,
      responsibleParty: "ETAT" as const,
      description: "Filtrage de l'accès à internet opéré par l'académie.",
      share: 1,
    },
    {
      kind: "MDM" as const,
      name: "Gestion de flotte mobile (fictif)",
      provider: "Intégrateur (fictif)",
      contractStartsOn: new Date(Date.UTC(year - 1, 0, 1)),
      contractEndsOn: new Date(Date.UTC(year + 1, 11, 31)),
      annualCostCents: 2_400_000n,
      responsibleParty: "COLLECTIVITE" as const,
      description: "Tablettes et classes mobiles des collèges équipés.",
      share: 0.4,
    },
  ];
  await db.$transaction(async (tx) => {
    for (const [index, { share, ...service }] of services.entries()) {
      const created = await tx.digitalService.create({
        data: { ...service, collectiviteId: collectivite.id, updatedByName: DEMO_ACTOR.label },
      });
      const users = colleges.filter((_, i) => share === 1 || (i + index) % 5 < share * 5);
      await tx.digitalServiceUse.createMany({
        data: users.map((c) => ({ serviceId: created.id, etablissementId: c.id })),
      });
    }
    const gayeulles = colleges.find((c) => c.uai === "0350027P");
    const chef = await tx.user.findUnique({
      where: { email: "chef.0350027p@demo.tripartite.fr" },
      select: { id: true, name: true },
    });
    if (gayeulles && chef)
      await tx.networkSuggestion.create({
        data: {
          etablissementId: gayeulles.id,
          collectiviteId: collectivite.id,
          message:
            "Deux salles du bâtiment B n'ont pas de Wi-Fi depuis les travaux de l'été (exemple fictif).",
          createdById: chef.id,
          createdByName: chef.name,
          createdAt: new Date(now.getTime() - 3 * 86_400_000),
        },
      });
  });
}

async function seedCollectivite(db: Db, code: string, now: Date): Promise<number> {
  const collectivite = await db.collectivite.findUnique({
    where: { code },
    select: { id: true },
  });
  if (!collectivite) return 0;
  const colleges = await db.etablissement.findMany({
    where: { collectiviteId: collectivite.id, secteur: "PUBLIC", etat: "OUVERT" },
    select: {
      id: true,
      uai: true,
      effectifs: { select: { total: true }, orderBy: { rentree: "desc" }, take: 1 },
    },
    orderBy: { uai: "asc" },
  });
  // The collèges the demo's programme states network-ready get a network that is.
  const statedReady = new Set(
    (
      await db.waveAssignment.findMany({
        where: { networkReadyAt: { not: null } },
        select: { etablissementId: true },
      })
    ).map((a) => a.etablissementId),
  );
  const day = (offset: number) => {
    const d = new Date(now.getTime() + offset * 86_400_000);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  const rows = colleges.flatMap((c) => {
    const rng = prng(`reseau:${c.uai}`);
    const gayeulles = c.uai === "0350027P";
    const ready = gayeulles || statedReady.has(c.id);
    if (!ready && rng.chance(0.1)) return [];
    const rooms = Math.max(8, Math.round((c.effectifs[0]?.total ?? 400) / 25));
    const technology = ready
      ? "FIBRE_FTTO"
      : rng.pick(["FIBRE_FTTO", "FIBRE_FTTH", "FIBRE_FTTH", "CUIVRE", "RADIO"] as const);
    const mbps = ready
      ? gayeulles
        ? 200
        : 500
      : technology === "CUIVRE"
        ? rng.int(8, 30)
        : technology === "RADIO"
          ? rng.int(30, 80)
          : rng.pick([100, 100, 200, 500, 1000]);
    return [
      {
        etablissementId: c.id,
        collectiviteId: collectivite.id,
        accessTechnology: technology,
        downKbps: mbps * 1000,
        upKbps: technology.startsWith("FIBRE") ? mbps * 1000 : Math.round(mbps * 100),
        operator: rng.pick(OPERATORS),
        contractEndsOn: day(rng.int(-30, 1_000)),
        backupLink: rng.chance(0.3) ? "Lien 4G de secours" : null,
        backboneMbps: rng.pick([1000, 1000, 10_000]),
        lastAuditOn: day(-rng.int(60, 1_500)),
        teachingRooms: rooms,
        wifiRooms: ready ? rooms : Math.round(rooms * rng.pick([0.3, 0.6, 0.8, 1, 1])),
        filteringSolution: "Filtrage académique (fictif)",
        filteringParty: "ETAT" as const,
        entName: "ENT régional (fictif)",
        entGroupement: "Groupement de commandes régional (fictif)",
        garEnabled: rng.chance(0.85),
        messaging: "Messagerie de l'ENT",
        source: SOURCE,
        updatedByName: DEMO_ACTOR.label,
      },
    ];
  });
  await db.$transaction(async (tx) => {
    await tx.networkProfile.createMany({ data: rows });
    await tx.networkMeasure.createMany({
      data: rows.flatMap((r) =>
        (
          [
            ["DEBIT_DESCENDANT", r.downKbps],
            ["DEBIT_MONTANT", r.upKbps],
            ["SALLES", r.teachingRooms],
            ["SALLES_WIFI", r.wifiRooms],
          ] as const
        ).map(([kind, value]) => ({
          etablissementId: r.etablissementId,
          kind,
          value,
          source: SOURCE,
        })),
      ),
    });
    await appendAuditEvents(tx, [
      {
        actor: DEMO_ACTOR,
        scope: { scopeType: "COLLECTIVITE", collectiviteId: collectivite.id },
        action: "network.update",
        entityType: "NetworkProfile",
        after: { colleges: rows.length, source: SOURCE },
      },
    ]);
  });
  return rows.length;
}
