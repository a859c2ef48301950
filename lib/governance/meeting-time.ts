const longDay = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const clock = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const hours = (instant: Date) => clock.format(instant).replace(":", " h ");

/** « jeudi 14 janvier 2027, de 14 h 00 à 16 h 00 », in Paris time. */
export function meetingWhen(startsAt: Date, endsAt: Date): string {
  return `${longDay.format(startsAt)}, de ${hours(startsAt)} à ${hours(endsAt)}`;
}
