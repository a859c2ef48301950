import type { Db } from "@/lib/db/client";
import type { ConventionKind, ConventionParty } from "@/lib/generated/prisma/enums";
import { bulkInsert, textColumns, typedColumns, type BulkColumn } from "@/lib/db/bulk-insert";
import { unsafeEnsureDefaultTemplates } from "@/lib/conventions/templates/unsafe-ensure-default-templates";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { tripartiteTitle } from "@/lib/conventions/create-convention";
import { academieLabel } from "@/lib/referentials/labels";
import { benchEmail, type BenchPerson } from "@/prisma/seed/shared/bench-accounts";
import { BENCH_ACTOR } from "@/prisma/seed/shared/bench-constants";
import { benchId } from "@/prisma/seed/shared/bench-ids";
import {
  assignReferences,
  planCadre,
  planCollegeConventions,
} from "@/prisma/seed/shared/conventions/plan-conventions";
import {
  type PlanFrame,
  type PlannedConvention,
} from "@/prisma/seed/shared/conventions/plan-types";

/** Who creates or signs: an account, or (the demo) a named person without one, whose steps then name no user. */
export type ConventionPerson = Omit<BenchPerson, "id"> & { id: string | null };

export interface BenchConventionScope {
  collectivites: readonly { id: string; code: string; name: string; academieCode: string }[];
  /** Public open collèges of the dataset. */
  colleges: readonly {
    id: string;
    uai: string;
    name: string;
    academieCode: string;
    collectiviteCode: string;
  }[];
  academieNames: ReadonlyMap<string, string>;
  people: ReadonlyMap<string, ConventionPerson>;
  seed: number;
  /** The calendar and story shares of the plan (the benchmark's by default). */
  frame?: PlanFrame;
  /** Changes a planned convention before anything is written (the demo keeps some steps free for its walkthroughs). */
  adjust?: (plan: PlannedConvention) => PlannedConvention;
}

/** One convention of the plan with everything the writer derived for it. */
export interface WrittenConvention {
  plan: PlannedConvention;
  id: string;
  reference: string;
  title: string;
  collectiviteId: string;
  etablissementId: string | null;
  versionIds: string[];
  agent: ConventionPerson;
}

const CONVENTION_COLUMNS: BulkColumn[] = [
  ...textColumns(
    "id",
    "reference",
    "title",
    "collectiviteId",
    "academieCode",
    "etablissementId",
    "parentId",
  ),
  { name: "kind", type: '"ConventionKind"' },
  { name: "status", type: '"ConventionStatus"' },
  ...typedColumns("date", "startsOn", "endsOn"),
  ...typedColumns("timestamp(3)", "createdAt", "updatedAt"),
];

const VERSION_COLUMNS: BulkColumn[] = [
  ...textColumns("id", "conventionId", "templateVersionId", "createdById"),
  { name: "number", type: "integer" },
  { name: "status", type: '"ConventionVersionStatus"' },
  { name: "content", type: "jsonb" },
  ...typedColumns("date", "startsOn", "endsOn"),
  ...typedColumns("timestamp(3)", "frozenAt", "createdAt", "updatedAt"),
];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** Conventions' content documents are ~20 kB: a few hundred per statement keeps each parameter small. */
const CONTENT_SLICE = 250;

export function person<P extends ConventionPerson>(
  people: ReadonlyMap<string, P>,
  email: string,
): P {
  const found = people.get(email);
  if (!found) throw new Error(`Compte de mesure introuvable : ${email}`);
  return found;
}

/** Who signs for a party: the chef of the collège, the recteur's delegate, the collectivité's signatory. */
export function signerOf(
  w: WrittenConvention,
  party: ConventionParty,
  scope: Pick<BenchConventionScope, "people" | "academieNames">,
): ConventionPerson {
  switch (party) {
    case "EPLE":
      return person(scope.people, benchEmail.chef(w.plan.uai!));
    case "ETAT":
      return person(
        scope.people,
        benchEmail.academie("SIGNATAIRE", scope.academieNames.get(w.plan.academieCode)!),
      );
    case "COLLECTIVITE":
      return person(scope.people, benchEmail.collectivite("SIGNATAIRE", w.plan.collectiviteCode));
  }
}

/**
 * Plans every convention (a cadre per collectivité, the tripartite conventions of its collèges),
 * gives the collectivités their default templates, and writes the conventions and their versions
 * (content and dates; documents come next). Conventions that enter into force are written « en
 * signature »: the replayed completion puts them in force, as a last signature does.
 */
export async function unsafeWriteConventionRows(
  db: Db,
  scope: BenchConventionScope,
): Promise<WrittenConvention[]> {
  const { seed, people } = scope;
  const adjust = scope.adjust ?? ((plan: PlannedConvention) => plan);
  for (const c of scope.collectivites) await unsafeEnsureDefaultTemplates(db, c.id, BENCH_ACTOR);
  const templateVersions = await db.conventionTemplateVersion.findMany({
    where: {
      number: 1,
      template: { collectiviteId: { in: scope.collectivites.map((c) => c.id) } },
    },
    select: { id: true, template: { select: { collectiviteId: true, kind: true } } },
  });
  const templateOf = (collectiviteId: string, kind: ConventionKind) =>
    templateVersions.find(
      (t) => t.template.collectiviteId === collectiviteId && t.template.kind === kind,
    )?.id ?? null;

  const collectiviteOf = new Map(scope.collectivites.map((c) => [c.code, c]));
  const collegeOf = new Map(scope.colleges.map((c) => [c.uai, c]));
  const plans: PlannedConvention[] = [];
  for (const collectivite of scope.collectivites) {
    const cadres = planCadre(collectivite, seed, scope.frame).map(adjust);
    plans.push(...cadres);
    const cadre = cadres[0]!;
    for (const college of scope.colleges.filter((c) => c.collectiviteCode === collectivite.code)) {
      plans.push(
        ...planCollegeConventions(
          college,
          { key: cadre.key, completedAt: cadre.completedAt },
          seed,
          scope.frame,
        ).map(adjust),
      );
    }
  }
  // Parents before children: a chunk never names a convention written in a later one.
  const kindRank: Record<ConventionKind, number> = {
    CADRE: 0,
    TRIPARTITE: 1,
    BIPARTITE_EPLE: 1,
    AVENANT: 2,
  };
  plans.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || a.key.localeCompare(b.key));
  const references = assignReferences(plans);

  const written = new Map<string, WrittenConvention>();
  for (const plan of plans) {
    const collectivite = collectiviteOf.get(plan.collectiviteCode)!;
    const college = plan.uai ? collegeOf.get(plan.uai)! : null;
    const parent = plan.parentKey ? written.get(plan.parentKey)! : null;
    const title =
      plan.kind === "AVENANT"
        ? `Avenant n° 1 — ${parent!.title}`
        : plan.kind === "CADRE"
          ? `Convention-cadre relative au numérique éducatif — ${collectivite.name} et ${academieLabel(scope.academieNames.get(plan.academieCode) ?? plan.academieCode).replace(/^A/, "a")}`
          : tripartiteTitle(college!.name);
    written.set(plan.key, {
      plan,
      id: benchId(seed, "Convention", plan.key),
      reference: references.get(plan.key)!,
      title,
      collectiviteId: collectivite.id,
      etablissementId: college?.id ?? null,
      versionIds: plan.versions.map((v) =>
        benchId(seed, "ConventionVersion", `${plan.key}#${v.number}`),
      ),
      agent: person(people, benchEmail.collectivite("AGENT", plan.collectiviteCode)),
    });
  }
  const conventions = [...written.values()];

  const contentOf = (w: WrittenConvention) => {
    const parentKind = w.plan.parentKey ? written.get(w.plan.parentKey)!.plan.kind : null;
    return w.plan.kind === "CADRE" || (w.plan.kind === "AVENANT" && parentKind === "CADRE")
      ? DEFAULT_CADRE_CONTENT
      : DEFAULT_TRIPARTITE_CONTENT;
  };
  const completedVersion = (w: WrittenConvention) =>
    w.plan.completedAt ? w.plan.versions.at(-1)!.number : null;
  const lastChange = (w: WrittenConvention) =>
    new Date(
      Math.max(
        w.plan.createdAt.getTime(),
        w.plan.completedAt?.getTime() ?? 0,
        w.plan.terminated?.at.getTime() ?? 0,
      ),
    );
  await db.$transaction(
    async (tx) => {
      await bulkInsert(
        tx,
        "Convention",
        CONVENTION_COLUMNS,
        conventions.map((w) => ({
          id: w.id,
          reference: w.reference,
          title: w.title,
          collectiviteId: w.collectiviteId,
          academieCode: w.plan.academieCode,
          etablissementId: w.etablissementId,
          parentId: w.plan.parentKey ? written.get(w.plan.parentKey)!.id : null,
          kind: w.plan.kind,
          status: w.plan.completedAt ? "EN_SIGNATURE" : w.plan.status,
          startsOn: isoDay(w.plan.startsOn),
          endsOn: isoDay(w.plan.endsOn),
          createdAt: w.plan.createdAt,
          updatedAt: lastChange(w),
        })),
      );
      const versions = conventions.flatMap((w) =>
        w.plan.versions.map((v, i) => ({
          id: w.versionIds[i]!,
          conventionId: w.id,
          number: v.number,
          content: contentOf(w),
          templateVersionId:
            w.plan.kind === "AVENANT" ? null : templateOf(w.collectiviteId, w.plan.kind),
          createdById: w.agent.id,
          status: completedVersion(w) === v.number ? "EN_SIGNATURE" : v.status,
          startsOn: isoDay(w.plan.startsOn),
          endsOn: isoDay(w.plan.endsOn),
          frozenAt: v.frozenAt,
          createdAt: v.createdAt,
          updatedAt: v.frozenAt ?? v.createdAt,
        })),
      );
      for (let i = 0; i < versions.length; i += CONTENT_SLICE)
        await bulkInsert(
          tx,
          "ConventionVersion",
          VERSION_COLUMNS,
          versions.slice(i, i + CONTENT_SLICE),
        );
    },
    { timeout: 600_000 },
  );
  return conventions;
}
