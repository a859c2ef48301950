import { db } from "@/lib/db/client";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import type { ConventionContent } from "@/lib/conventions/content";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
  NeedStatus,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";
import { createUser, seedReferentialsAndColleges, UAI } from "../support/fixtures";
import { accessAs } from "../support/access";

export const NOW = new Date("2026-03-15T10:00:00Z");
export const EUR = 100n;
export const users: Record<string, string> = {};
export const college: Record<string, { id: string; collectiviteId: string; academieCode: string }> =
  {};
export const ids = {
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
export const exportUrl = (uai: string, query: string) =>
  `http://test/e/${uai}/tableau-de-bord/export?${query}`;

export const as = accessAs(users);

/** The default matrix with one domain changed: what a signed avenant put in force. */
export const AMENDED: ConventionContent = {
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

export type Steps = [number, "EPLE" | "ETAT" | "COLLECTIVITE", SignatureStatus][];

/** A convention written directly in the state a test needs, with one version and its steps. */
export async function convention(spec: {
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

export async function campaign(
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

export async function need(
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

export async function equipment(
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

export async function allocation(
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

/** What every test file of this story starts from (the former beforeAll). */
export async function seedDashboardEtablissement(): Promise<void> {
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
}
