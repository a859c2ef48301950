import type { HalfDay, VisitStatus } from "@/lib/generated/prisma/enums";
import { roundDays } from "@/lib/assistance/visits-plan";
import type { Weekday } from "@/lib/assistance/visits-vocabulary";
import { zonedInstant, type WorkCalendar } from "@/lib/assistance/working-time";
import { prng } from "@/prisma/seed/shared/demo-random";

/*
 * The demo's proactive rounds (« maintenance proactive »): each collège of a secteur gets two
 * half-days a month, from a year back to two months ahead, in its own slot of the secteur's week
 * (weekday and half-day) so that one technician serves about ten collèges without being in two
 * places at once. Past visits are done with a report (a few cancelled, with their reason), coming
 * ones planned. Pure: seed-visits.ts reads the collèges and writes the rows.
 */

export const VISITS_PER_MONTH = 2;
const CANCELLED_SHARE = 0.06;

const REPORTS = [
  "Contrôle des vidéoprojecteurs et des écrans interactifs du 1er étage ; calibrage de deux ENI.",
  "Mises à jour des postes de la salle informatique ; nettoyage des profils itinérants.",
  "Vérification des bornes Wi-Fi du CDI et du réfectoire ; une borne redémarrée.",
  "Remplacement de deux claviers et d'une souris en salle de technologie ; inventaire mis à jour.",
  "Tests de la chaîne d'impression de la vie scolaire ; pilote du copieur réinstallé.",
  "Point avec le référent numérique sur les classes mobiles ; batteries des tablettes contrôlées.",
  "Sauvegarde du serveur pédagogique vérifiée ; espace disque libéré.",
  "Contrôle du baie réseau : ventilation, onduleur, étiquetage des ports.",
];
const CANCEL_REASONS = [
  "Conseils de classe toute la demi-journée : visite reportée.",
  "Technicien retenu par une panne bloquante dans un autre collège.",
  "Exercice de mise en sûreté (PPMS) au collège.",
  "Technicien en formation.",
];

export interface VisitCollege {
  id: string;
  uai: string;
  sectorId: string;
  collectiviteId: string;
  calendar: WorkCalendar;
}

export interface PlannedVisit {
  etablissementId: string;
  collectiviteId: string;
  plannedOn: string;
  halfDay: HalfDay;
  technicianId: string | null;
  status: VisitStatus;
  report: string | null;
  doneAt: Date | null;
}

const HALF_DAY_END: Record<HalfDay, number> = { MATIN: 12 * 60, APRES_MIDI: 16 * 60 + 30 };

/** When a half-day's visit is reported done: at its end, in the collège's time zone. */
export const doneAtOf = (day: string, halfDay: HalfDay, calendar: WorkCalendar) =>
  new Date(zonedInstant(day, HALF_DAY_END[halfDay], calendar.timeZone));

/** The slot of the `index`-th collège of a secteur: Monday morning, Tuesday morning, … Friday afternoon. */
export function slotOf(index: number): { weekday: Weekday; halfDay: HalfDay } {
  const slot = index % 10;
  return {
    weekday: String((slot % 5) + 1) as Weekday,
    halfDay: slot < 5 ? "MATIN" : "APRES_MIDI",
  };
}

/**
 * The visits of one secteur's collèges (in the order given) from `from` to `to` (AAAA-MM-JJ),
 * by its technician (or nobody); `today` splits done from planned. A technician is never booked
 * twice on the same half-day.
 */
export function planSectorVisits(
  colleges: readonly VisitCollege[],
  technicianId: string | null,
  frame: { from: string; to: string; today: string },
): PlannedVisit[] {
  const booked = new Set<string>();
  const visits: PlannedVisit[] = [];
  colleges.forEach((college, index) => {
    const rng = prng(`demo-visits:${college.uai}`);
    const { weekday, halfDay } = slotOf(index);
    const months = roundDays(
      { from: frame.from, to: frame.to, perMonth: VISITS_PER_MONTH, weekdays: [weekday] },
      college.calendar,
    );
    for (const day of months.flatMap((m) => m.days)) {
      const key = `${day}:${halfDay}`;
      if (technicianId && booked.has(key)) continue;
      booked.add(key);
      const past = day < frame.today;
      const cancelled = past && rng.chance(CANCELLED_SHARE);
      visits.push({
        etablissementId: college.id,
        collectiviteId: college.collectiviteId,
        plannedOn: day,
        halfDay,
        technicianId,
        status: !past ? "PREVUE" : cancelled ? "ANNULEE" : "REALISEE",
        report: !past ? null : rng.pick(cancelled ? CANCEL_REASONS : REPORTS),
        doneAt: past && !cancelled ? doneAtOf(day, halfDay, college.calendar) : null,
      });
    }
  });
  return visits;
}
