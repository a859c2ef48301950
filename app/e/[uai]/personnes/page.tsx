import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";

import { MembersPage } from "@/components/members/members-page";

export const metadata: Metadata = { title: "Personnes" };

export default async function PersonnesPage({ params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `/e/${uai}/personnes`,
    "member.read",
  );
  return (
    <MembersPage ctx={ctx} spaceLabel={ctx.scope.type === "ETABLISSEMENT" ? ctx.scope.name : ""} />
  );
}
