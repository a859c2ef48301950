import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { getEluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { SyntheseView } from "@/components/dashboards/collectivite/synthese";

export const metadata: Metadata = { title: "Synthèse imprimable" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SynthesePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/synthese`,
    "dashboard.read",
  );
  const collectivite = ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : "";
  return (
    <SyntheseView
      ctx={ctx}
      code={code}
      collectivite={collectivite}
      data={await getEluDashboard(ctx, await searchParams)}
    />
  );
}
