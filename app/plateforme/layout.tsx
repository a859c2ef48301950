import type { ReactNode } from "react";
import { getPageAccessContext } from "@/app/_server/page-access";
import { SpaceShell } from "@/components/layout/space-shell";

export default async function PlateformeLayout({ children }: { children: ReactNode }) {
  const ctx = await getPageAccessContext({ type: "PLATFORM" }, "/plateforme");
  return (
    <SpaceShell ctx={ctx} title="Administration de la plateforme">
      {children}
    </SpaceShell>
  );
}
