/*
 * School holidays of metropolitan France by zone, from the « calendrier scolaire » fixed by the
 * arrêtés of the ministère de l'Éducation nationale (arrêté du 28 juillet 2023 for 2024-2027 and
 * its amendments), as published in the open dataset `fr-en-calendrier-scolaire` of
 * data.education.gouv.fr (Licence Ouverte 2.0). Each period runs from the first day without
 * classes to the day classes resume (exclusive). Overseas académies and Corse follow calendars
 * of their own: they have no zone here, and their service levels count no school holidays.
 * See data/README.md to add a school year.
 */

export type SchoolZone = "A" | "B" | "C";

/** Académie (MENJ dataset code) → zone, metropolitan académies only. */
export const ZONE_OF_ACADEMIE: Readonly<Record<string, SchoolZone>> = {
  "03": "A", // Besançon
  "04": "A", // Bordeaux
  "06": "A", // Clermont-Ferrand
  "07": "A", // Dijon
  "08": "A", // Grenoble
  "10": "A", // Lyon
  "13": "A", // Poitiers
  "22": "A", // Limoges
  "02": "B", // Aix-Marseille
  "09": "B", // Lille
  "12": "B", // Nancy-Metz
  "14": "B", // Rennes
  "15": "B", // Strasbourg
  "17": "B", // Nantes
  "18": "B", // Orléans-Tours
  "19": "B", // Reims
  "20": "B", // Amiens
  "23": "B", // Nice
  "70": "B", // Normandie
  "01": "C", // Paris
  "11": "C", // Montpellier
  "16": "C", // Toulouse
  "24": "C", // Créteil
  "25": "C", // Versailles
};

type Period = readonly [from: string, until: string];
const ALL_ZONES = (from: string, until: string) =>
  ({ A: [from, until], B: [from, until], C: [from, until] }) as const;

/** Holidays per school year, zone by zone. */
const PERIODS: readonly Record<SchoolZone, Period>[] = [
  // 2024-2025
  ALL_ZONES("2024-10-19", "2024-11-04"),
  ALL_ZONES("2024-12-21", "2025-01-06"),
  {
    A: ["2025-02-22", "2025-03-10"],
    B: ["2025-02-08", "2025-02-24"],
    C: ["2025-02-15", "2025-03-03"],
  },
  {
    A: ["2025-04-19", "2025-05-05"],
    B: ["2025-04-05", "2025-04-22"],
    C: ["2025-04-12", "2025-04-28"],
  },
  ALL_ZONES("2025-05-29", "2025-06-02"),
  ALL_ZONES("2025-07-05", "2025-09-01"),
  // 2025-2026
  ALL_ZONES("2025-10-18", "2025-11-03"),
  ALL_ZONES("2025-12-20", "2026-01-05"),
  {
    A: ["2026-02-07", "2026-02-23"],
    B: ["2026-02-14", "2026-03-02"],
    C: ["2026-02-21", "2026-03-09"],
  },
  {
    A: ["2026-04-04", "2026-04-20"],
    B: ["2026-04-11", "2026-04-27"],
    C: ["2026-04-18", "2026-05-04"],
  },
  ALL_ZONES("2026-05-14", "2026-05-18"),
  ALL_ZONES("2026-07-04", "2026-09-01"),
  // 2026-2027
  ALL_ZONES("2026-10-17", "2026-11-02"),
  ALL_ZONES("2026-12-19", "2027-01-04"),
  {
    A: ["2027-02-13", "2027-03-01"],
    B: ["2027-02-20", "2027-03-08"],
    C: ["2027-02-06", "2027-02-22"],
  },
  {
    A: ["2027-04-10", "2027-04-26"],
    B: ["2027-04-17", "2027-05-03"],
    C: ["2027-04-03", "2027-04-19"],
  },
  ALL_ZONES("2027-05-06", "2027-05-10"),
  ALL_ZONES("2027-07-03", "2027-09-01"),
];

/** The last day the calendar above knows: beyond it, no school holiday is counted. */
export const SCHOOL_CALENDAR_KNOWN_UNTIL = "2027-08-31";

/** Whether the day (AAAA-MM-JJ) falls in the school holidays of the zone. */
export function isSchoolHoliday(day: string, zone: SchoolZone): boolean {
  return PERIODS.some((p) => day >= p[zone][0] && day < p[zone][1]);
}
