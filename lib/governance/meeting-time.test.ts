import { describe, expect, it } from "vitest";
import { meetingWhen } from "@/lib/governance/meeting-time";

describe("meetingWhen", () => {
  it("says the day and the hours in Paris time, whatever the server's zone", () => {
    expect(meetingWhen(new Date("2027-01-14T13:00:00Z"), new Date("2027-01-14T15:30:00Z"))).toBe(
      "jeudi 14 janvier 2027, de 14 h 00 à 16 h 30",
    );
    expect(meetingWhen(new Date("2027-06-14T07:00:00Z"), new Date("2027-06-14T08:00:00Z"))).toBe(
      "lundi 14 juin 2027, de 09 h 00 à 10 h 00",
    );
  });
});
