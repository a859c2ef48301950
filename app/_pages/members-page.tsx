import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { academieLabel } from "@/lib/referentials/labels";
import { MembersPage } from "@/components/members/members-page";
import { spacePage, type Space } from "@/components/layout/space-page";

/** The space's name as its members read it. */
function spaceLabel({ scope }: AccessContext): string {
  switch (scope.type) {
    case "COLLECTIVITE":
    case "ETABLISSEMENT":
      return scope.name;
    case "ACADEMIE":
      return academieLabel(scope.name);
    default:
      return "";
  }
}

export const membersPage = (space: Space) =>
  spacePage(space, "personnes", "member.read", ({ ctx }) => (
    <MembersPage ctx={ctx} spaceLabel={spaceLabel(ctx)} />
  ));
