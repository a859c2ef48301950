import "server-only";
import Link from "next/link";
import { listVisits, visitFormOptions } from "@/lib/assistance/visits-list";
import {
  monthLabel,
  shiftMonth,
  VISIT_STATUS_LABELS,
  VISIT_STATUSES,
} from "@/lib/assistance/visits-vocabulary";
import { todayInParisIso } from "@/lib/dates";
import { spacePage } from "@/components/layout/space-page";
import { AddLink } from "@/components/ui/add-link";
import { FilterForm } from "@/components/ui/filter-form";
import { InputField } from "@/components/ui/field";
import { listHrefs } from "@/components/ui/list-href";
import { labelledOptions } from "@/components/ui/select";
import { collegeOptions } from "@/components/inventory/college-filter-fields";
import { VisitsTable } from "@/components/visits/visits-table";
import { RoundForm, SingleVisitForm } from "@/components/visits/visit-plan-forms";
import { collectiviteFormScope, FormSection } from "@/app/_pages/form-section";

const STATUS_OPTIONS = labelledOptions(VISIT_STATUSES, VISIT_STATUS_LABELS);

/** The collectivité's rounds, a month at a time: date, half-day, collège, technician, state. */
export const visitsMonthPage = spacePage<"code">(
  "c",
  "tournees",
  "visit.manage",
  async ({ ctx, searchParams, path }) => {
    const [data, options] = await Promise.all([
      listVisits(ctx, searchParams),
      visitFormOptions(ctx),
    ]);
    const { query } = data;
    const month = query.month!;
    const href = listHrefs(path, {
      month: query.month,
      uai: query.uai,
      technicianId: query.technicianId,
      status: query.status,
    });
    return (
      <section aria-labelledby="tournees-titre">
        <h1 id="tournees-titre">Tournées de maintenance proactive</h1>
        <p className="mt-2 text-slate-800">
          Les demi-journées passées dans les collèges pour vérifier et entretenir le parc, avant
          qu&apos;une panne ne soit signalée. Les incidents constatés s&apos;ouvrent depuis la
          visite.
        </p>
        <AddLink href={`${path}/planifier`}>+ Planifier des visites</AddLink>
        <FilterForm
          action={path}
          values={query}
          filters={[
            {
              name: "uai",
              label: "Collège",
              all: "Tous",
              options: collegeOptions(options.colleges),
              className: "lg:col-span-2",
            },
            {
              name: "technicianId",
              label: "Technicien",
              all: "Tous",
              options: options.technicians.map((t) => ({ value: t.id, label: t.name })),
            },
            { name: "status", label: "État", all: "Tous", options: STATUS_OPTIONS },
          ]}
        >
          <InputField
            id="month"
            name="month"
            type="month"
            label="Mois"
            defaultValue={month}
            hint="AAAA-MM"
          />
        </FilterForm>
        <nav aria-label="Mois" className="mt-4 flex flex-wrap gap-4 text-sm">
          <Link href={href({ month: shiftMonth(month, -1), page: undefined })}>
            ← {monthLabel(shiftMonth(month, -1))}
          </Link>
          <Link href={href({ month: shiftMonth(month, 1), page: undefined })}>
            {monthLabel(shiftMonth(month, 1))} →
          </Link>
        </nav>
        <h2 className="mt-4">Visites de {monthLabel(month)}</h2>
        <VisitsTable
          data={data}
          caption={`Visites de ${monthLabel(month)}`}
          href={href}
          visitHref={(id) => `${path}/${id}`}
        />
      </section>
    );
  },
);

/** Planning: one half-day, or a recurring round. */
export const planVisitsPage = spacePage<"code">(
  "c",
  "tournees/planifier",
  "visit.manage",
  async (page) => {
    const options = await visitFormOptions(page.ctx);
    const scope = collectiviteFormScope(page);
    const today = todayInParisIso();
    const back = `${page.base}/tournees`;
    return (
      <FormSection
        titleId="planifier-titre"
        title="Planifier des visites"
        back={back}
        backLabel="← Toutes les tournées"
      >
        <section aria-labelledby="tournee-titre" className="space-y-2">
          <h2 id="tournee-titre">Une tournée régulière</h2>
          <p className="text-sm">
            Par exemple quatre demi-journées par mois, le mardi ou le jeudi matin, sur l&apos;année
            scolaire.
          </p>
          <RoundForm options={options} today={today} {...scope} />
        </section>
        <section aria-labelledby="visite-titre" className="space-y-2">
          <h2 id="visite-titre">Une seule visite</h2>
          <SingleVisitForm options={options} today={today} {...scope} />
        </section>
      </FormSection>
    );
  },
);

/** A collège's visits, read-only: when, who, what was done. */
export const collegeVisitsPage = spacePage<"uai">(
  "e",
  "tournees",
  "incident.read",
  async ({ ctx, searchParams, path }) => {
    const data = await listVisits(ctx, { page: searchParams.page });
    return (
      <section aria-labelledby="visites-titre">
        <h1 id="visites-titre">Visites de maintenance</h1>
        <p className="mt-2 text-slate-800">
          Les demi-journées que le service numérique de la collectivité passe dans votre collège,
          prévues et réalisées, avec leur compte rendu. Les incidents constatés pendant une visite
          sont suivis dans l&apos;assistance.
        </p>
        <VisitsTable
          data={data}
          caption="Visites de maintenance du collège, les plus récentes d'abord"
          href={listHrefs(path, {})}
          visitHref={null}
        />
      </section>
    );
  },
);
