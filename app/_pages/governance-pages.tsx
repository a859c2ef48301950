import "server-only";
import { spacePage, type Space } from "@/components/layout/space-page";
import { BodiesListPage, BodyDetailPage } from "@/components/governance/body-pages";
import { itemPage } from "@/app/_pages/item-page";
import { MeetingPage } from "@/components/governance/meeting-page";
import { searchParam } from "@/app/_pages/search-param";

/** The bodies of a space (`/c|a|e/…/instances`), the same page in the three spaces. */
export const bodiesPage = (space: Space) =>
  spacePage(space, "instances", "governance.read", ({ ctx }) => <BodiesListPage ctx={ctx} />);

/** One body (`…/instances/[id]`). */
export const bodyPage = (space: Space) =>
  itemPage(space, "instances", "governance.read", ({ ctx, params }) => (
    <BodyDetailPage ctx={ctx} id={params.id} />
  ));

/** One meeting (`…/instances/seances/[id]`). */
export const meetingPage = (space: Space) =>
  spacePage<"id">(
    space,
    (p) => `instances/seances/${p.id}`,
    "governance.read",
    ({ ctx, params, searchParams }) => (
      <MeetingPage ctx={ctx} id={params.id} done={searchParam(searchParams, "fait")} />
    ),
  );
