import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import type { AgentDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { formatDate, formatInteger, plural } from "@/lib/format";
import { toEffectifBasis } from "@/lib/inventory/schemas";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { DashboardFilters } from "@/components/dashboards/collectivite/dashboard-filters";
import { withFilters } from "@/components/dashboards/collectivite/export-href";
import { FleetSection, GapsSection } from "@/components/dashboards/collectivite/fleet-section";
import { CampaignsSection, ConventionsSection, ExecutionSection, RenewalSection } from "@/components/dashboards/collectivite/operations-sections";
import { DashboardSection } from "@/components/dashboards/collectivite/section";

export interface RegistryCounts {
  total: number;
  public: number;
  prive: number;
}

/** What the header needs: the dashboard's frame and the choices of its filters. */
export interface HeaderFrame {
  today: Date;
  exercice: number;
  rentree: number | null;
  rentrees: number[] | null;
}

/** The line under the title: when the figures were read, for which exercice and rentrée, and the way to the printable summary. */
function DashboardIntro({ code, frame }: { code: string; frame: HeaderFrame }) {
  const { today, exercice, rentree } = frame;
  return (
    <p className="text-sm text-slate-800">
      Chiffres au {formatDate(today)} ; budget de l&apos;exercice {exercice}
      {frame.rentrees ? ` ; équipement rapporté ${toEffectifBasis(rentree)}` : ""}.{" "}
      <Link href={withFilters(`/c/${code}/synthese`, { exercice, rentree })}>{`Synthèse imprimable d'une page (exercice ${exercice})`}</Link>
    </p>
  );
}

/** The title, the date of the figures and the filters: exercice (when the member reads the budget), rentrée (the inventory). */
export function DashboardHeader({ code, frame, exercices }: { code: string; frame: HeaderFrame; exercices: number[] | null }) {
  return (
    <div className="space-y-3">
      <h1>Tableau de bord</h1>
      <DashboardIntro code={code} frame={frame} />
      <DashboardFilters action={`/c/${code}`} exercice={frame.exercice} exercices={exercices} rentree={frame.rentree} rentrees={frame.rentrees} />
    </div>
  );
}

/** What waits for a signataire: the conventions open for the collectivité's signature, first. */
function ToSign({ code, count }: { code: string; count: number }) {
  return (
    <DashboardSection id="a-signer" title="À signer">
      {count === 0 ? <p>Aucune convention n&apos;attend la signature de la collectivité.</p> : (
        <p>
          <Link href={`/c/${code}/conventions?tab=a-signer`}>{`Voir les conventions à signer (${formatInteger(count)})`}</Link>
        </p>
      )}
    </DashboardSection>
  );
}

function RegistrySection({ code, counts }: { code: string; counts: RegistryCounts }) {
  return (
    <DashboardSection id="registre" title="Registre des établissements">
      <p>
        {counts.total === 0
          ? "Aucun collège n'est encore rattaché à cette collectivité."
          : `${plural(counts.total, "collège ouvert", "collèges ouverts")} : ${plural(counts.public, "public")}, ${plural(counts.prive, "privé")}.`}{" "}
        <Link href={`/c/${code}/etablissements`}>Consulter le registre des établissements</Link>
      </p>
    </DashboardSection>
  );
}

/** The operational dashboard of agents, administrators and signataires; absent modules are not shown. */
export function AgentDashboardView({ ctx, code, data, registry }: { ctx: AccessContext; code: string; data: AgentDashboard; registry: RegistryCounts | null }) {
  return (
    <div className="space-y-8">
      <DashboardHeader code={code} frame={data} exercices={data.budget?.exercices ?? null} />
      {data.conventions?.toSign != null ? <ToSign code={code} count={data.conventions.toSign} /> : null}
      {data.fleet ? <FleetSection code={code} fleet={data.fleet} pyramid={data.pyramid} /> : null}
      {data.fleet ? <GapsSection code={code} fleet={data.fleet} /> : null}
      {data.renewal ? <RenewalSection code={code} renewal={data.renewal} /> : null}
      {data.conventions ? <ConventionsSection code={code} overview={data.conventions} /> : null}
      {data.campaigns ? <CampaignsSection code={code} campaigns={data.campaigns} /> : null}
      {data.budget ? <ExecutionSection code={code} summary={data.budget} notice={<DemoBudgetNotice ctx={ctx} />} /> : null}
      {registry ? <RegistrySection code={code} counts={registry} /> : null}
    </div>
  );
}
