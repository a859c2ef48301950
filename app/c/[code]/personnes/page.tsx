import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";

import { MembersPage } from "@/components/members/members-page";

export const metadata: Metadata = { title: "Personnes" };

export default async function PersonnesPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getPageAccessContext(
    { type: "COLLECTIVITE", code },
    `/c/${code}/personnes`,
    "member.read",
  );
  return (
    <MembersPage ctx={ctx} spaceLabel={ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : ""} />
  );
}
