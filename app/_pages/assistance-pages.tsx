import "server-only";
import { spacePage, type Space } from "@/components/layout/space-page";
import { itemPage } from "@/app/_pages/item-page";
import { searchParam } from "@/app/_pages/search-param";
import { IncidentQueuePage } from "@/app/_pages/incident-queue-page";
import { IncidentPage } from "@/app/_pages/incident-page";
import { ReportIncidentPage } from "@/app/_pages/report-incident-page";

export const incidentQueuePage = (space: Space) =>
  spacePage(space, "assistance", "incident.read", ({ ctx, searchParams }) => (
    <IncidentQueuePage ctx={ctx} searchParams={searchParams} />
  ));

export const incidentPage = (space: Space) =>
  itemPage(space, "assistance", "incident.read", ({ ctx, params, searchParams }) => (
    <IncidentPage ctx={ctx} id={params.id} done={searchParam(searchParams, "fait")} />
  ));

export const reportIncidentPage = (space: "c" | "e") =>
  spacePage(space, "assistance/signaler", "incident.report", ({ ctx, searchParams }) => (
    <ReportIncidentPage ctx={ctx} searchParams={searchParams} />
  ));
