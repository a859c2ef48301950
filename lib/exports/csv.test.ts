import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes ;-separated UTF-8 with a BOM and CRLF", () => {
    expect(toCsv(["uai", "nom"], [["0350027P", "Collège Les Gayeulles"]])).toBe(
      "\uFEFFuai;nom\r\n0350027P;Collège Les Gayeulles\r\n",
    );
  });

  it("quotes separators, quotes and line breaks, and neutralises formulas", () => {
    expect(
      toCsv(["a"], [['Dit "X"; Y'], ["=1+1"], [null], [new Date("2024-09-01T00:00:00Z")]]),
    ).toBe('\uFEFFa\r\n"Dit ""X""; Y"\r\n\'=1+1\r\n\r\n2024-09-01\r\n');
  });
});
