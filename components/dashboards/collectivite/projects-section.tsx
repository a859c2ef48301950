import Link from "next/link";
import { formatCents, formatDate, formatInteger, plural } from "@/lib/format";
import { DECISION_LABELS } from "@/lib/calls/instruction-rules";
import type { FundedProjects } from "@/lib/dashboards/collectivite-projects";
import { DataTable } from "@/components/ui/data-table";
import { DashboardSection } from "@/components/dashboards/collectivite/section";

/** What the appels à projets funded, delivered, and what the collèges report of their use. */
export function ProjectsSection({ code, data }: { code: string; data: FundedProjects }) {
  return (
    <DashboardSection id="projets" title="Projets financés par appel à projets">
      <p>
        {plural(data.count, "projet retenu", "projets retenus")} pour{" "}
        {formatCents(data.grantedCents)}, dont {formatInteger(data.delivered)} livrés ;{" "}
        {plural(data.reports, "bilan déposé", "bilans déposés")} par les collèges.{" "}
        <Link href={`/c/${code}/appels`}>Voir les appels à projets</Link>
      </p>
      <DataTable
        caption="Projets retenus, la décision la plus récente d'abord, avec leur dernier bilan"
        rows={data.projects}
        rowKey={(p) => p.id}
        empty="Aucun projet retenu pour l'instant."
        columns={[
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (p) => `${p.etablissement.name} (${p.etablissement.communeName})`,
          },
          {
            key: "call",
            header: "Appel",
            cell: (p) => <Link href={`/c/${code}/appels/${p.call.id}`}>{p.call.title}</Link>,
          },
          {
            key: "decision",
            header: "Décision",
            cell: (p) => `${DECISION_LABELS[p.decision!]} le ${formatDate(p.decidedAt)}`,
          },
          {
            key: "granted",
            header: "Accordé",
            numeric: true,
            cell: (p) => formatCents(p.grantedCents ?? 0n),
          },
          {
            key: "delivered",
            header: "Livraison",
            cell: (p) => (p.deliveredOn ? formatDate(p.deliveredOn) : "à venir"),
          },
          {
            key: "report",
            header: "Dernier bilan",
            cell: (p) =>
              p.latest
                ? `À ${p.latest.milestone} mois : ${formatInteger(p.latest.pupilsReached)} élèves, ${formatInteger(p.latest.classesUsing)} classes, ${p.latest.equipmentInUsePct} % de l'équipement utilisé${p.latest.assessedAt ? " ; apprécié par l'académie" : ""}`
                : "aucun",
          },
        ]}
      />
    </DashboardSection>
  );
}
