import { db } from "@/lib/db/client";
import type {
  CampaignStatus,
  ConventionKind,
  ConventionStatus,
  EquipmentCategory,
  EquipmentStatus,
  NeedStatus,
  SignatureStatus,
} from "@/lib/generated/prisma/enums";

// Rows written straight into the database in the state a test needs, without the workflow that
// would produce them: the dashboards' tests read these, the workflows have tests of their own.
// An optional field left undefined is left to the schema's default, as Prisma does.

/** What a row needs to know of a collège. */
export interface College {
  id: string;
  collectiviteId: string;
  academieCode: string;
}

/** Every établissement by UAI, written into `into`. */
export async function loadColleges(into: Record<string, College>): Promise<void> {
  for (const e of await db.etablissement.findMany({
    select: { id: true, uai: true, collectiviteId: true, academieCode: true },
  }))
    into[e.uai] = e;
}

export const collectiviteIdOf = async (code: string) =>
  (await db.collectivite.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;

/** An equipment as stored, with the UAI of its collège. */
export const equipmentWithUai = (id: string) =>
  db.equipment.findUniqueOrThrow({
    where: { id },
    include: { etablissement: { select: { uai: true } } },
  });

/** `count` equipments of a category bought on `acquiredOn` (null: date unknown). */
export async function insertEquipment(
  college: College,
  category: EquipmentCategory,
  count: number,
  acquiredOn: string | null,
  status?: EquipmentStatus,
): Promise<void> {
  await db.equipment.createMany({
    data: Array.from({ length: count }, () => ({
      collectiviteId: college.collectiviteId,
      etablissementId: college.id,
      category,
      status,
      acquiredOn: acquiredOn ? new Date(acquiredOn) : null,
    })),
  });
}

export type Steps = [number, "EPLE" | "ETAT" | "COLLECTIVITE", SignatureStatus][];

/** Steps that all await their signature, one party a rank, in the order given. */
export const awaitingInOrder = (...parties: Steps[number][1][]): Steps =>
  parties.map((party, i) => [i + 1, party, "EN_ATTENTE"]);

export interface ConventionRow {
  reference: string;
  title: string;
  /** The collège of a tripartite convention, or a collectivité's convention (id null). */
  owner: { id: string | null; collectiviteId: string; academieCode: string };
  kind?: ConventionKind;
  status: ConventionStatus;
  parentId?: string;
  startsOn?: string;
  endsOn?: string;
  content?: object;
  signedAt?: string;
  steps?: Steps;
}

/** A convention and its first version, whose status follows the convention's. */
export async function insertConvention(spec: ConventionRow) {
  const created = await db.convention.create({
    data: {
      reference: spec.reference,
      kind: spec.kind ?? "TRIPARTITE",
      title: spec.title,
      status: spec.status,
      collectiviteId: spec.owner.collectiviteId,
      academieCode: spec.owner.academieCode,
      etablissementId: spec.owner.id,
      parentId: spec.parentId ?? null,
      startsOn: spec.startsOn ? new Date(spec.startsOn) : null,
      endsOn: spec.endsOn ? new Date(spec.endsOn) : null,
      versions: {
        create: {
          number: 1,
          content: spec.content ?? {},
          status:
            spec.status === "EN_SIGNATURE"
              ? "EN_SIGNATURE"
              : spec.status === "EN_VIGUEUR"
                ? "SIGNEE"
                : "BROUILLON",
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

/** A needs campaign for portables. */
export async function insertCampaign(spec: {
  collectiviteId: string;
  title: string;
  status: CampaignStatus;
  exercice: number;
  opensOn: Date;
  closesOn: Date;
  envelopeCents: bigint;
  budgetLineId?: string | null;
  arbitratedAt?: Date | null;
}): Promise<string> {
  const row = await db.needsCampaign.create({
    data: { ...spec, categories: ["PORTABLE"] },
    select: { id: true },
  });
  return row.id;
}

/** A collège's need of portables at 600 € each, first priority. */
export async function insertNeed(spec: {
  campaignId: string;
  etablissementId: string;
  quantity: number;
  opinion?: "FAVORABLE" | null;
  status?: NeedStatus;
  acceptedCents?: bigint | null;
  acceptedQuantity?: number | null;
}): Promise<void> {
  await db.needRequest.create({
    data: {
      ...spec,
      category: "PORTABLE",
      unitCostCents: 60_000n,
      justification: "Renouvellement",
      projetEtablissement: "Axe 1",
      priority: 1,
    },
  });
}
