import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionKind, ConventionParty } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { readContent, type MatrixRow } from "@/lib/conventions/content";
import { displayStatus, openSteps, type DisplayStatus } from "@/lib/conventions/machine";
import { todayInParis } from "@/lib/dates";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import { collegeOf } from "@/lib/dashboards/etablissement-college";

export interface CollegeConvention {
  id: string;
  reference: string;
  title: string;
  status: DisplayStatus;
  startsOn: Date | null;
  endsOn: Date | null;
  /** The version whose content applies: in force (possibly an avenant's, consolidated), or the draft in progress. */
  version: { number: number; reference: string; kind: ConventionKind; signedAt: Date | null };
  /** The parties whose signature is awaited now (in signature only). */
  awaiting: ConventionParty[];
  matrix: MatrixRow[];
}

const conventionSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  inForceVersion: {
    select: {
      number: true,
      signedAt: true,
      content: true,
      convention: { select: { reference: true, kind: true } },
    },
  },
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: {
      number: true,
      content: true,
      steps: {
        orderBy: [{ order: "asc" }, { party: "asc" }],
        select: { order: true, party: true, status: true },
      },
    },
  },
} as const satisfies Prisma.ConventionSelect;

/**
 * The collège's tripartite convention in force (the « en vigueur » tab of its list: in force and
 * not expired), with the consolidated version's responsibility matrix; when there is none, the
 * one in progress (draft or in signature) with the matrix it provides for.
 */
export async function getCollegeConvention(
  ctx: AccessContext,
  now = new Date(),
): Promise<{ inForce: CollegeConvention | null; inProgress: CollegeConvention | null }> {
  collegeOf(ctx);
  assertCan(ctx, "convention.read");
  const today = todayInParis(now);
  const inForceRows = await db.convention.findMany({
    where: {
      AND: [
        conventionScopeWhere(ctx),
        {
          kind: "TRIPARTITE",
          status: "EN_VIGUEUR",
          OR: [{ endsOn: null }, { endsOn: { gte: today } }],
        },
      ],
    },
    select: conventionSelect,
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { reference: "desc" }],
    take: 3,
  });
  // A renewal signed ahead of time is in force from its start: the one already started comes first.
  const started = inForceRows.find((c) => !c.startsOn || c.startsOn <= today) ?? inForceRows[0];
  if (started) return { inForce: toCollegeConvention(started, now), inProgress: null };
  const draft = await db.convention.findFirst({
    where: {
      AND: [
        conventionScopeWhere(ctx),
        { kind: "TRIPARTITE", status: { in: ["BROUILLON", "EN_SIGNATURE"] } },
      ],
    },
    select: conventionSelect,
    orderBy: [{ updatedAt: "desc" }],
  });
  return { inForce: null, inProgress: draft ? toCollegeConvention(draft, now) : null };
}

type ConventionRow = Prisma.ConventionGetPayload<{ select: typeof conventionSelect }>;

function toCollegeConvention(c: ConventionRow, now: Date): CollegeConvention {
  const latest = c.versions[0];
  const applied =
    c.status === "EN_VIGUEUR" && c.inForceVersion
      ? {
          number: c.inForceVersion.number,
          reference: c.inForceVersion.convention.reference,
          kind: c.inForceVersion.convention.kind,
          signedAt: c.inForceVersion.signedAt,
          content: c.inForceVersion.content,
        }
      : {
          number: latest?.number ?? 1,
          reference: c.reference,
          kind: "TRIPARTITE" as const,
          signedAt: null,
          content: latest?.content ?? null,
        };
  return {
    id: c.id,
    reference: c.reference,
    title: c.title,
    status: displayStatus(c.status, c.endsOn, now),
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    version: {
      number: applied.number,
      reference: applied.reference,
      kind: applied.kind,
      signedAt: applied.signedAt,
    },
    awaiting: c.status === "EN_SIGNATURE" ? openSteps(latest?.steps ?? []).map((s) => s.party) : [],
    matrix: applied.content ? readContent(applied.content).matrix : [],
  };
}

/** The collège's convention collectivité–EPLE, as its dashboard names it beside the tripartite. */
export interface CollegeEquipmentConvention {
  id: string;
  reference: string;
  status: DisplayStatus;
  endsOn: Date | null;
  awaiting: ConventionParty[];
}

/**
 * The collège's latest convention collectivité–EPLE that is not terminated (in force, in
 * signature or in draft), or null: the académie is not a party, the collège's dashboard says it.
 */
export async function getCollegeEquipmentConvention(
  ctx: AccessContext,
  now = new Date(),
): Promise<CollegeEquipmentConvention | null> {
  collegeOf(ctx);
  assertCan(ctx, "convention.read");
  const found = await db.convention.findFirst({
    where: {
      AND: [conventionScopeWhere(ctx), { kind: "BIPARTITE_EPLE", status: { not: "RESILIEE" } }],
    },
    select: {
      id: true,
      reference: true,
      status: true,
      endsOn: true,
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { steps: { select: { order: true, party: true, status: true } } },
      },
    },
    orderBy: [{ createdAt: "desc" }, { reference: "desc" }],
  });
  if (!found) return null;
  return {
    id: found.id,
    reference: found.reference,
    status: displayStatus(found.status, found.endsOn, now),
    endsOn: found.endsOn,
    awaiting:
      found.status === "EN_SIGNATURE"
        ? openSteps(found.versions[0]?.steps ?? []).map((s) => s.party)
        : [],
  };
}
