import { db } from "@/lib/db/client";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import type { ConventionContent } from "@/lib/conventions/content";
import type { CampaignStatus, EquipmentCategory, NeedStatus } from "@/lib/generated/prisma/enums";
import {
  seedReferentialsAndColleges,
  UAI,
  createUsers,
  resetEffectifs,
  people,
} from "../support/fixtures";
import { accessAs } from "../support/access";
import * as rows from "../support/rows";

export const NOW = new Date("2026-03-15T10:00:00Z");
export const EUR = 100n;
export const users: Record<string, string> = {};
export const college: Record<string, rows.College> = {};
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

/** A convention written directly in the state a test needs, with one version and its steps. */
export const convention = (
  spec: Omit<rows.ConventionRow, "owner" | "title" | "content"> & {
    uai: string;
    content?: ConventionContent;
  },
) =>
  rows.insertConvention({
    ...spec,
    owner: college[spec.uai]!,
    title: `Convention ${spec.reference}`,
    content: spec.content ?? DEFAULT_TRIPARTITE_CONTENT,
  });

export async function campaign(
  title: string,
  status: CampaignStatus,
  opensOn: string,
  closesOn: string,
  code = "35",
) {
  return rows.insertCampaign({
    collectiviteId: await rows.collectiviteIdOf(code),
    title,
    status,
    exercice: 2026,
    opensOn: new Date(opensOn),
    closesOn: new Date(closesOn),
    envelopeCents: 100_000n * EUR,
    arbitratedAt: status === "ARBITREE" ? new Date("2026-01-20T10:00:00Z") : null,
  });
}

export const need = (
  campaignId: string,
  uai: string,
  status: NeedStatus = "SOUMIS",
  acceptedEuros: bigint | null = null,
) =>
  rows.insertNeed({
    campaignId,
    etablissementId: college[uai]!.id,
    quantity: 10,
    status,
    acceptedCents: acceptedEuros === null ? null : acceptedEuros * EUR,
  });

export const equipment = (
  uai: string,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
) => rows.insertEquipment(college[uai]!, category, count, acquiredOn);

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
  await rows.loadColleges(college);
  await resetEffectifs(
    [
      [UAI.gayeulles, 2025, 400],
      [UAI.rennes35b, 2025, 600],
    ],
    NOW,
  );
  await createUsers(users, {
    ...people("chefG"),
    gestG: ["gest.gayeulles@test.fr", "ETABLISSEMENT", "GESTIONNAIRE", UAI.gayeulles],
    refG: ["ref.gayeulles@test.fr", "ETABLISSEMENT", "REFERENT_NUMERIQUE", UAI.gayeulles],
    ...people("chefR", "agent35"),
  });

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
      steps: rows.awaitingInOrder("EPLE", "ETAT", "COLLECTIVITE"),
    })
  ).id;
  ids.renewal = (
    await convention({
      reference: "CT-35-2026-0009",
      uai: UAI.gayeulles,
      status: "EN_SIGNATURE",
      startsOn: "2028-09-01",
      steps: rows.awaitingInOrder("ETAT", "EPLE", "COLLECTIVITE"),
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
