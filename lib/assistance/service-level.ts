import type { Assistance, SlaRule } from "@/lib/conventions/content";
import { ZONE_OF_ACADEMIE } from "@/lib/assistance/school-holidays";
import { describeSla } from "@/lib/assistance/describe-sla";
import type { AssistanceDomain, RoutingLevel } from "@/lib/assistance/vocabulary";
import { minutesOfClock, workdayMinutes, type WorkCalendar } from "@/lib/assistance/working-time";

/** The service level an incident is held to, in working minutes of its calendar. */
export interface ServiceLevelTarget {
  /** Null: the document commits to no delay for this level and domain. */
  label: string | null;
  takeChargeMinutes: number | null;
  resolveMinutes: number | null;
  calendar: WorkCalendar;
}

/** Time zones and date-holidays states of the départements that do not live on Paris time. */
const OVERSEAS: Readonly<Record<string, { timeZone: string; holidayState: string }>> = {
  "971": { timeZone: "America/Guadeloupe", holidayState: "GP" },
  "972": { timeZone: "America/Martinique", holidayState: "MQ" },
  "973": { timeZone: "America/Cayenne", holidayState: "GF" },
  "974": { timeZone: "Indian/Reunion", holidayState: "RE" },
  "976": { timeZone: "Indian/Mayotte", holidayState: "YT" },
  "975": { timeZone: "America/Miquelon", holidayState: "" },
  "977": { timeZone: "America/St_Barthelemy", holidayState: "BL" },
  "978": { timeZone: "America/Marigot", holidayState: "MF" },
  "986": { timeZone: "Pacific/Wallis", holidayState: "" },
  "987": { timeZone: "Pacific/Tahiti", holidayState: "" },
  "988": { timeZone: "Pacific/Noumea", holidayState: "" },
};
/** Alsace-Moselle keeps Good Friday and 26 December. */
const CONCORDAT = new Set(["57", "67", "68"]);

/** The working day of a collège whose convention names none. */
export const DEFAULT_DAY = { workdayStart: "08:00", workdayEnd: "17:30" };

/** The calendar of a collège's clock: its working day, time zone, public and school holidays. */
export function calendarOf(
  college: { academieCode: string; departementCode: string },
  day: Pick<Assistance, "workdayStart" | "workdayEnd">,
  schoolHolidays: boolean,
): WorkCalendar {
  const overseas = OVERSEAS[college.departementCode];
  return {
    workdayStart: minutesOfClock(day.workdayStart),
    workdayEnd: minutesOfClock(day.workdayEnd),
    timeZone: overseas?.timeZone ?? "Europe/Paris",
    holidayState:
      overseas?.holidayState ??
      (CONCORDAT.has(college.departementCode) ? college.departementCode : ""),
    schoolZone: schoolHolidays ? (ZONE_OF_ACADEMIE[college.academieCode] ?? null) : null,
  };
}

/** The rule for a level and domain: the domain's own, else the level's « tous les domaines ». */
export function slaRuleFor(
  assistance: Assistance,
  level: RoutingLevel,
  domain: AssistanceDomain,
): SlaRule | null {
  const rules = assistance.serviceLevels.filter((r) => r.level === level);
  return rules.find((r) => r.domain === domain) ?? rules.find((r) => r.domain === "") ?? null;
}

/** The service level of an incident routed at this level, from the document that routed it. */
export function serviceLevelFor(
  assistance: Assistance | null,
  level: RoutingLevel,
  domain: AssistanceDomain,
  college: { academieCode: string; departementCode: string },
): ServiceLevelTarget {
  const rule = assistance ? slaRuleFor(assistance, level, domain) : null;
  const calendar = calendarOf(college, assistance ?? DEFAULT_DAY, rule?.schoolHolidays ?? false);
  if (!rule) return { label: null, takeChargeMinutes: null, resolveMinutes: null, calendar };
  const minutes = (amount: number, unit: SlaRule["takeChargeUnit"]) =>
    unit === "HEURES_OUVREES" ? amount * 60 : amount * workdayMinutes(calendar);
  return {
    label: describeSla(rule),
    takeChargeMinutes: minutes(rule.takeCharge, rule.takeChargeUnit),
    resolveMinutes: minutes(rule.resolve, rule.resolveUnit),
    calendar,
  };
}
