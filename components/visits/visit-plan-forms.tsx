import {
  HALF_DAY_LABELS,
  HALF_DAYS,
  MAX_VISITS_PER_MONTH,
  WEEKDAY_LABELS,
  WEEKDAYS,
} from "@/lib/assistance/visits-vocabulary";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { boundFields } from "@/components/forms/bound-fields";
import { collegeOptions } from "@/components/inventory/college-filter-fields";
import type { SelectOption } from "@/components/ui/select";
import { planVisitAction, planVisitRoundAction } from "@/app/actions/visits";

export interface PlanOptions {
  colleges: { uai: string; name: string; communeName: string }[];
  technicians: { id: string; name: string }[];
}

const FORM_CLASS = "space-y-4 rounded-lg border border-slate-200 bg-white p-4";
const TECHNICIAN_HINT =
  "Facultatif. Un technicien de secteur ne visite que les collèges de son secteur.";

/** The fields both plans share: the collège, the half-day, the technician. */
function commonFields(
  field: ReturnType<typeof boundFields<string>>,
  options: PlanOptions,
  technicians: SelectOption[],
) {
  return (
    <>
      {field.select("uai", "Collège", collegeOptions(options.colleges), {
        required: true,
        placeholder: "Choisir un collège…",
      })}
      <div className="grid gap-4 sm:grid-cols-2">
        {field.coded("halfDay", "Demi-journée", HALF_DAYS, HALF_DAY_LABELS, { required: true })}
        {field.select("technicianId", "Technicien", technicians, {
          emptyLabel: "À désigner plus tard",
          hint: TECHNICIAN_HINT,
        })}
      </div>
    </>
  );
}

/** One half-day in one collège. */
export function SingleVisitForm({
  options,
  today,
  ...scope
}: ScopeProps & { options: PlanOptions; today: string }) {
  const field = boundFields<string>("visite", { uai: "", plannedOn: today, halfDay: "MATIN" });
  const technicians = options.technicians.map((t) => ({ value: t.id, label: t.name }));
  return (
    <ActionForm
      action={planVisitAction}
      submitLabel="Planifier la visite"
      className={FORM_CLASS}
      {...scope}
    >
      {commonFields(field, options, technicians)}
      {field.input("plannedOn", "Date", { type: "date", required: true, min: today })}
    </ActionForm>
  );
}

/** « N demi-journées par mois » on chosen weekdays over a period. */
export function RoundForm({
  options,
  today,
  ...scope
}: ScopeProps & { options: PlanOptions; today: string }) {
  const field = boundFields<string>("tournee", {
    uai: "",
    halfDay: "MATIN",
    from: today,
    to: "",
    perMonth: "4",
  });
  const technicians = options.technicians.map((t) => ({ value: t.id, label: t.name }));
  return (
    <ActionForm
      action={planVisitRoundAction}
      submitLabel="Planifier la tournée"
      className={FORM_CLASS}
      {...scope}
    >
      {commonFields(field, options, technicians)}
      <div className="grid gap-4 sm:grid-cols-3">
        {field.input("perMonth", "Demi-journées par mois", {
          type: "number",
          min: 1,
          max: MAX_VISITS_PER_MONTH,
          inputMode: "numeric",
          required: true,
        })}
        {field.input("from", "Du", { type: "date", required: true, min: today })}
        {field.input("to", "Au (inclus)", {
          type: "date",
          required: true,
          hint: "Douze mois au plus.",
        })}
      </div>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">Jours de la semaine (au moins un)</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {WEEKDAYS.map((weekday) => (
            <label key={weekday} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="weekdays" value={weekday} />
              {WEEKDAY_LABELS[weekday]}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="skipSchoolHolidays" />
        Éviter aussi les vacances scolaires de la zone du collège
      </label>
      <p className="text-sm text-slate-800">
        Les week-ends, les jours fériés et les demi-journées déjà prises (par ce collège, ou par le
        technicien ailleurs) sont sautés ; les visites sont réparties sur le mois.
      </p>
    </ActionForm>
  );
}
