import type { ReactNode } from "react";
import { getPageAccessContext } from "@/app/_server/page-access";
import { SpaceShell } from "@/components/layout/space-shell";

export default async function EtablissementLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ uai: string }>;
}) {
  const { uai } = await params;
  const ctx = await getPageAccessContext({ type: "ETABLISSEMENT", uai }, `/e/${uai}`);
  const title = ctx.scope.type === "ETABLISSEMENT" ? `${ctx.scope.name} (${ctx.scope.uai})` : "";
  return (
    <SpaceShell ctx={ctx} title={title}>
      {children}
    </SpaceShell>
  );
}
