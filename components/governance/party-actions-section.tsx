import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";
import { partyOfScope } from "@/lib/conventions/machine";
import { formatDate, plural } from "@/lib/format";
import { listPartyActions } from "@/lib/governance/body-actions";
import { ACTION_STATE_LABELS } from "@/lib/governance/vocabulary";
import { DataTable } from "@/components/ui/data-table";

/**
 * The open actions the governance bodies assigned to the reader's party, late ones first and
 * flagged: on each party's dashboard. Nothing when it has none.
 */
export async function PartyActionsSection({ ctx }: { ctx: AccessContext }) {
  const view = await listPartyActions(ctx);
  const party = partyOfScope(ctx.scope.type);
  if (!view || !party || view.actions.length === 0) return null;
  const base = `${spaceHref(ctx)}/instances/seances`;
  return (
    <section aria-labelledby="actions-instances-titre" className="space-y-3">
      <h2 id="actions-instances-titre">Actions confiées par les instances</h2>
      <p>
        Les actions dont {PARTY_IN_SENTENCE[party]} est responsable
        {view.overdue > 0 ? (
          <strong className="text-red-800">
            {" "}
            — {plural(view.overdue, "action en retard", "actions en retard")}
          </strong>
        ) : null}
        . Indiquez où elles en sont depuis la séance qui les a décidées.
      </p>
      <DataTable
        caption="Actions en cours de votre partie"
        rows={view.actions}
        rowKey={(a) => a.id}
        columns={[
          {
            key: "text",
            header: "Action",
            rowHeader: true,
            cell: (a) => <Link href={`${base}/${a.meeting.id}`}>{a.text}</Link>,
          },
          { key: "body", header: "Instance", cell: (a) => a.body.name },
          { key: "owner", header: "Porteur", cell: (a) => a.ownerMember?.name ?? "—" },
          {
            key: "due",
            header: "Échéance",
            cell: (a) =>
              a.late ? (
                <strong className="text-red-800">{formatDate(a.dueOn)} (en retard)</strong>
              ) : (
                formatDate(a.dueOn)
              ),
          },
          {
            key: "state",
            header: "État",
            cell: (a) => (a.state ? ACTION_STATE_LABELS[a.state] : "—"),
          },
        ]}
      />
    </section>
  );
}
