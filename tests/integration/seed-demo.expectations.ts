import { expect } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { unsafeSeedDemo } from "@/prisma/seed/seed-demo";
import { DEMO_BUDGET_EXERCICES } from "@/prisma/seed/budgets/generate-demo-budget";
import { hasDemoBudgets } from "@/lib/budgets/demo-marker";
import {
  DEMO_DATA_MARKER,
  DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI,
} from "@/prisma/seed/campaigns/generate-demo-campaigns";

// The checks of the demo seed test, one function per part of the demo it loads.

/** The collèges the demo inventory is for: public and open, académie de Rennes or Calvados. */
export const TARGET = Prisma.sql`e.secteur = 'PUBLIC' AND e.etat = 'OUVERT' AND (e."academieCode" = '14' OR e."departementCode" = '14')`;

export const count = async (query: Prisma.Sql) =>
  Number((await db.$queryRaw<{ n: bigint }[]>(query))[0]!.n);

/**
 * The convention histories (35, 22, 14) and the three conventions awaiting the académie: the only
 * ones the DRANE of Rennes has to sign; no tripartite for the demo chefs' collèges (the walkthrough
 * creates one).
 */
export async function expectDemoConventions(
  report: Awaited<ReturnType<typeof unsafeSeedDemo>>,
  conventions: number,
) {
  expect(report.conventions).toBe(conventions);
  expect(Object.values(report.conventionsByStatus).reduce((s, n) => s + n, 0)).toBe(
    conventions - 3,
  );
  expect(
    await db.convention.count({
      where: {
        kind: { not: "BIPARTITE_EPLE" },
        etablissement: { uai: { in: ["0350027P", "0220003J"] } },
      },
    }),
  ).toBe(0);
  const awaitingRennes = await db.$queryRaw<{ uai: string }[]>(Prisma.sql`
    SELECT e.uai FROM "Convention" c JOIN "Etablissement" e ON e.id = c."etablissementId"
    JOIN "ConventionVersion" v ON v."conventionId" = c.id AND v.status = 'EN_SIGNATURE'
    WHERE c.status = 'EN_SIGNATURE' AND c."academieCode" = '14'
      AND (SELECT s.party FROM "SignatureStep" s WHERE s."versionId" = v.id AND s.status = 'EN_ATTENTE' ORDER BY s."order" LIMIT 1) = 'ETAT'`);
  expect(awaitingRennes.map((r) => r.uai).sort()).toEqual(["0220045E", "0350913C", "0351906G"]);
  // Most open public collèges of each history covered by a tripartite convention in force, a few ending within 90 days.
  for (const code of ["35", "22", "14"]) {
    const [row] = await db.$queryRaw<
      { colleges: bigint; inforce: bigint; soon: bigint }[]
    >(Prisma.sql`
      SELECT count(*) AS colleges,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Convention" c WHERE c."etablissementId" = e.id AND c.kind = 'TRIPARTITE' AND c.status = 'EN_VIGUEUR' AND c."endsOn" >= current_date)) AS inforce,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Convention" c WHERE c."etablissementId" = e.id AND c.kind = 'TRIPARTITE' AND c.status = 'EN_VIGUEUR' AND c."endsOn" >= current_date AND c."endsOn" < current_date + 90)) AS soon
      FROM "Etablissement" e JOIN "Collectivite" co ON co.id = e."collectiviteId" WHERE co.code = ${code} AND e.secteur = 'PUBLIC' AND e.etat = 'OUVERT'`);
    expect(Number(row!.inforce) / Number(row!.colleges), code).toBeGreaterThan(0.5);
    expect(Number(row!.soon), code).toBeGreaterThan(0);
  }
  expect(
    await db.conventionVersion.count({ where: { frozenAt: { not: null }, frozenSha256: null } }),
  ).toBe(0);
  expect(await db.conventionVersion.count({ where: { status: "SIGNEE", finalSha256: null } })).toBe(
    0,
  );
  await expectSeparatedParties();
}

/**
 * The seeded signatures obey the separation of parties: paper signatures of collèges without an
 * account are declared by the collectivité's agent, never the collectivité's own; one person
 * engages one step of a version at most.
 */
export async function expectSeparatedParties() {
  const declared = await db.signatureStep.findMany({
    where: { declaredById: { not: null } },
    select: {
      party: true,
      status: true,
      signerId: true,
      declaredByName: true,
      scanSha256: true,
      declaredBy: { select: { email: true } },
    },
  });
  expect(declared.length).toBeGreaterThan(0);
  for (const step of declared) {
    expect(step).toMatchObject({ status: "SIGNEE_HORS_PLATEFORME", signerId: null });
    expect(step.party).not.toBe("COLLECTIVITE");
    expect(step.scanSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(step.declaredBy?.email).toMatch(/^agent\.(35|22|14)@demo\.tripartite\.fr$/);
  }
  expect(
    await count(Prisma.sql`SELECT count(*) AS n FROM (
    SELECT "versionId", person FROM (
      SELECT "versionId", "signerId" AS person FROM "SignatureStep" WHERE status IN ('SIGNEE', 'SIGNEE_HORS_PLATEFORME') AND "signerId" IS NOT NULL
      UNION ALL
      SELECT "versionId", "declaredById" FROM "SignatureStep" WHERE status = 'SIGNEE_HORS_PLATEFORME' AND "declaredById" IS NOT NULL
    ) engaged GROUP BY "versionId", person HAVING count(*) > 1) twice`),
  ).toBe(0);
  expect(await db.auditEvent.count({ where: { action: "convention.declare_offline" } })).toBe(
    declared.length,
  );
}

/** The demo budgets of Ille-et-Vilaine and the Calvados and the campaigns of Ille-et-Vilaine, as the first run writes them. */
export async function expectDemoBudgets(
  report: Awaited<ReturnType<typeof unsafeSeedDemo>>["budgets"],
) {
  expect(report).toMatchObject({
    collectivites: 2,
    lines: await db.budgetLine.count(),
    // The budgets' allocations; an appel à projets' retained projects add theirs.
    allocations: await db.allocation.count({ where: { projectApplication: null } }),
    campaigns: 2,
    needs: await db.needRequest.count(),
  });
  const collectivites = await db.collectivite.findMany({
    where: { code: { in: ["35", "14"] } },
    select: { id: true, code: true },
  });
  expect(collectivites).toHaveLength(2);
  for (const { id, code } of collectivites) {
    // Five exercices, each 75–125 € per pupil of the open public collèges (latest rentrée).
    const perExercice = await db.$queryRaw<
      { exercice: number; voted: bigint; pupils: bigint }[]
    >(Prisma.sql`
      SELECT l.exercice, sum(l."bpCents" + l."dmCents") AS voted,
        (SELECT sum(f.total) FROM "Etablissement" e
          JOIN LATERAL (SELECT total FROM "Effectif" x WHERE x."etablissementId" = e.id ORDER BY rentree DESC LIMIT 1) f ON true
          WHERE e."collectiviteId" = ${id} AND e.secteur = 'PUBLIC' AND e.etat = 'OUVERT') AS pupils
      FROM "BudgetLine" l WHERE l."collectiviteId" = ${id} GROUP BY l.exercice ORDER BY l.exercice`);
    expect(
      perExercice.map((r) => r.exercice),
      code,
    ).toEqual([...DEMO_BUDGET_EXERCICES]);
    for (const r of perExercice) {
      const perPupil = Number(r.voted) / 100 / Number(r.pupils);
      expect(perPupil, `${code} ${r.exercice}`).toBeGreaterThanOrEqual(75);
      expect(perPupil, `${code} ${r.exercice}`).toBeLessThanOrEqual(125);
    }
    expect(
      await db.budgetLine.count({ where: { collectiviteId: id, fonction: { not: "221" } } }),
    ).toBe(0);
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "BudgetLine" WHERE "collectiviteId" = ${id}
      AND ("bpCents" + "dmCents" < 0 OR "engagedCents" > "bpCents" + "dmCents" OR "mandatedCents" > "engagedCents" OR "mandatedCents" < 0)`),
    ).toBe(0);
    expect(await hasDemoBudgets(db, id)).toBe(true);

    // One AP, its CP total equal to its amount, carried by the 21831 lines of 2024–2026.
    const aps = await db.autorisation.findMany({
      where: { collectiviteId: id },
      include: { credits: true, lines: { select: { exercice: true, nature: true } } },
    });
    expect(aps).toHaveLength(1);
    const ap = aps[0]!;
    expect(ap).toMatchObject({
      kind: "AP",
      label: "Plan collèges numériques 2024–2028",
      state: "ENGAGEE",
    });
    expect(ap.credits.reduce((s, c) => s + c.amountCents, 0n)).toBe(ap.amountCents);
    expect(ap.credits.map((c) => c.exercice).sort()).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(ap.engagedCents <= ap.affectedCents && ap.affectedCents <= ap.amountCents).toBe(true);
    expect(ap.lines.map((l) => `${l.exercice}:${l.nature}`).sort()).toEqual([
      "2024:21831",
      "2025:21831",
      "2026:21831",
    ]);

    // A dotation per open public collège and exercice, within the 655111 line it is linked to.
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "Etablissement" e
      WHERE e."collectiviteId" = ${id} AND e.secteur = 'PUBLIC' AND e.etat = 'OUVERT'
      AND (SELECT count(*) FROM "Allocation" a JOIN "BudgetLine" l ON l.id = a."budgetLineId"
        WHERE a."etablissementId" = e.id AND a.kind = 'DOTATION_FONCTIONNEMENT' AND l.nature = '655111' AND l.exercice = a.exercice
        AND l."collectiviteId" = ${id} AND a.label = 'Dotation de fonctionnement ' || a.exercice) <> ${DEMO_BUDGET_EXERCICES.length}`),
    ).toBe(0);
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "BudgetLine" l WHERE l."collectiviteId" = ${id}
      AND (SELECT coalesce(sum(a."amountCents"), 0) FROM "Allocation" a WHERE a."budgetLineId" = l.id) > l."bpCents" + l."dmCents"`),
    ).toBe(0);
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "Allocation" a JOIN "Etablissement" e ON e.id = a."etablissementId"
      WHERE a."collectiviteId" = ${id} AND (e."collectiviteId" <> ${id} OR e.secteur <> 'PUBLIC')`),
    ).toBe(0);
  }

  // Ille-et-Vilaine: one arbitrated campaign within its envelope, one open with no need from Les Gayeulles.
  const c35 = collectivites.find((c) => c.code === "35")!;
  const campaigns = await db.needsCampaign.findMany({
    where: { collectiviteId: c35.id },
    orderBy: { exercice: "asc" },
    include: {
      needs: { include: { etablissement: { select: { uai: true, collectiviteId: true } } } },
      budgetLine: { select: { nature: true, exercice: true } },
    },
  });
  expect(campaigns.map((c) => [c.exercice, c.status])).toEqual([
    [2026, "ARBITREE"],
    [2027, "OUVERTE"],
  ]);
  const [closed, open] = campaigns as [(typeof campaigns)[number], (typeof campaigns)[number]];
  const drane = await db.user.findUniqueOrThrow({
    where: { email: "drane.rennes@demo.tripartite.fr" },
    select: { id: true },
  });
  for (const c of campaigns) {
    expect(c.description).toContain(DEMO_DATA_MARKER);
    expect(
      c.needs.every(
        (n) => n.etablissement.collectiviteId === c35.id && c.categories.includes(n.category),
      ),
    ).toBe(true);
    expect(c.needs.filter((n) => n.opinion).every((n) => n.opinionById === drane.id)).toBe(true);
  }
  expect(closed.budgetLine).toEqual({ nature: "21831", exercice: 2026 });
  expect(new Set(closed.needs.map((n) => n.etablissementId)).size).toBeGreaterThanOrEqual(12);
  expect(
    closed.needs.reduce((s, n) => s + (n.acceptedCents ?? 0n), 0n) <= closed.envelopeCents,
  ).toBe(true);
  expect(new Set(closed.needs.map((n) => n.status))).toEqual(
    new Set(["ACCEPTE", "PARTIEL", "REFUSE"]),
  );
  expect(closed.needs.every((n) => n.opinion && n.decidedAt && n.decisionReason)).toBe(true);
  expect(closed.needs.some((n) => n.deliveredAt)).toBe(true);
  expect(open).toMatchObject({
    envelopeCents: 60_000_000n,
    categories: ["TABLETTE", "ENI", "PORTABLE", "BORNE_WIFI"],
  });
  expect(open.needs.length).toBeGreaterThan(0);
  expect(open.needs.some((n) => n.etablissement.uai === DEMO_OPEN_CAMPAIGN_EXCLUDED_UAI)).toBe(
    false,
  );
  expect(open.needs.every((n) => n.status === "SOUMIS" && n.decidedAt === null)).toBe(true);
  expect(await db.needsCampaign.count({ where: { collectiviteId: { not: c35.id } } })).toBe(0);
  expect(
    await db.auditEvent.count({
      where: { action: "budget.line.create", actorLabel: "chargement de la démonstration" },
    }),
  ).toBe(2);
}
