import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { actorOf } from "@/lib/members/actor";
import type { AccessContext } from "@/lib/access/context";
import { todayInParis } from "@/lib/dates";
import { defaultConventionDates } from "@/lib/conventions/dates";
import { generateConventionsSchema } from "@/lib/conventions/schemas";
import {
  activeCollegeConventionWhere,
  insertConventions,
  parentCadre,
  startingContent,
  tripartiteTitle,
} from "@/lib/conventions/create-convention";
import { requireCollectivite } from "@/lib/access/require-scope";

/**
 * Creates, in one transaction, a draft tripartite convention under a convention-cadre for every
 * open public collège of the collectivité that has none in progress or in force. Returns how many
 * were created and how many collèges were already covered.
 */
export async function generateConventions(ctx: AccessContext, input: unknown, now = new Date()) {
  const scope = requireCollectivite(ctx, "convention.write");
  const data = generateConventionsSchema.parse(input);
  if (data.startsOn && data.endsOn && data.endsOn <= data.startsOn) {
    throw new AppError("INVALID_INPUT", "La date de fin doit suivre la date d'entrée en vigueur.", {
      endsOn: "La date de fin doit suivre la date d'entrée en vigueur.",
    });
  }
  const today = todayInParis(now);
  const start = await startingContent(ctx, "TRIPARTITE");
  const defaults = defaultConventionDates(now);
  const dates = {
    startsOn: data.startsOn ?? defaults.startsOn,
    endsOn: data.endsOn ?? defaults.endsOn,
  };

  return db.$transaction(
    async (tx) => {
      const parent = await parentCadre(tx, scope.id, data.parentId);
      const colleges = await tx.etablissement.findMany({
        where: { collectiviteId: scope.id, secteur: "PUBLIC", etat: "OUVERT" },
        select: {
          id: true,
          name: true,
          academieCode: true,
          conventions: {
            where: activeCollegeConventionWhere(today),
            select: { id: true },
            take: 1,
          },
        },
        orderBy: { name: "asc" },
      });
      const uncovered = colleges.filter((c) => c.conventions.length === 0);
      const created = await insertConventions(
        tx,
        actorOf(ctx),
        scope,
        uncovered.map((c) => ({
          kind: "TRIPARTITE" as const,
          title: tripartiteTitle(c.name),
          academieCode: c.academieCode,
          etablissementId: c.id,
          parentId: parent.id,
          ...start,
          ...dates,
        })),
        now,
      );
      return {
        created: created.length,
        alreadyCovered: colleges.length - uncovered.length,
        parentReference: parent.reference,
      };
    },
    { timeout: 120_000 },
  );
}
