import "server-only";
import { CallDetailPage, CallsListPage } from "@/components/calls/call-pages";
import { DossierPage } from "@/components/calls/dossier-page";
import { spacePage, type Space } from "@/components/layout/space-page";
import { itemPage } from "@/app/_pages/item-page";
import { searchParam } from "@/app/_pages/search-param";

export const callsPage = (space: Space) =>
  spacePage(space, "appels", "call.read", ({ ctx }) => <CallsListPage ctx={ctx} />);

export const callPage = (space: Space) =>
  itemPage(space, "appels", "call.read", ({ ctx, params, searchParams }) => (
    <CallDetailPage ctx={ctx} id={params.id} done={searchParam(searchParams, "fait")} />
  ));

/** A deposited dossier, as the collectivité and the co-pilot académie instruct it. */
export const dossierPage = (space: Exclude<Space, "e">) =>
  spacePage<"id" | "dossierId">(
    space,
    (p) => `appels/${p.id}/dossiers/${p.dossierId}`,
    "call.read",
    ({ ctx, params, searchParams }) => (
      <DossierPage
        ctx={ctx}
        callId={params.id}
        dossierId={params.dossierId}
        done={searchParam(searchParams, "fait")}
      />
    ),
  );
