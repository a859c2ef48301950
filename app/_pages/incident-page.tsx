import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import { getIncident } from "@/lib/assistance/get-incident";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENTS_PER_FORM } from "@/lib/assistance/attachments";
import { QUEUE_LABELS } from "@/lib/assistance/vocabulary";
import { BackHeading } from "@/components/ui/back-heading";
import { IncidentStatusBadge } from "@/components/assistance/incident-badges";
import {
  IncidentEquipment,
  IncidentFacts,
  RoutingNote,
  SlaBlock,
} from "@/components/assistance/incident-overview";
import { IncidentAttachments, IncidentHistory } from "@/components/assistance/incident-history";
import { IncidentActionForms } from "@/components/assistance/incident-action-forms";
import { CommentForm } from "@/components/assistance/comment-form";
import { orNotFound } from "@/app/_server/or-not-found";

/**
 * One incident: its state and where it was routed, its service level, its equipment, its history
 * and files, and the forms of what the member may do now. Foreign or unknown: 404.
 */
export async function IncidentPage({
  ctx,
  id,
  done,
}: {
  ctx: AccessContext;
  id: string;
  done?: string;
}) {
  const listHref = `${spaceHref(ctx)}/assistance`;
  const path = `${listHref}/${id}`;
  const detail = await orNotFound(getIncident(ctx, id));
  const { incident } = detail;
  const scope = { scopeType: ctx.scope.type, scopeKey: spaceKey(ctx), path };
  const inventoryHref = can(ctx, "inventory.read") ? `${spaceHref(ctx)}/inventaire` : null;
  return (
    <article aria-labelledby="incident-titre" className="space-y-6">
      <BackHeading
        href={listHref}
        label="← Tous les incidents"
        title={`${incident.reference} — ${incident.title}`}
        titleId="incident-titre"
      />
      <p className="flex flex-wrap items-center gap-2">
        <IncidentStatusBadge status={incident.status} />
        <span>
          File : {QUEUE_LABELS[incident.party]}, niveau {incident.level}
        </span>
      </p>
      {done === "signalement" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          Incident {incident.reference} signalé et aiguillé vers : {QUEUE_LABELS[incident.party]},
          niveau {incident.level}. La file a été prévenue par courriel.
        </p>
      ) : null}
      <RoutingNote incident={incident} />
      <IncidentFacts incident={incident} />
      <SlaBlock detail={detail} />
      <IncidentEquipment incident={incident} inventoryHref={inventoryHref} />
      <IncidentActionForms detail={detail} scope={scope} />
      <IncidentHistory events={detail.events} />
      <IncidentAttachments attachments={incident.attachments} incidentHref={path} />
      <section aria-labelledby="commenter-titre">
        <h2 id="commenter-titre">Commenter</h2>
        <CommentForm
          {...scope}
          incidentId={incident.id}
          files={{ accept: ATTACHMENT_ACCEPT, max: MAX_ATTACHMENTS_PER_FORM }}
          canWriteInternal={detail.canWriteInternal}
        />
      </section>
    </article>
  );
}
