import type { ReactNode } from "react";
import { getPageAccessContext } from "@/app/_server/page-access";
import { academieLabel } from "@/lib/referentials/labels";
import { SpaceShell } from "@/components/layout/space-shell";

export default async function AcademieLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext({ type: "ACADEMIE", code }, `/a/${code}`);
  const title = ctx.scope.type === "ACADEMIE" ? academieLabel(ctx.scope.name) : "";
  return (
    <SpaceShell ctx={ctx} title={title}>
      {children}
    </SpaceShell>
  );
}
