import type { AccessContext } from "@/lib/access/context";

/** How the audit trail names the person acting. */
export function actorOf(ctx: AccessContext): { id: string; label: string } {
  return { id: ctx.user.id, label: `${ctx.user.name} <${ctx.user.email}>` };
}

/** The audit scope columns of a context's own space. */
export function auditScopeOf(ctx: AccessContext) {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return { scopeType: ctx.scope.type, collectiviteId: ctx.scope.id };
    case "ACADEMIE":
      return { scopeType: ctx.scope.type, academieCode: ctx.scope.code };
    case "ETABLISSEMENT":
      return {
        scopeType: ctx.scope.type,
        etablissementId: ctx.scope.id,
        collectiviteId: ctx.scope.collectiviteId,
        academieCode: ctx.scope.academieCode,
      };
    case "PLATFORM":
      return { scopeType: ctx.scope.type };
  }
}
