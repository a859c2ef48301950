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

/** The key of a context's space in a form's hidden fields: its code or UAI, "" for the platform. */
export function spaceKey(ctx: AccessContext): string {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
    case "ACADEMIE":
      return ctx.scope.code;
    case "ETABLISSEMENT":
      return ctx.scope.uai;
    case "PLATFORM":
      return "";
  }
}
