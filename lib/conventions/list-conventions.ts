import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty } from "@/lib/generated/prisma/enums";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { displayStatus, openSteps, partyOfScope } from "@/lib/conventions/machine";
import { todayInParis } from "@/lib/dates";
import { conventionScopeWhere } from "@/lib/access/scope-where";
import {
  CONVENTION_TABS,
  listConventionsSchema,
  type ConventionTab,
} from "@/lib/conventions/schemas";
import { pageCountOf } from "@/lib/pagination";
import { conventionHeaderSelect } from "@/lib/conventions/selects";

export const PAGE_SIZE = 50;
const EXPIRING_DAYS = 90;

const listSelect = {
  ...conventionHeaderSelect,
  updatedAt: true,
  etablissement: { select: { uai: true, name: true, communeName: true, departementCode: true } },
  versions: {
    orderBy: { number: "desc" },
    take: 1,
    select: {
      id: true,
      number: true,
      frozenSha256: true,
      steps: { select: { id: true, order: true, party: true, status: true } },
    },
  },
} as const satisfies Prisma.ConventionSelect;

function tabWhere(tab: ConventionTab, today: Date): Prisma.ConventionWhereInput {
  const soon = new Date(today.getTime() + EXPIRING_DAYS * 86_400_000);
  const inForce = { status: "EN_VIGUEUR" as const, kind: { not: "AVENANT" as const } };
  switch (tab) {
    case "brouillons":
      return { status: "BROUILLON" };
    case "a-signer":
    case "en-signature":
      return { status: "EN_SIGNATURE" };
    case "en-vigueur":
      return { ...inForce, OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
    case "expirant":
      return { ...inForce, endsOn: { gte: today, lte: soon } };
    case "expirees":
      return { ...inForce, endsOn: { lt: today } };
    case "refusees":
      return {
        status: "BROUILLON",
        versions: { some: { steps: { some: { status: "REFUSEE" } } } },
      };
    case "resiliees":
      return { status: "RESILIEE" };
    case "toutes":
      return {};
  }
}

/**
 * The conventions of the context's scope for one tab of the follow-up (à signer, en signature,
 * en vigueur, expirant sous 90 jours…), searched and paginated, with each tab's count.
 */
export async function listConventions(ctx: AccessContext, input: unknown, now = new Date()) {
  assertCan(ctx, "convention.read");
  const query = listConventionsSchema.parse(input);
  const today = todayInParis(now);
  const party = partyOfScope(ctx.scope.type);
  const search: Prisma.ConventionWhereInput[] = [conventionScopeWhere(ctx)];
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    search.push({
      OR: [
        { reference: contains },
        { title: contains },
        {
          etablissement: { OR: [{ name: contains }, { uai: contains }, { communeName: contains }] },
        },
      ],
    });
  }
  if (query.departement) search.push({ etablissement: { departementCode: query.departement } });

  // « À signer »: steps of my party open now. Openness depends on the other steps' order, so the
  // candidates (in signature, my party pending) are filtered here; they are few per scope.
  const loadToSign = async () => {
    if (!party || !ctx.permissions.has("convention.sign")) return [];
    const rows = await db.convention.findMany({
      where: {
        AND: [
          ...search,
          {
            status: "EN_SIGNATURE",
            versions: {
              some: { status: "EN_SIGNATURE", steps: { some: { party, status: "EN_ATTENTE" } } },
            },
          },
        ],
      },
      select: listSelect,
      orderBy: [{ updatedAt: "asc" }],
    });
    return rows.filter((c) => openSteps(c.versions[0]?.steps ?? []).some((s) => s.party === party));
  };
  // Read once: its count and, on the « à signer » tab, its page.
  const toSign = loadToSign();

  const counts = Object.fromEntries(
    await Promise.all(
      CONVENTION_TABS.map(
        async (tab) =>
          [
            tab,
            tab === "a-signer"
              ? (await toSign).length
              : await db.convention.count({ where: { AND: [...search, tabWhere(tab, today)] } }),
          ] as const,
      ),
    ),
  ) as Record<ConventionTab, number>;

  const skip = (query.page - 1) * PAGE_SIZE;
  const rows =
    query.tab === "a-signer"
      ? (await toSign).slice(skip, skip + PAGE_SIZE)
      : await db.convention.findMany({
          where: { AND: [...search, tabWhere(query.tab, today)] },
          select: listSelect,
          orderBy:
            query.tab === "expirant"
              ? [{ endsOn: "asc" }]
              : [{ updatedAt: "desc" }, { reference: "asc" }],
          skip,
          take: PAGE_SIZE,
        });
  const refusals = await refusalsOf(
    rows
      .filter((r) => r.status === "BROUILLON" && (r.versions[0]?.number ?? 1) > 1)
      .map((r) => ({ id: r.id, number: r.versions[0]!.number })),
  );
  const items = rows.map(({ versions, ...c }) => {
    const version = versions[0];
    return {
      ...c,
      refusal: refusals.get(c.id) ?? null,
      displayStatus: displayStatus(c.status, c.endsOn, now),
      versionId: version?.id ?? "",
      versionNumber: version?.number ?? 1,
      frozenSha256: version?.frozenSha256 ?? null,
      awaiting:
        c.status === "EN_SIGNATURE" ? openSteps(version?.steps ?? []).map((s) => s.party) : [],
    };
  });
  return {
    items,
    counts,
    query,
    total: counts[query.tab],
    pageCount: pageCountOf(counts[query.tab], PAGE_SIZE),
  };
}

/** The refusal that sent each draft back, if one did: a REFUSEE step of the version just before the draft. */
async function refusalsOf(drafts: { id: string; number: number }[]) {
  const found = new Map<string, { party: ConventionParty; reason: string; on: Date | null }>();
  if (drafts.length === 0) return found;
  const steps = await db.signatureStep.findMany({
    where: {
      status: "REFUSEE",
      version: { OR: drafts.map((d) => ({ conventionId: d.id, number: d.number - 1 })) },
    },
    select: {
      party: true,
      refusalReason: true,
      decidedAt: true,
      version: { select: { conventionId: true } },
    },
  });
  for (const step of steps) {
    if (step.refusalReason)
      found.set(step.version.conventionId, {
        party: step.party,
        reason: step.refusalReason,
        on: step.decidedAt,
      });
  }
  return found;
}

export type ConventionListData = Awaited<ReturnType<typeof listConventions>>;
