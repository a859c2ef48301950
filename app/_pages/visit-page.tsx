import "server-only";
import Link from "next/link";
import { listVisitIncidents, visitFormOptions } from "@/lib/assistance/visits-list";
import { HALF_DAY_LABELS } from "@/lib/assistance/visits-vocabulary";
import { INCIDENT_STATUS_LABELS, URGENCY_LABELS } from "@/lib/assistance/vocabulary";
import { getVisit } from "@/lib/assistance/visits-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { DetailPage } from "@/components/ui/detail-list";
import { DataTable } from "@/components/ui/data-table";
import { VisitStatusBadge } from "@/components/visits/visits-table";
import { VisitStepForms } from "@/components/visits/visit-step-forms";
import { collectiviteFormScope } from "@/app/_pages/form-section";
import { spacePage } from "@/components/layout/space-page";
import { searchParam } from "@/app/_pages/search-param";
import { orNotFound } from "@/app/_server/or-not-found";

/** One visit: when, where, who, its state and report; its steps while planned; its incidents. */
export const visitPage = spacePage<"code" | "id">(
  "c",
  (p) => `tournees/${p.id}`,
  "visit.manage",
  async (page) => {
    const { ctx, params, base } = page;
    const visit = await orNotFound(getVisit(ctx, params.id));
    const [incidents, options] = await Promise.all([
      listVisitIncidents(ctx, visit.id),
      visit.status === "PREVUE" ? visitFormOptions(ctx) : null,
    ]);
    const { uai, name, communeName } = visit.etablissement;
    const title = `Visite du ${formatDate(visit.plannedOn)} (${HALF_DAY_LABELS[visit.halfDay].toLowerCase()})`;
    const reportLabel = visit.status === "ANNULEE" ? "Motif de l'annulation" : "Compte rendu";
    const reportHref = `${base}/assistance/signaler?uai=${uai}&visite=${visit.id}`;
    return (
      <DetailPage
        titleId="visite-titre"
        title={title}
        backHref={`${base}/tournees?month=${visit.plannedOn.toISOString().slice(0, 7)}`}
        backLabel="← Tournées du mois"
        done={searchParam(page.searchParams, "fait")}
        createdMessage="Visite planifiée."
        rows={[
          ["Collège", `${name} – ${communeName} (${uai})`],
          ["Technicien", visit.technician?.name ?? "À désigner"],
          ["État", <VisitStatusBadge key="etat" status={visit.status} />],
          ...(visit.doneAt ? [["Réalisée le", formatDateTime(visit.doneAt)] as const] : []),
          ...(visit.report
            ? [
                [
                  reportLabel,
                  <span key="texte" className="whitespace-pre-line">
                    {visit.report}
                  </span>,
                ] as const,
              ]
            : []),
        ]}
      >
        {options ? (
          <VisitStepForms
            visitId={visit.id}
            technicianId={visit.technician?.id ?? null}
            technicians={options.technicians}
            {...collectiviteFormScope(page)}
          />
        ) : null}
        <section aria-labelledby="incidents-titre" className="space-y-2">
          <h2 id="incidents-titre">Incidents ouverts depuis cette visite</h2>
          {visit.status !== "ANNULEE" ? (
            <p>
              <Link href={reportHref} className="font-semibold">
                Ouvrir un incident depuis cette visite
              </Link>
            </p>
          ) : null}
          <DataTable
            caption="Incidents ouverts depuis cette visite"
            columns={[
              {
                key: "reference",
                header: "Référence",
                rowHeader: true,
                cell: (i) => <Link href={`${base}/assistance/${i.id}`}>{i.reference}</Link>,
              },
              { key: "title", header: "Objet", cell: (i) => i.title },
              { key: "urgency", header: "Urgence", cell: (i) => URGENCY_LABELS[i.urgency] },
              { key: "status", header: "État", cell: (i) => INCIDENT_STATUS_LABELS[i.status] },
              {
                key: "reportedAt",
                header: "Signalé le",
                cell: (i) => formatDateTime(i.reportedAt),
              },
            ]}
            rows={incidents}
            rowKey={(i) => i.id}
            empty="Aucun incident n'a été ouvert depuis cette visite."
          />
        </section>
      </DetailPage>
    );
  },
);
