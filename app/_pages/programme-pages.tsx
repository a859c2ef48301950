import "server-only";
import { ProgrammePage, ProgrammesListPage } from "@/components/programmes/programme-pages";
import { spacePage, type Space } from "@/components/layout/space-page";
import { searchParam } from "@/app/_pages/search-param";

export const programmesPage = (space: Space) =>
  spacePage(space, "appels/programmes", "call.read", ({ ctx }) => <ProgrammesListPage ctx={ctx} />);

export const programmePage = (space: Space) =>
  spacePage<"id">(
    space,
    (p) => `appels/programmes/${p.id}`,
    "call.read",
    ({ ctx, params, searchParams }) => (
      <ProgrammePage ctx={ctx} id={params.id} done={searchParam(searchParams, "fait")} />
    ),
  );
