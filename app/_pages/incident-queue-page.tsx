import "server-only";
import type { SpacePageProps } from "@/components/layout/space-page";
import { can } from "@/lib/access/context";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import {
  incidentCollegeOptions,
  incidentSectorOptions,
  listIncidents,
} from "@/lib/assistance/list-incidents";
import { listQueuePeople } from "@/lib/assistance/bulk-handle";
import { partyOf } from "@/lib/assistance/incident-scope";
import { QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import { AddLink } from "@/components/ui/add-link";
import { IncidentFilters } from "@/components/assistance/incident-filters";
import { IncidentQueue } from "@/components/assistance/incident-queue";

/**
 * The incident queue of a space: the open incidents of the member's own queue by default (every
 * incident of the space for those who only follow them), filtered from the URL.
 */
export async function IncidentQueuePage({ ctx, searchParams }: SpacePageProps) {
  const listHref = `${spaceHref(ctx)}/assistance`;
  const handles = can(ctx, "incident.handle");
  const [data, etablissements, sectors, people] = await Promise.all([
    listIncidents(ctx, searchParams),
    incidentCollegeOptions(ctx),
    incidentSectorOptions(ctx),
    handles ? listQueuePeople(ctx) : Promise.resolve([]),
  ]);
  const party = partyOf(ctx);
  const reports = can(ctx, "incident.report") && ctx.scope.type !== "ACADEMIE";
  return (
    <section aria-labelledby="assistance-titre">
      <h1 id="assistance-titre">Assistance</h1>
      <p className="mt-1 text-slate-800">
        {handles && party
          ? `Votre file : ${QUEUE_LABELS[party]}. Les incidents de votre périmètre aiguillés vers d'autres files se voient en choisissant « Toutes les files ».`
          : "Les incidents et demandes signalés pour votre périmètre, et où ils en sont."}
      </p>
      {reports ? (
        <AddLink href={`${listHref}/signaler`} className="mt-2 text-sm">
          + Signaler un incident
        </AddLink>
      ) : null}
      <IncidentFilters
        query={data.query}
        listHref={listHref}
        etablissements={etablissements}
        sectors={sectors}
        handles={handles}
      />
      <IncidentQueue
        data={data}
        listHref={listHref}
        showCollege={ctx.scope.type !== "ETABLISSEMENT"}
        bulk={
          handles
            ? { scopeType: ctx.scope.type, scopeKey: spaceKey(ctx), path: listHref, people }
            : null
        }
      />
    </section>
  );
}
