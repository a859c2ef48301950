import { describe, expect, it } from "vitest";
import {
  centsColumn,
  formatDataCell,
  rateOf,
  spreadsheetHeader,
  spreadsheetRows,
  textColumn,
  type DataTable,
} from "@/lib/exports/data-table";

const table: DataTable = {
  key: "t",
  title: "Essai",
  sheetName: "Essai",
  columns: [
    textColumn("Collège"),
    centsColumn("Total"),
    { header: "Taux", kind: "rate" },
    { header: "Élèves", kind: "integer" },
    { header: "Ratio", kind: "decimal" },
  ],
  rows: [
    ["A", 123_456n, 0.4567, 1_234n, 3.25],
    ["B", null, null, null, null],
  ],
};

describe("data tables", () => {
  it("names euros and percents in the spreadsheet header", () => {
    expect(spreadsheetHeader(table)).toEqual([
      "Collège",
      "Total (€)",
      "Taux (%)",
      "Élèves",
      "Ratio",
    ]);
  });

  it("gives the spreadsheet numbers it can compute with: euros, percents to one decimal", () => {
    expect(spreadsheetRows(table)).toEqual([
      ["A", 1_234.56, 45.7, 1_234, 3.25],
      ["B", null, null, null, null],
    ]);
  });

  it("formats cells the French way (one decimal) and says « — » when empty", () => {
    const [a, b] = table.rows;
    expect(
      a!
        .map((v, i) => formatDataCell(v, table.columns[i]!.kind))
        .map((s) => s.replace(/\u202f|\u00a0/g, " ")),
    ).toEqual(["A", "1 234,56 €", "45,7 %", "1 234", "3,3"]);
    expect(formatDataCell(b![1]!, "cents")).toBe("—");
  });

  it("gives a rate to four decimals, none without a whole", () => {
    expect(rateOf(1n, 3n)).toBe(0.3333);
    expect(rateOf(5n, 0n)).toBeNull();
  });
});
