import type { ReactNode } from "react";
import type { AccessContext } from "@/lib/access/context";
import { modulesFor } from "@/lib/access/modules";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { spaceHref } from "@/lib/access/space-href";
import { SpaceNav } from "@/components/layout/space-nav";

const KIND: Record<AccessContext["scope"]["type"], string> = {
  COLLECTIVITE: "Espace collectivité",
  ACADEMIE: "Espace académie",
  ETABLISSEMENT: "Espace établissement",
  PLATFORM: "Administration de la plateforme",
};

/** The frame of a scope space: its name, the member's roles and the modules' navigation. */
export function SpaceShell({
  ctx,
  title,
  children,
}: {
  ctx: AccessContext;
  title: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="border-b border-slate-200 bg-slate-100">
        <div className="mx-auto max-w-7xl px-4 py-3">
          <p className="text-sm text-slate-700">
            {KIND[ctx.scope.type]} · {ctx.roles.map((r) => ROLE_LABELS[r]).join(", ")}
          </p>
          <p className="text-lg font-semibold">{title}</p>
        </div>
      </div>
      <SpaceNav baseHref={spaceHref(ctx)} modules={modulesFor(ctx.scope.type, ctx.permissions)} />
      <main id="contenu" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
