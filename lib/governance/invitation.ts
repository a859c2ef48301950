import { createEvent, type Attendee } from "ics";

export interface InvitationMeeting {
  icsUid: string;
  icsSequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoUrl: string | null;
  bodyName: string;
  agenda: readonly { title: string; presenter: string | null }[];
}

export interface InvitationPerson {
  name: string;
  email: string;
  chair?: boolean;
}

/** « Lieu — lien » as the calendar's LOCATION: where to go, or where to click. */
export function meetingLocation(meeting: Pick<InvitationMeeting, "place" | "videoUrl">): string {
  return [meeting.place, meeting.videoUrl].filter(Boolean).join(" — ");
}

/** The agenda in words, one numbered item per line: the mail's text and the event's description. */
export function agendaText(agenda: InvitationMeeting["agenda"]): string {
  return agenda
    .map((item, i) => `${i + 1}. ${item.title}${item.presenter ? ` (${item.presenter})` : ""}`)
    .join("\n");
}

/**
 * The iCalendar invitation of a meeting (RFC 5545 with the METHOD of RFC 5546), written by the
 * `ics` library: REQUEST to invite or to update (same UID, a higher SEQUENCE), CANCEL to cancel.
 * Times are written in UTC, which every calendar program converts to its own zone.
 */
export function meetingInvitation(
  meeting: InvitationMeeting,
  method: "REQUEST" | "CANCEL",
  organizer: InvitationPerson,
  attendees: readonly InvitationPerson[],
  pageUrl: string,
): string {
  const { error, value } = createEvent({
    productId: "tripartite/instances",
    method,
    uid: meeting.icsUid,
    sequence: meeting.icsSequence,
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    title: `${meeting.bodyName} — ${meeting.title}`,
    description: `Ordre du jour :\n${agendaText(meeting.agenda)}\n\nLa séance dans Tripartite : ${pageUrl}`,
    location: meetingLocation(meeting),
    url: pageUrl,
    start: meeting.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: meeting.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    organizer: { name: organizer.name, email: organizer.email },
    attendees: attendees.map((a): Attendee => ({
      name: a.name,
      email: a.email,
      rsvp: method === "REQUEST",
      partstat: "NEEDS-ACTION",
      role: a.chair ? "CHAIR" : "REQ-PARTICIPANT",
    })),
  });
  if (error || !value) throw error ?? new Error("Invitation iCalendar vide.");
  return value;
}
