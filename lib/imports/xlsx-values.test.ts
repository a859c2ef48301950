import { describe, expect, it } from "vitest";
import { isDateFormatCode } from "./xlsx";
import { formatKind, plainNumber, serialToIsoDate, serialToTime } from "./xlsx-values";

describe("value helpers", () => {
  it("writes numbers as plain decimals", () => {
    expect(
      [1234, 749.9, -0.5, 0, -0, 1e21, 1.5e-7, -2.5e-10, 1.234e25, 0.1 + 0.2].map(plainNumber),
    ).toEqual([
      "1234",
      "749.9",
      "-0.5",
      "0",
      "0",
      "1000000000000000000000",
      "0.00000015",
      "-0.00000000025",
      "12340000000000000000000000",
      "0.30000000000000004",
    ]);
  });

  it("converts serials in both date systems, Lotus's 1900-02-29 included", () => {
    expect(serialToIsoDate(1, false)).toBe("1900-01-01");
    expect(serialToIsoDate(59, false)).toBe("1900-02-28");
    expect(serialToIsoDate(60, false)).toBe("1900-02-29");
    expect(serialToIsoDate(61, false)).toBe("1900-03-01");
    expect(serialToIsoDate(45536.99, false)).toBe("2024-09-01");
    expect(serialToIsoDate(0, true)).toBe("1904-01-01");
    expect(serialToIsoDate(44074, true)).toBe("2024-09-01");
    expect(serialToIsoDate(-1, false)).toBeNull();
  });

  it("recognises date formats", () => {
    expect(isDateFormatCode("dd/mm/yyyy;@")).toBe(true);
    expect(isDateFormatCode("[$-40C]d\\ mmmm\\ yyyy")).toBe(true);
    expect(isDateFormatCode("yyyy-mm-dd hh:mm")).toBe(true);
    expect(isDateFormatCode('0.00" m²"')).toBe(false);
    expect(isDateFormatCode("#,##0.00\\ [$€-40C];[Red]\\-#,##0.00\\ [$€-40C]")).toBe(false);
    expect(isDateFormatCode("General")).toBe(false);
    expect(isDateFormatCode("0%")).toBe(false);
    expect(isDateFormatCode("hh:mm")).toBe(false);
    expect(isDateFormatCode("[$-40C]mmmm")).toBe(true);
  });

  it("tells time formats from date formats (« m » is minutes beside h or s)", () => {
    expect(
      [
        "hh:mm",
        "h:mm AM/PM",
        "[h]:mm",
        "HH:MM:SS",
        "mm:ss",
        "dd/mm/yyyy hh:mm",
        "0.00",
        "General",
      ].map(formatKind),
    ).toEqual(["time", "time", "time", "time-seconds", "time-seconds", "date", "number", "number"]);
    expect(serialToTime(0.5, false)).toBe("12:00");
    expect(serialToTime(0.3541666666, false)).toBe("08:30");
    expect(serialToTime(0.3541782407, true)).toBe("08:30:01");
    expect(serialToTime(1.25, false)).toBe("30:00");
  });
});
