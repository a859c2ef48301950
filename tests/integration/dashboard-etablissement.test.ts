import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConvention } from "@/lib/conventions/get-convention";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import type { ConventionContent } from "@/lib/conventions/content";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { listNeeds } from "@/lib/campaigns/get-campaign";
import { getEtablissementIndicators } from "@/lib/inventory/indicators";
import { getEtablissementGaps } from "@/lib/inventory/gaps";
import { getEtablissementAllocations } from "@/lib/budgets/allocations-per-pupil";
import {
  etablissementDashboardExportResponse,
  getCollegeAllocations,
  getCollegeCampaigns,
  getCollegeConvention,
  getEtablissementDashboard,
  listConventionsToSign,
} from "@/lib/dashboards/etablissement-dashboard";
import { equipmentComparison, matrixByHolder } from "@/lib/dashboards/etablissement-tables";
import { unzipSync } from "fflate";
import { GET } from "@/app/e/[uai]/tableau-de-bord/export/route";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
  NeedStatus,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { accessAs, C35, E } from "../support/access";

const NOW = new Date("2026-03-15T10:00:00Z");
const EUR = 100n;
const users: Record<string, string> = {};
const college: Record<string, { id: string; collectiviteId: string; academieCode: string }> = {};
const ids = {
  inForce: "",
  avenantToSign: "",
  renewal: "",
  rennesDraft: "",
  open: "",
  arbitrated: "",
  future: "",
  draft: "",
  calvados: "",
};
const exportUrl = (uai: string, query: string) =>
  `http://test/e/${uai}/tableau-de-bord/export?${query}`;

const as = accessAs(users);

/** The default matrix with one domain changed: what a signed avenant put in force. */
const AMENDED: ConventionContent = {
  ...DEFAULT_TRIPARTITE_CONTENT,
  matrix: [
    ...DEFAULT_TRIPARTITE_CONTENT.matrix.filter((r) => r.domain !== "Maintenance de niveau 1"),
    {
      domain: "Maintenance de niveau 1",
      holder: "COLLECTIVITE",
      level: "N1",
      detail: "Reprise par la collectivité (avenant 1).",
    },
  ],
};

type Steps = [number, "EPLE" | "ETAT" | "COLLECTIVITE", SignatureStatus][];

/** A convention written directly in the state a test needs, with one version and its steps. */
async function convention(spec: {
  reference: string;
  uai: string;
  kind?: ConventionKind;
  status: ConventionStatus;
  parentId?: string;
  startsOn?: string;
  endsOn?: string;
  content?: ConventionContent;
  steps?: Steps;
  signedAt?: string;
}) {
  const owner = college[spec.uai]!;
  const versionStatus =
    spec.status === "EN_SIGNATURE"
      ? "EN_SIGNATURE"
      : spec.status === "EN_VIGUEUR"
        ? "SIGNEE"
        : "BROUILLON";
  const created = await db.convention.create({
    data: {
      reference: spec.reference,
      kind: spec.kind ?? "TRIPARTITE",
      title: `Convention ${spec.reference}`,
      status: spec.status,
      collectiviteId: owner.collectiviteId,
      academieCode: owner.academieCode,
      etablissementId: owner.id,
      parentId: spec.parentId ?? null,
      startsOn: spec.startsOn ? new Date(spec.startsOn) : null,
      endsOn: spec.endsOn ? new Date(spec.endsOn) : null,
      versions: {
        create: {
          number: 1,
          content: spec.content ?? DEFAULT_TRIPARTITE_CONTENT,
          status: versionStatus,
          signedAt: spec.signedAt ? new Date(spec.signedAt) : null,
          steps: {
            create: (spec.steps ?? []).map(([order, party, status]) => ({ order, party, status })),
          },
        },
      },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
  return { id: created.id, versionId: created.versions[0]!.id };
}

async function campaign(
  title: string,
  status: CampaignStatus,
  opensOn: string,
  closesOn: string,
  code = "35",
) {
  const collectiviteId = (
    await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })
  ).id;
  const row = await db.needsCampaign.create({
    data: {
      collectiviteId,
      title,
      exercice: 2026,
      opensOn: new Date(opensOn),
      closesOn: new Date(closesOn),
      envelopeCents: 100_000n * EUR,
      categories: ["PORTABLE"],
      status,
      arbitratedAt: status === "ARBITREE" ? new Date("2026-01-20T10:00:00Z") : null,
    },
    select: { id: true },
  });
  return row.id;
}

async function need(
  campaignId: string,
  uai: string,
  status: NeedStatus = "SOUMIS",
  acceptedEuros: bigint | null = null,
) {
  await db.needRequest.create({
    data: {
      campaignId,
      etablissementId: college[uai]!.id,
      category: "PORTABLE",
      quantity: 10,
      unitCostCents: 60_000n,
      justification: "Renouvellement",
      projetEtablissement: "Axe 1",
      priority: 1,
      status,
      acceptedCents: acceptedEuros === null ? null : acceptedEuros * EUR,
    },
  });
}

async function equipment(
  uai: string,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
) {
  await db.equipment.createMany({
    data: Array.from({ length: count }, () => ({
      collectiviteId: college[uai]!.collectiviteId,
      etablissementId: college[uai]!.id,
      category,
      acquiredOn: acquiredOn ? new Date(acquiredOn) : null,
    })),
  });
}

async function allocation(
  uai: string,
  exercice: number,
  kind: "DOTATION_FONCTIONNEMENT" | "EQUIPEMENT" | "SUBVENTION",
  euros: bigint,
) {
  await db.allocation.create({
    data: {
      collectiviteId: college[uai]!.collectiviteId,
      etablissementId: college[uai]!.id,
      exercice,
      kind,
      label: `${kind} ${exercice}`,
      amountCents: euros * EUR,
    },
  });
}

beforeAll(async () => {
  await seedReferentialsAndColleges();
  for (const e of await db.etablissement.findMany({
    select: { id: true, uai: true, collectiviteId: true, academieCode: true },
  }))
    college[e.uai] = e;
  await db.effectif.deleteMany({});
  for (const [uai, total] of [
    [UAI.gayeulles, 400],
    [UAI.rennes35b, 600],
  ] as const) {
    await db.effectif.create({
      data: {
        etablissementId: college[uai]!.id,
        rentree: 2025,
        total,
        source: "test",
        importedAt: NOW,
      },
    });
  }
  users.chefG = await createUser("chef.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.gayeulles },
  ]);
  users.gestG = await createUser("gest.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "GESTIONNAIRE", key: UAI.gayeulles },
  ]);
  users.refG = await createUser("ref.gayeulles@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "REFERENT", key: UAI.gayeulles },
  ]);
  users.chefR = await createUser("chef.rennes@test.fr", [
    { scopeType: "ETABLISSEMENT", role: "CHEF", key: UAI.rennes35b },
  ]);
  users.agent35 = await createUser("agent35@test.fr", [
    { scopeType: "COLLECTIVITE", role: "AGENT", key: "35" },
  ]);

  // Les Gayeulles: a tripartite in force whose consolidated version is a signed avenant's; a second
  // avenant awaiting the EPLE first; a renewal in signature where the académie signs first.
  const inForce = await convention({
    reference: "CT-35-2025-0001",
    uai: UAI.gayeulles,
    status: "EN_VIGUEUR",
    startsOn: "2025-09-01",
    endsOn: "2028-08-31",
    signedAt: "2025-07-01T10:00:00Z",
  });
  const amended = await convention({
    reference: "AV-35-2026-0001",
    uai: UAI.gayeulles,
    kind: "AVENANT",
    status: "EN_VIGUEUR",
    parentId: inForce.id,
    content: AMENDED,
    signedAt: "2026-01-10T10:00:00Z",
  });
  await db.convention.update({
    where: { id: inForce.id },
    data: { inForceVersionId: amended.versionId },
  });
  ids.inForce = inForce.id;
  ids.avenantToSign = (
    await convention({
      reference: "AV-35-2026-0002",
      uai: UAI.gayeulles,
      kind: "AVENANT",
      status: "EN_SIGNATURE",
      parentId: inForce.id,
      steps: [
        [1, "EPLE", "EN_ATTENTE"],
        [2, "ETAT", "EN_ATTENTE"],
        [3, "COLLECTIVITE", "EN_ATTENTE"],
      ],
    })
  ).id;
  ids.renewal = (
    await convention({
      reference: "CT-35-2026-0009",
      uai: UAI.gayeulles,
      status: "EN_SIGNATURE",
      startsOn: "2028-09-01",
      steps: [
        [1, "ETAT", "EN_ATTENTE"],
        [2, "EPLE", "EN_ATTENTE"],
        [3, "COLLECTIVITE", "EN_ATTENTE"],
      ],
    })
  ).id;
  // Rennes: nothing in force, one in signature waiting for its EPLE.
  ids.rennesDraft = (
    await convention({
      reference: "CT-35-2026-0002",
      uai: UAI.rennes35b,
      status: "EN_SIGNATURE",
      startsOn: "2026-09-01",
      endsOn: "2029-08-31",
      steps: [
        [1, "EPLE", "EN_ATTENTE"],
        [1, "ETAT", "EN_ATTENTE"],
        [2, "COLLECTIVITE", "EN_ATTENTE"],
      ],
    })
  ).id;

  // Campaigns of 35: one open (2 needs of Les Gayeulles, 3 of Rennes), one arbitrated, one to come,
  // one draft; Calvados has one open, which no collège of 35 sees.
  ids.open = await campaign("Campagne ouverte", "OUVERTE", "2026-03-01", "2026-04-30");
  ids.arbitrated = await campaign("Campagne arbitrée", "ARBITREE", "2025-10-01", "2025-11-30");
  ids.future = await campaign("Campagne à venir", "OUVERTE", "2026-05-01", "2026-05-31");
  ids.draft = await campaign("Campagne en brouillon", "BROUILLON", "2026-03-01", "2026-04-30");
  ids.calvados = await campaign(
    "Campagne du Calvados",
    "OUVERTE",
    "2026-03-01",
    "2026-04-30",
    "14",
  );
  for (const uai of [UAI.gayeulles, UAI.gayeulles, UAI.rennes35b, UAI.rennes35b, UAI.rennes35b])
    await need(ids.open, uai);
  await need(ids.arbitrated, UAI.gayeulles, "ACCEPTE", 6_000n);
  await need(ids.arbitrated, UAI.gayeulles, "PARTIEL", 3_000n);
  await need(ids.arbitrated, UAI.gayeulles, "REFUSE");
  await need(ids.arbitrated, UAI.rennes35b, "ACCEPTE", 6_000n);
  await need(ids.calvados, UAI.calvados14);

  // Les Gayeulles, 400 pupils: 100 terminals (20 older than 5 years), 6 displays, 10 projectors, 1 mobile class.
  await equipment(UAI.gayeulles, "PORTABLE", 80, "2024-09-01");
  await equipment(UAI.gayeulles, "POSTE_FIXE", 20, "2019-06-01");
  await equipment(UAI.gayeulles, "VPI", 4, "2022-01-01");
  await equipment(UAI.gayeulles, "ENI", 2, "2023-01-01");
  await equipment(UAI.gayeulles, "VIDEOPROJECTEUR", 10, null);
  await equipment(UAI.gayeulles, "CLASSE_MOBILE", 1, "2023-01-01");
  // Rennes, 600 pupils: 200 recent terminals and 9 displays.
  await equipment(UAI.rennes35b, "TABLETTE", 200, "2025-01-01");
  await equipment(UAI.rennes35b, "ENI", 9, "2025-01-01");

  await allocation(UAI.gayeulles, 2026, "DOTATION_FONCTIONNEMENT", 40_000n);
  await allocation(UAI.gayeulles, 2026, "EQUIPEMENT", 5_451n);
  await allocation(UAI.gayeulles, 2025, "SUBVENTION", 1_000n);
  await allocation(UAI.rennes35b, 2026, "DOTATION_FONCTIONNEMENT", 30_000n);
});

describe("what is waiting", () => {
  it("lists the conventions awaiting the EPLE's signature, exactly the « à signer » tab of the list", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, {}, NOW);
    const list = await listConventions(ctx, { tab: "a-signer" }, NOW);
    expect(dashboard.toSign.map((c) => c.id)).toEqual(list.items.map((c) => c.id));
    expect(dashboard.toSign.map((c) => c.reference)).toEqual(["AV-35-2026-0002"]);
    expect(dashboard.toSign.length).toBe(list.counts["a-signer"]);
    // A member who does not sign is waited for by none.
    expect(await listConventionsToSign(await as("gestG", E(UAI.gayeulles)))).toEqual([]);
  });

  it("shows the open campaign with the collège's needs and the decisions of the arbitrated one, as the campaigns list counts them", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const { open, decisions } = await getCollegeCampaigns(ctx, NOW);
    const list = await listCampaigns(ctx, NOW);
    const listed = (id: string) => list.find((c) => c.id === id)!;
    expect(open.map((c) => [c.id, c.needs])).toEqual([[ids.open, 2]]);
    expect(open[0]!.needs).toBe(listed(ids.open).needs);
    expect(open[0]!.closesOn).toEqual(new Date("2026-04-30"));
    expect(decisions).toHaveLength(1);
    const d = decisions[0]!;
    expect([d.id, d.needs, d.byStatus, d.acceptedCents]).toEqual([
      ids.arbitrated,
      3,
      { ACCEPTE: 1, PARTIEL: 1, REFUSE: 1 },
      9_000n * EUR,
    ]);
    expect(d.needs).toBe(listed(ids.arbitrated).needs);
    expect(d.byStatus.ACCEPTE + d.byStatus.PARTIEL + d.byStatus.REFUSE).toBe(
      listed(ids.arbitrated).decided,
    );
    expect(d.acceptedCents).toBe(listed(ids.arbitrated).acceptedCents);
    // Each decision count links to the campaign's needs filtered by status: the same figure.
    const accepted = await listNeeds(
      ctx,
      { id: ids.arbitrated, status: "ARBITREE" },
      { status: "ACCEPTE" },
    );
    expect(accepted.total).toBe(d.byStatus.ACCEPTE);
  });
});

describe("my convention", () => {
  it("gives the convention in force with the consolidated version's responsibility matrix, grouped by holder", async () => {
    const ctx = await as("refG", E(UAI.gayeulles));
    const { inForce, inProgress } = await getCollegeConvention(ctx, NOW);
    expect(inProgress).toBeNull();
    expect(inForce).toMatchObject({
      id: ids.inForce,
      reference: "CT-35-2025-0001",
      status: "EN_VIGUEUR",
      version: { number: 1, reference: "AV-35-2026-0001", kind: "AVENANT" },
    });
    expect(inForce!.startsOn).toEqual(new Date("2025-09-01"));
    expect(inForce!.endsOn).toEqual(new Date("2028-08-31"));
    const detail = await getConvention(ctx, ids.inForce, NOW);
    expect(inForce!.matrix).toEqual(detail.inForce!.content.matrix);
    expect(inForce!.matrix).toEqual(AMENDED.matrix);
    const groups = matrixByHolder(inForce!.matrix);
    expect(groups.map((g) => g.label)).toEqual(["Collectivité", "État", "EPLE", "Partagé"]);
    expect(groups.flatMap((g) => g.rows)).toHaveLength(AMENDED.matrix.length);
    expect(groups.find((g) => g.holder === "COLLECTIVITE")!.rows.map((r) => r.domain)).toContain(
      "Maintenance de niveau 1",
    );
    expect(groups.find((g) => g.holder === "EPLE")!.rows.map((r) => r.domain)).toEqual([
      "Maintenance de niveau 0",
    ]);
  });

  it("says none is in force and shows the one in signature, with whose signature is awaited", async () => {
    const ctx = await as("chefR", E(UAI.rennes35b));
    const { inForce, inProgress } = await getCollegeConvention(ctx, NOW);
    expect(inForce).toBeNull();
    expect(inProgress).toMatchObject({
      id: ids.rennesDraft,
      status: "EN_SIGNATURE",
      version: { number: 1, reference: "CT-35-2026-0002" },
    });
    expect([...inProgress!.awaiting].sort()).toEqual(["EPLE", "ETAT"]);
    expect(inProgress!.matrix).toEqual(DEFAULT_TRIPARTITE_CONTENT.matrix);
    const enVigueur = await listConventions(ctx, { tab: "en-vigueur" }, NOW);
    expect(enVigueur.total).toBe(0);
  });
});

describe("inventory and allocations", () => {
  it("shows the collège's indicators and gaps as the inventory pages compute them", async () => {
    const ctx = await as("chefG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, {}, NOW);
    const indicators = await getEtablissementIndicators(ctx, UAI.gayeulles, NOW);
    expect(dashboard.inventory!.indicators).toEqual(indicators);
    expect(dashboard.inventory!.gaps).toEqual(await getEtablissementGaps(ctx, UAI.gayeulles, NOW));
    expect(dashboard.inventory!.summary.total).toBe(117);
    expect(indicators.college.indicators).toMatchObject({
      terminauxPour100: 25,
      elevesParTerminal: 4,
      partPlus5Ans: 20,
    });
    // Per 1 000 pupils: 250 terminals here; 300 over 1 000 pupils of 35; 338 nationally (33,8 per 100).
    const lines = equipmentComparison(indicators);
    expect(lines.map((l) => [l.key, l.college, l.average, l.reference])).toEqual([
      ["terminaux", 250, 300, 338],
      ["affichages", 15, 15, 11],
      ["videoprojecteurs", 25, 10, 31],
      ["classesMobiles", 2.5, 1, null],
    ]);
  });

  it("gives the exercice's allocations as the dotations page does, with the exercice taken from the URL", async () => {
    const ctx = await as("gestG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, { exercice: "2026" }, NOW);
    const { figures, items } = await getEtablissementAllocations(ctx, { exercice: 2026 });
    expect(dashboard.allocations).toMatchObject({ exercice: 2026, count: items.length, figures });
    expect(figures.totalCents).toBe(45_451n * EUR);
    expect(figures.perPupilCents).toBe(11_363n);
    const previous = await getEtablissementDashboard(ctx, { exercice: ["2025"] }, NOW);
    expect(previous.allocations).toMatchObject({
      exercice: 2025,
      count: 1,
      figures: { totalCents: 1_000n * EUR },
    });
    expect(previous.allocations!.exercices).toEqual([2026, 2025]);
    // A value that is not a year falls back to the current exercice.
    expect(
      (await getEtablissementDashboard(ctx, { exercice: "deux mille" }, NOW)).allocations!.exercice,
    ).toBe(2026);
  });

  it("shows no allocations to the référent, who may not read them", async () => {
    const ctx = await as("refG", E(UAI.gayeulles));
    const dashboard = await getEtablissementDashboard(ctx, { exercice: "2026" }, NOW);
    expect(dashboard.allocations).toBeNull();
    expect(dashboard.toSign).toEqual([]);
    await expect(getCollegeAllocations(ctx, { exercice: 2026 }, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("scope", () => {
  it("gives the chef of another collège no context here, and only its own figures there", async () => {
    signInAs(users.chefR!);
    await expect(requireAccessContext(E(UAI.gayeulles))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const ctx = await as("chefR", E(UAI.rennes35b));
    const dashboard = await getEtablissementDashboard(ctx, {}, NOW);
    expect(dashboard.toSign.map((c) => c.id)).toEqual([ids.rennesDraft]);
    expect(dashboard.campaigns!.open.map((c) => [c.id, c.needs])).toEqual([[ids.open, 3]]);
    expect(dashboard.campaigns!.decisions.map((d) => [d.id, d.needs, d.acceptedCents])).toEqual([
      [ids.arbitrated, 1, 6_000n * EUR],
    ]);
    expect(dashboard.convention!.inForce).toBeNull();
    expect(dashboard.allocations!.figures).toMatchObject({
      uai: UAI.rennes35b,
      totalCents: 30_000n * EUR,
    });
    expect(dashboard.inventory!.indicators!.college.uai).toBe(UAI.rennes35b);
    expect(dashboard.inventory!.summary.total).toBe(209);
    const shown = JSON.stringify(dashboard, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    for (const id of [ids.inForce, ids.avenantToSign, ids.renewal, college[UAI.gayeulles]!.id])
      expect(shown).not.toContain(id);
    expect(shown).not.toContain(ids.calvados);
  });

  it("refuses the dashboard to a collectivité's context", async () => {
    const ctx = await as("agent35", C35);
    await expect(getEtablissementDashboard(ctx, {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listConventionsToSign(ctx)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exports", () => {
  const lines = async (response: Response) =>
    (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");

  it("serves each chart's table as CSV and XLSX", async () => {
    signInAs(users.chefG!);
    const equipements = await etablissementDashboardExportResponse(
      new Request(exportUrl(UAI.gayeulles, "graphique=equipements")),
      UAI.gayeulles,
      NOW,
    );
    expect(equipements.headers.get("Content-Disposition")).toBe(
      `attachment; filename="tableau-de-bord-equipements-${UAI.gayeulles}.csv"`,
    );
    const name = (
      await db.collectivite.findUniqueOrThrow({ where: { code: "35" }, select: { name: true } })
    ).name;
    const csv = await lines(equipements);
    expect(csv[0]).toBe(
      `Équipement;Collège Les Gayeulles;Moyenne : ${name};Référence nationale;Année de la référence`,
    );
    expect(csv[1]).toBe("Terminaux;250;300;338;2018-2019");
    expect(csv[4]).toBe("Classes mobiles;2,5;1;;");

    const age = await lines(
      await etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=anciennete")),
        UAI.gayeulles,
        NOW,
      ),
    );
    expect(age[0]).toBe(
      "Série;Part des terminaux de plus de 5 ans (%);Terminaux datés;Terminaux de plus de 5 ans;Terminaux sans date (exclus)",
    );
    expect(age[1]).toBe("Collège Les Gayeulles;20;100;20;0");
    expect(age[3]).toBe("Référence nationale (2014);42;;;");

    const dotations = await etablissementDashboardExportResponse(
      new Request(exportUrl(UAI.gayeulles, "graphique=dotations&exercice=2026")),
      UAI.gayeulles,
      NOW,
    );
    expect(dotations.headers.get("Content-Disposition")).toBe(
      `attachment; filename="tableau-de-bord-dotations-${UAI.gayeulles}-2026.csv"`,
    );
    expect(await lines(dotations)).toEqual([
      "Type d'attribution;Montant (€);Part du total (%)",
      "Dotation de fonctionnement;40000;88",
      "Équipement acquis pour le collège;5451;12",
      "Subvention d'équipement;0;0",
      "Total;45451;100",
    ]);

    const matrice = await lines(
      await etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=matrice")),
        UAI.gayeulles,
        NOW,
      ),
    );
    expect(matrice[0]).toBe("Responsable;Domaine;Niveau de maintenance;Précision");
    expect(matrice).toHaveLength(AMENDED.matrix.length + 1);

    const referentiel = await lines(
      await etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=referentiel")),
        UAI.gayeulles,
        NOW,
      ),
    );
    expect(referentiel[0]).toBe(
      "Équipement;Requis par le référentiel;En service;Manquants;Au-delà du référentiel;Coût unitaire (€);Coût estimé du manque (€)",
    );
    expect(referentiel[1]).toMatch(/^Terminaux;\d+;100;\d+;\d+;/);

    signInAs(users.chefG!);
    const xlsx = await etablissementDashboardExportResponse(
      new Request(exportUrl(UAI.gayeulles, "graphique=referentiel&format=xlsx")),
      UAI.gayeulles,
      NOW,
    );
    expect(xlsx.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(Object.keys(unzipSync(new Uint8Array(await xlsx.arrayBuffer())))).toContain(
      "xl/worksheets/sheet1.xml",
    );
  });

  it("answers through the route handler, and refuses an unknown key, a chart the member may not read and another collège", async () => {
    signInAs(users.chefG!);
    const routed = await GET(new Request(exportUrl(UAI.gayeulles, "graphique=matrice")), {
      params: Promise.resolve({ uai: UAI.gayeulles }),
    });
    expect(routed.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    await expect(
      etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=inconnu")),
        UAI.gayeulles,
        NOW,
      ),
    ).rejects.toThrow();
    await expect(
      etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "format=csv")),
        UAI.gayeulles,
        NOW,
      ),
    ).rejects.toThrow();
    signInAs(users.refG!);
    await expect(
      etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=dotations")),
        UAI.gayeulles,
        NOW,
      ),
    ).rejects.toThrow();
    signInAs(users.chefR!);
    await expect(
      etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=equipements")),
        UAI.gayeulles,
        NOW,
      ),
    ).rejects.toThrow();
    await expect(
      etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.gayeulles, "graphique=dotations&exercice=2026")),
        UAI.gayeulles,
        NOW,
      ),
    ).rejects.toThrow();
    // Rennes has no convention in force but one in signature: its matrix is the one exported there.
    const own = await lines(
      await etablissementDashboardExportResponse(
        new Request(exportUrl(UAI.rennes35b, "graphique=matrice")),
        UAI.rennes35b,
        NOW,
      ),
    );
    expect(own).toHaveLength(DEFAULT_TRIPARTITE_CONTENT.matrix.length + 1);
  });
});
