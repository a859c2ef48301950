import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyMinutesDocument } from "@/lib/governance/verify-minutes";
import { verifyReviewDocument } from "@/lib/reviews/verify-review";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import { Prisma } from "@/lib/generated/prisma/client";
import { EFFECTIFS_35_SOURCE, unsafeSeedDemo } from "@/prisma/seed/seed-demo";
import {
  DEMO_IMPORT_FILE_NAME,
  DEMO_IMPORT_FORMAT,
} from "@/prisma/seed/inventory/demo-import-record";
import { ESTIMATED_EFFECTIF_SOURCE } from "@/prisma/seed/seed-inventory";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { expectDemoConventions, expectDemoBudgets, TARGET, count } from "./seed-demo.expectations";

describe("demo seed", () => {
  it("loads every collège, every demo account and the demo inventories, and a second run keeps the data as it is", async () => {
    const firstReport = await unsafeSeedDemo(db);
    const counts = async () => ({
      etablissements: await db.etablissement.count(),
      users: await db.user.count(),
      memberships: await db.membership.count(),
      sectors: await db.sector.count(),
      collegesInSectors: await db.etablissement.count({ where: { sectorId: { not: null } } }),
      collectivites: await db.collectivite.count(),
      equipment: await db.equipment.count(),
      imports: await db.equipmentImport.count(),
      effectifs: await db.effectif.count(),
      estimated: await db.effectif.count({ where: { source: ESTIMATED_EFFECTIF_SOURCE } }),
      importEvents: await db.auditEvent.count({ where: { action: "equipment.import" } }),
      budgetLines: await db.budgetLine.count(),
      autorisations: await db.autorisation.count(),
      credits: await db.creditPaiement.count(),
      allocations: await db.allocation.count(),
      campaigns: await db.needsCampaign.count(),
      needs: await db.needRequest.count(),
      budgetEvents: await db.auditEvent.count({ where: { action: "budget.line.create" } }),
      conventions: await db.convention.count(),
      conventionVersions: await db.conventionVersion.count(),
      signatureSteps: await db.signatureStep.count(),
      conventionEvents: await db.auditEvent.count({ where: { entityType: "Convention" } }),
      incidents: await db.incident.count(),
      incidentEvents: await db.incidentEvent.count(),
      bodies: await db.governanceBody.count(),
      bodyMembers: await db.bodyMember.count(),
      meetings: await db.meeting.count(),
      approvedMinutes: await db.meeting.count({ where: { minutesStatus: "APPROUVE" } }),
      decisions: await db.bodyDecision.count(),
      proposals: await db.conventionProposal.count(),
      reviews: await db.conventionReview.count(),
      epleConventions: await db.convention.count({ where: { kind: "BIPARTITE_EPLE" } }),
    });
    const first = await counts();
    expect(first).toMatchObject({
      etablissements: 7654,
      // The demo accounts, and the fictitious reporter of the incidents of collèges without members.
      users: DEMO_ACCOUNTS.length + 1,
      memberships: DEMO_ACCOUNTS.length,
      imports: 5,
      importEvents: 5,
      // The open public collèges of Ille-et-Vilaine (62) and the Calvados (57), by about ten.
      collegesInSectors: 119,
    });
    expect(firstReport.sectors).toBe(first.sectors);
    expect(firstReport.governance).toEqual({
      bodies: first.bodies,
      members: first.bodyMembers,
      meetings: first.meetings,
    });
    expect(first.bodies).toBe(4);
    // A frozen annual review of a 35 convention in force, with three assessments, verifiable.
    expect(firstReport.reviews).toBe(1);
    const review = await db.conventionReview.findFirstOrThrow({
      select: {
        status: true,
        frozenSha256: true,
        meetingId: true,
        _count: { select: { assessments: true } },
      },
    });
    expect(review).toMatchObject({ status: "FIGE", _count: { assessments: 3 } });
    expect(review.meetingId).not.toBeNull();
    expect(await verifyReviewDocument(db, review.frozenSha256!)).not.toBeNull();
    // Conventions collectivité–EPLE in 35: Les Gayeulles' awaiting its demo chef, eight in force,
    // one draft; none names the académie, and the signed ones' PDFs verify.
    expect(firstReport.epleConventions).toBe(10);
    const eple = await db.convention.findMany({
      where: { kind: "BIPARTITE_EPLE" },
      select: {
        status: true,
        academieCode: true,
        versions: { select: { finalSha256: true, steps: { select: { signerId: true } } } },
      },
    });
    expect(eple.map((c) => c.status).sort()).toEqual([
      "BROUILLON",
      "EN_SIGNATURE",
      ...Array<string>(8).fill("EN_VIGUEUR"),
    ]);
    expect(eple.every((c) => c.academieCode === null)).toBe(true);
    for (const c of eple.filter((c) => c.status === "EN_VIGUEUR"))
      expect(
        await verifyConventionDocument(db, { sha256: c.versions[0]!.finalSha256! }),
      ).toMatchObject({ conventionKind: "BIPARTITE_EPLE", kind: "final" });
    // Three appels à projets of 35 joint with Rennes: one open (two dossiers, not Les Gayeulles'),
    // one closed yesterday awaiting scoring (Les Gayeulles' dossier in it), one decided last year
    // whose two retained projects are funded, delivered and reported on.
    expect(firstReport.calls).toBe(3);
    const calls = await db.projectCall.findMany({
      select: {
        status: true,
        academieCode: true,
        closesOn: true,
        applications: {
          select: {
            status: true,
            decision: true,
            decidedAt: true,
            allocationId: true,
            deliveredOn: true,
            _count: { select: { scores: true, reports: true } },
          },
        },
      },
      orderBy: { closesOn: "desc" },
    });
    expect(calls.map((c) => [c.status, c.academieCode, c.applications.length])).toEqual([
      ["PUBLIE", "14", 2],
      ["PUBLIE", "14", 2],
      ["PUBLIE", "14", 3],
    ]);
    expect(calls[1]!.applications.every((a) => a.status === "DEPOSE" && !a._count.scores)).toBe(
      true,
    );
    const decided = calls[2]!.applications;
    expect(decided.map((a) => a.decision).sort()).toEqual([
      "REFUSE",
      "RETENU",
      "RETENU_SOUS_CONDITIONS",
    ]);
    for (const a of decided) {
      expect(a._count.scores).toBe(2);
      expect(Boolean(a.allocationId)).toBe(a.decision !== "REFUSE");
      expect(Boolean(a.deliveredOn)).toBe(a.decision !== "REFUSE");
    }
    expect(decided.reduce((n, a) => n + a._count.reports, 0)).toBe(3);
    // Two deployment programmes of 35: one adopted in three waves (the préfigurateurs first, Les
    // Gayeulles among them, its training not yet declared), one in preparation.
    expect(firstReport.programmes).toBe(2);
    // Fictitious network profiles for most public collèges of 35, Les Gayeulles' among them.
    expect(firstReport.network).toBeGreaterThan(40);
    expect(
      await db.networkProfile.findFirst({
        where: { etablissement: { uai: "0350027P" } },
        select: { downKbps: true, source: true },
      }),
    ).toEqual({ downKbps: 200_000, source: "démonstration (valeurs fictives)" });
    const programmes = await db.deploymentProgramme.findMany({
      select: {
        status: true,
        waves: {
          select: { prefiguration: true, _count: { select: { assignments: true } } },
          orderBy: { number: "asc" },
        },
        assignments: {
          select: { etablissement: { select: { uai: true } }, trainingDeclaredAt: true },
        },
      },
      orderBy: { status: "asc" },
    });
    expect(programmes.map((p) => p.status)).toEqual(["BROUILLON", "ADOPTE"]);
    expect(programmes[1]!.waves.map((w) => [w.prefiguration, w._count.assignments])).toEqual([
      [true, 3],
      [false, 4],
      [false, 4],
    ]);
    expect(
      programmes[1]!.assignments.find((a) => a.etablissement.uai === "0350027P")
        ?.trainingDeclaredAt,
    ).toBeNull();
    // A draft of 35 written with the DRANE: one proposal accepted (in the draft), one rejected.
    expect(firstReport.proposals).toBe(2);
    const proposals = await db.conventionProposal.findMany({
      select: {
        status: true,
        proposed: true,
        target: true,
        version: { select: { content: true } },
      },
    });
    expect(proposals.map((p) => p.status).sort()).toEqual(["ACCEPTEE", "REJETEE"]);
    const accepted = proposals.find((p) => p.status === "ACCEPTEE")!;
    expect(JSON.stringify(accepted.version.content)).toContain(
      JSON.stringify((accepted.proposed as { body: string }).body),
    );
    // A year of meetings in 35 and 14; every approved minutes' final PDF is recognised by its hash.
    expect(first.meetings).toBe(19);
    expect(first.approvedMinutes).toBe(14);
    const approved = await db.meeting.findMany({
      where: { minutesStatus: "APPROUVE" },
      select: { finalSha256: true, body: { select: { collectivite: { select: { code: true } } } } },
    });
    expect(new Set(approved.map((m) => m.body.collectivite.code))).toEqual(new Set(["35", "14"]));
    for (const m of approved)
      expect(await verifyMinutesDocument(db, m.finalSha256!)).toMatchObject({ kind: "final" });
    // Each party's members designated by that party's own people.
    const seated = await db.bodyMember.findMany({
      select: {
        party: true,
        designatedBy: { select: { memberships: { select: { scopeType: true } } } },
      },
    });
    const spaceOf = { COLLECTIVITE: "COLLECTIVITE", ETAT: "ACADEMIE", EPLE: "ETABLISSEMENT" };
    for (const m of seated)
      expect(m.designatedBy.memberships.map((x) => x.scopeType)).toContain(spaceOf[m.party]);
    expect(first.sectors).toBeGreaterThanOrEqual(10);
    for (const email of ["technicien.35@demo.tripartite.fr", "technicien.14@demo.tripartite.fr"])
      expect(
        await db.membership.count({
          where: { user: { email }, role: "TECHNICIEN", sector: { isNot: null } },
        }),
      ).toBe(1);
    // The demo inventory, and the four items the decided appel à projets delivered.
    expect(firstReport.inventory).toEqual({
      collectivites: 5,
      equipment: first.equipment - 4,
      effectifsEstimes: first.estimated,
    });
    expect(first.equipment).toBeGreaterThan(50_000);
    expect(first.equipment).toBeLessThan(80_000);

    // Every targeted collège has equipment and pupils; nothing elsewhere, nothing in a private collège.
    const targets = await count(
      Prisma.sql`SELECT count(*) AS n FROM "Etablissement" e WHERE ${TARGET}`,
    );
    expect(targets).toBeGreaterThan(250);
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "Etablissement" e WHERE ${TARGET}
      AND NOT EXISTS (SELECT 1 FROM "Equipment" q WHERE q."etablissementId" = e.id)`),
    ).toBe(0);
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "Etablissement" e WHERE ${TARGET}
      AND NOT EXISTS (SELECT 1 FROM "Effectif" f WHERE f."etablissementId" = e.id)`),
    ).toBe(0);
    expect(
      await count(
        Prisma.sql`SELECT count(*) AS n FROM "Equipment" q JOIN "Etablissement" e ON e.id = q."etablissementId" WHERE NOT (${TARGET})`,
      ),
    ).toBe(0);
    expect(
      await count(
        Prisma.sql`SELECT count(*) AS n FROM "Equipment" q JOIN "Etablissement" e ON e.id = q."etablissementId" WHERE e.secteur = 'PRIVE'`,
      ),
    ).toBe(0);
    expect(
      await count(
        Prisma.sql`SELECT count(*) AS n FROM "Equipment" q JOIN "Etablissement" e ON e.id = q."etablissementId" WHERE q."collectiviteId" <> e."collectiviteId"`,
      ),
    ).toBe(0);

    // Real pupils are kept; estimates only where the open data has none, for the file's latest rentrée.
    expect(await db.effectif.count({ where: { source: EFFECTIFS_35_SOURCE } })).toBe(
      firstReport.effectifs35.created,
    );
    const latest = Math.max(...firstReport.effectifs35.rentrees);
    expect(
      await db.effectif.count({
        where: { source: ESTIMATED_EFFECTIF_SOURCE, rentree: { not: latest } },
      }),
    ).toBe(0);
    expect(
      await count(Prisma.sql`SELECT count(*) AS n FROM "Effectif" f WHERE f.source = ${ESTIMATED_EFFECTIF_SOURCE}
      AND EXISTS (SELECT 1 FROM "Effectif" g WHERE g."etablissementId" = f."etablissementId" AND g.source <> f.source)`),
    ).toBe(0);

    // One « données fictives » import per collectivité, every generated row attached to it.
    const imports = await db.equipmentImport.findMany({
      select: {
        collectiviteId: true,
        status: true,
        format: true,
        fileName: true,
        rowCount: true,
        committedAt: true,
        collectivite: { select: { code: true } },
        _count: { select: { equipment: true } },
      },
    });
    expect(imports.map((i) => i.collectivite.code).sort()).toEqual(["14", "22", "29", "35", "56"]);
    for (const i of imports) {
      expect(i).toMatchObject({
        status: "ENREGISTRE",
        format: DEMO_IMPORT_FORMAT,
        fileName: DEMO_IMPORT_FILE_NAME,
      });
      expect(i.committedAt).not.toBeNull();
      expect(i._count.equipment).toBe(i.rowCount);
    }
    // Every item comes from the imports but the four an appel à projets delivered.
    expect(await db.equipment.count({ where: { importId: null } })).toBe(4);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "equipment.import" },
      select: { actorLabel: true, scopeType: true, collectiviteId: true, entityType: true },
    });
    expect(event).toMatchObject({
      actorLabel: "chargement de la démonstration",
      scopeType: "COLLECTIVITE",
      entityType: "EquipmentImport",
    });

    await expectDemoBudgets(firstReport.budgets);
    // The conventions collectivité–EPLE are counted on their own (above).
    await expectDemoConventions(firstReport, first.conventions - firstReport.epleConventions);

    const secondReport = await unsafeSeedDemo(db);
    expect(secondReport.sectors).toBe(0);
    expect(secondReport.inventory).toEqual({ collectivites: 0, equipment: 0, effectifsEstimes: 0 });
    expect(secondReport.budgets).toEqual({
      collectivites: 0,
      lines: 0,
      allocations: 0,
      campaigns: 0,
      needs: 0,
    });
    expect(firstReport.incidents.incidents).toBe(first.incidents);
    expect(first.incidents).toBeGreaterThan(3_000);
    expect(secondReport.incidents).toEqual({ colleges: 0, incidents: 0, open: 0 });
    expect(secondReport.governance).toEqual({ bodies: 0, members: 0, meetings: 0 });
    expect(secondReport.proposals).toBe(0);
    expect(secondReport.reviews).toBe(0);
    expect(secondReport.epleConventions).toBe(0);
    expect(secondReport.calls).toBe(0);
    expect(secondReport.programmes).toBe(0);
    expect(secondReport.network).toBe(0);
    expect(await counts()).toEqual(first);
    for (const account of DEMO_ACCOUNTS) {
      expect(
        await authenticateWithPassword(db, { email: account.email, password: "Demo2026!" }),
      ).not.toBeNull();
    }
  }, 600_000);
});
