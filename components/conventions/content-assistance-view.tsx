import type { Assistance, RoutingRule } from "@/lib/conventions/content";
import { ASSISTANCE_DOMAIN_LABELS, HANDLER_PARTY_LABELS } from "@/lib/assistance/vocabulary";
import { describeAssistanceTerms, describeSla } from "@/lib/assistance/describe-sla";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/ui/detail-list";

/** « Aiguillage des signalements »: the party and level each assistance domain lands at. */
export function RoutingTable({ routing }: { routing: readonly RoutingRule[] }) {
  return (
    <DataTable
      caption="Aiguillage des signalements : partie qui traite et niveau par domaine d'assistance"
      className="mt-3"
      rows={routing}
      rowKey={(r) => r.domain}
      columns={[
        {
          key: "domain",
          header: "Domaine",
          rowHeader: true,
          className: "align-top font-medium",
          cell: (r) => ASSISTANCE_DOMAIN_LABELS[r.domain],
        },
        { key: "party", header: "Traité par", cell: (r) => HANDLER_PARTY_LABELS[r.party] },
        { key: "level", header: "Niveau", cell: (r) => r.level },
      ]}
      empty="Aucun domaine n'est aiguillé."
    />
  );
}

/** The measured commitments, one sentence each, then the working day and the closing delays. */
export function MeasuredCommitments({ assistance }: { assistance: Assistance }) {
  return (
    <>
      {assistance.serviceLevels.length === 0 ? (
        <p className="mt-1">Aucun engagement mesuré.</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-6">
          {assistance.serviceLevels.map((rule) => (
            <li key={`${rule.level}/${rule.domain}`}>{describeSla(rule)}</li>
          ))}
        </ul>
      )}
      <DetailList
        rows={describeAssistanceTerms(assistance)}
        className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]"
        termClassName="font-medium text-slate-700"
      />
    </>
  );
}
