import type { ReactNode } from "react";
import { getPageAccessContext } from "@/app/_server/page-access";
import { SpaceShell } from "@/components/layout/space-shell";

export default async function CollectiviteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ code: string }>;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, `/c/${code}`);
  const title = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "";
  return (
    <SpaceShell ctx={ctx} title={title}>
      {children}
    </SpaceShell>
  );
}
