import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { EXPIRING_DAYS } from "@/lib/dashboards/collectivite-conventions";
import { type AgentDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { agentTodo, type TodoItem } from "@/lib/dashboards/agent-todo";
import { formatDate, plural } from "@/lib/format";
import { toEffectifBasis } from "@/lib/inventory/schemas";
import { DemoBudgetNotice } from "@/components/budgets/demo-budget-notice";
import { DashboardFilters } from "@/components/dashboards/collectivite/dashboard-filters";
import { withFilters } from "@/components/dashboards/collectivite/export-href";
import { FleetSection, GapsSection } from "@/components/dashboards/collectivite/fleet-section";
import {
  CampaignsSection,
  ConventionsSection,
  ExecutionSection,
  RenewalSection,
} from "@/components/dashboards/collectivite/operations-sections";
import { DashboardSection, OnThisPage } from "@/components/dashboards/collectivite/section";
import { AssistancePanel } from "@/components/assistance/assistance-panel";

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
      <Link
        href={withFilters(`/c/${code}/synthese`, { exercice, rentree })}
      >{`Synthèse imprimable d'une page (exercice ${exercice})`}</Link>
    </p>
  );
}

/** The title, the date of the figures and the filters: exercice (when the member reads the budget), rentrée (the inventory). */
export function DashboardHeader({
  code,
  frame,
  exercices,
}: {
  code: string;
  frame: HeaderFrame;
  exercices: number[] | null;
}) {
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
      <div className="space-y-2">
        <h1>Tableau de bord</h1>
        <DashboardIntro code={code} frame={frame} />
      </div>
      <DashboardFilters
        action={`/c/${code}`}
        exercice={frame.exercice}
        exercices={exercices}
        rentree={frame.rentree}
        rentrees={frame.rentrees}
      />
    </div>
  );
}

/** What needs the member now, one line each with its page: the first thing the dashboard says. */
function TodoSection({ items, signs }: { items: TodoItem[]; signs: boolean }) {
  return (
    <DashboardSection id="a-traiter" title="À traiter maintenant">
      {items.length === 0 ? (
        <p>
          {signs
            ? "Aucune convention n'attend la signature de la collectivité, et rien d'autre ne vous attend aujourd'hui."
            : "Rien ne vous attend aujourd'hui."}
        </p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {items.map((item) => (
            <li key={item.href + item.text}>
              <Link href={item.href}>{item.text}</Link>
            </li>
          ))}
        </ul>
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
export function AgentDashboardView({
  ctx,
  code,
  data,
  registry,
}: {
  ctx: AccessContext;
  code: string;
  data: AgentDashboard;
  registry: RegistryCounts | null;
}) {
  const parts = [
    ...(data.fleet
      ? [
          { id: "parc", title: "Parc" },
          { id: "ecarts", title: "Écarts au référentiel" },
        ]
      : []),
    ...(data.renewal ? [{ id: "renouvellement", title: "Renouvellement" }] : []),
    ...(data.conventions ? [{ id: "conventions", title: "Conventions" }] : []),
    ...(data.campaigns ? [{ id: "campagne", title: "Campagne de besoins" }] : []),
    ...(data.budget ? [{ id: "budget", title: "Budget" }] : []),
    ...(data.assistance ? [{ id: "assistance", title: "Assistance" }] : []),
    ...(registry ? [{ id: "registre", title: "Registre" }] : []),
  ];
  return (
    <div className="space-y-4">
      <DashboardHeader code={code} frame={data} exercices={data.budget?.exercices ?? null} />
      <TodoSection
        items={agentTodo(code, data, EXPIRING_DAYS)}
        signs={data.conventions?.toSign != null}
      />
      <OnThisPage parts={parts} />
      {data.fleet ? <FleetSection code={code} fleet={data.fleet} pyramid={data.pyramid} /> : null}
      {data.fleet ? <GapsSection code={code} fleet={data.fleet} /> : null}
      {data.renewal ? <RenewalSection code={code} renewal={data.renewal} /> : null}
      {data.conventions ? <ConventionsSection code={code} overview={data.conventions} /> : null}
      {data.campaigns ? <CampaignsSection code={code} campaigns={data.campaigns} /> : null}
      {data.budget ? (
        <ExecutionSection
          code={code}
          summary={data.budget}
          notice={<DemoBudgetNotice ctx={ctx} />}
        />
      ) : null}
      {data.assistance ? (
        <AssistancePanel
          m={data.assistance}
          action={`/c/${code}`}
          exportPath={`/c/${code}/tableau-de-bord/export`}
        />
      ) : null}
      {registry ? <RegistrySection code={code} counts={registry} /> : null}
    </div>
  );
}
