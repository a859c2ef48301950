import Link from "next/link";
import { formatDate } from "@/lib/format";
import type { IncidentStatusCode } from "@/lib/assistance/vocabulary";
import { DataTable } from "@/components/ui/data-table";
import { AddLink } from "@/components/ui/add-link";
import { IncidentStatusBadge } from "@/components/assistance/incident-badges";

interface Row {
  id: string;
  reference: string;
  reportedAt: Date;
  title: string;
  status: IncidentStatusCode;
}

/** The incidents of an equipment item on its inventory page, and the link to report one. */
export function EquipmentIncidents({
  incidents,
  assistanceHref,
  reportHref,
}: {
  incidents: Row[];
  assistanceHref: string;
  reportHref: string | null;
}) {
  return (
    <section aria-labelledby="incidents-titre">
      <h2 id="incidents-titre">Incidents</h2>
      {reportHref ? (
        <AddLink href={reportHref} className="mt-1 text-sm">
          Signaler un incident
        </AddLink>
      ) : null}
      <DataTable
        caption="Incidents signalés sur cet équipement"
        columns={[
          {
            key: "reference",
            header: "Référence",
            rowHeader: true,
            className: "font-mono text-xs whitespace-nowrap",
            cell: (i) => <Link href={`${assistanceHref}/${i.id}`}>{i.reference}</Link>,
          },
          { key: "date", header: "Date", cell: (i) => formatDate(i.reportedAt) },
          { key: "title", header: "Objet", cell: (i) => i.title },
          { key: "status", header: "État", cell: (i) => <IncidentStatusBadge status={i.status} /> },
        ]}
        rows={incidents}
        rowKey={(i) => i.id}
        empty="Aucun incident signalé sur cet équipement."
      />
    </section>
  );
}
