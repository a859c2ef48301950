import type { Metadata } from "next";
import { academieLabel } from "@/lib/referentials/labels";
import { MembersPage } from "@/components/members/members-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Personnes" };

export default spacePage("a", "personnes", "member.read", ({ ctx }) => {
  return (
    <MembersPage
      ctx={ctx}
      spaceLabel={ctx.scope.type === "ACADEMIE" ? academieLabel(ctx.scope.name) : ""}
    />
  );
});
