import "server-only";
import type { ReactNode } from "react";
import type { AccessContext, ScopeRef } from "@/lib/access/context";
import { getPageAccessContext } from "@/app/_server/page-access";
import type { Space } from "@/components/layout/space-page";
import { SpaceShell } from "@/components/layout/space-shell";

/**
 * The layout of a space (/c/[code], /a/[code], /e/[uai]): a member sees the shell titled by
 * `titleOf`; anyone else gets the sign-in page or a 404 (`getPageAccessContext`).
 */
export function spaceLayout(space: Space, titleOf: (scope: AccessContext["scope"]) => string) {
  return async function SpaceLayout(props: {
    children: ReactNode;
    params: Promise<Record<string, string>>;
  }) {
    const { code = "", uai = "" } = await props.params;
    const scope: ScopeRef =
      space === "e"
        ? { type: "ETABLISSEMENT", uai }
        : { type: space === "c" ? "COLLECTIVITE" : "ACADEMIE", code };
    const ctx = await getPageAccessContext(scope, `/${space}/${space === "e" ? uai : code}`);
    return (
      <SpaceShell ctx={ctx} title={titleOf(ctx.scope)}>
        {props.children}
      </SpaceShell>
    );
  };
}
