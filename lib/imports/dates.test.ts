import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "./dates";

describe("parseCalendarDate", () => {
  it("reads ISO and French dates at UTC midnight", () => {
    expect(parseCalendarDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseCalendarDate("01/09/2020")?.toISOString()).toBe("2020-09-01T00:00:00.000Z");
  });

  it("rejects impossible and malformed dates", () => {
    expect(parseCalendarDate("31/02/2024")).toBeNull();
    expect(parseCalendarDate("2023-02-29")).toBeNull();
    expect(parseCalendarDate("2024-13-01")).toBeNull();
    expect(parseCalendarDate("1er mars")).toBeNull();
    expect(parseCalendarDate("")).toBeNull();
  });
});
