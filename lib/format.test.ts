import { describe, expect, it } from "vitest";
import { formatCents, formatDate, formatInteger, plural, these } from "./format";

// Intl writes a narrow no-break space (U+202F) between thousands and before €.
const normalise = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

describe("French formats", () => {
  it("formats integers and cents", () => {
    expect(normalise(formatInteger(7654))).toBe("7 654");
    expect(normalise(formatCents(123456789))).toBe("1 234 567,89 €");
  });

  it("formats dates in Europe/Paris", () => {
    expect(formatDate(new Date("2024-09-01T00:00:00Z"))).toBe("1er septembre 2024");
    expect(formatDate(new Date("2027-01-01T00:00:00Z"))).toBe("1er janvier 2027");
    expect(formatDate(new Date("2024-09-11T00:00:00Z"))).toBe("11 septembre 2024");
    expect(formatDate(new Date("2024-09-21T00:00:00Z"))).toBe("21 septembre 2024");
    expect(formatDate(null)).toBe("—");
  });

  it("agrees in number", () => {
    expect(plural(1, "collège")).toBe("1 collège");
    expect(normalise(plural(117, "collège"))).toBe("117 collèges");
    expect(these(1, "cet incident", "incident")).toBe("cet incident");
    expect(normalise(these(1234, "cette ligne", "ligne"))).toBe("ces 1 234 lignes");
  });
});
