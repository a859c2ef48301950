import type { AccessContext } from "@/lib/access/context";

/** The base URL of a context's space. */
export function spaceHref(ctx: AccessContext): string {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return `/c/${ctx.scope.code}`;
    case "ACADEMIE":
      return `/a/${ctx.scope.code}`;
    case "ETABLISSEMENT":
      return `/e/${ctx.scope.uai}`;
    case "PLATFORM":
      return "/plateforme";
  }
}
