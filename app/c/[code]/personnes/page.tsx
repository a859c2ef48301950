import type { Metadata } from "next";

import { MembersPage } from "@/components/members/members-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Personnes" };

export default spacePage("c", "personnes", "member.read", ({ ctx }) => {
  return (
    <MembersPage ctx={ctx} spaceLabel={ctx.scope.type === "COLLECTIVITE" ? ctx.scope.name : ""} />
  );
});
