import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { incidentScopeWhere } from "@/lib/assistance/incident-scope";

/** The incidents reported on an equipment item that the context may read, latest first. */
export async function listEquipmentIncidents(ctx: AccessContext, equipmentId: string) {
  assertCan(ctx, "incident.read");
  return db.incident.findMany({
    where: { AND: [{ equipmentId }, incidentScopeWhere(ctx)] },
    select: { id: true, reference: true, reportedAt: true, title: true, status: true },
    orderBy: [{ reportedAt: "desc" }, { id: "asc" }],
    take: 100,
  });
}

/** A visit of the context's scope an incident is reported from (`?visite=`), or null. */
export async function findVisitToReportFrom(ctx: AccessContext, visitId: string) {
  assertCan(ctx, "incident.report");
  if (ctx.scope.type !== "COLLECTIVITE" && ctx.scope.type !== "ETABLISSEMENT") return null;
  return db.visit.findFirst({
    where:
      ctx.scope.type === "ETABLISSEMENT"
        ? { id: visitId, etablissementId: ctx.scope.id }
        : {
            id: visitId,
            collectiviteId: ctx.scope.id,
            ...(ctx.sectorIds ? { etablissement: { sectorId: { in: [...ctx.sectorIds] } } } : {}),
          },
    select: {
      id: true,
      plannedOn: true,
      halfDay: true,
      etablissement: { select: { uai: true, name: true } },
    },
  });
}
