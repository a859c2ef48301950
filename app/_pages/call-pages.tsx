import "server-only";
import { CallDetailPage, CallsListPage } from "@/components/calls/call-pages";
import { spacePage, type Space } from "@/components/layout/space-page";
import { itemPage } from "@/app/_pages/item-page";
import { searchParam } from "@/app/_pages/search-param";

export const callsPage = (space: Space) =>
  spacePage(space, "appels", "call.read", ({ ctx }) => <CallsListPage ctx={ctx} />);

export const callPage = (space: Space) =>
  itemPage(space, "appels", "call.read", ({ ctx, params, searchParams }) => (
    <CallDetailPage ctx={ctx} id={params.id} done={searchParam(searchParams, "fait")} />
  ));
