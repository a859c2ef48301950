import { describe, expect, it } from "vitest";
import { readXlsx } from "@/lib/imports/xlsx";
import { spreadsheetExportResponse } from "./download";

const header = ["UAI", "Nom", "Montant", "Ouverture"];
const rows = [
  ["0350027P", "Collège « Les Gayeulles »", 749.9, new Date("2024-09-01T00:00:00Z")],
  ["0220003J", "=SOMME(A1)", null, null],
];

describe("spreadsheetExportResponse", () => {
  it("sends CSV for French spreadsheets", async () => {
    const response = await spreadsheetExportResponse(new URLSearchParams("format=csv"), {
      baseName: "etablissements-35",
      sheetName: "Export",
      header,
      rows,
    });
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="etablissements-35.csv"',
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const text = await response.text();
    expect(text.split("\r\n")).toEqual([
      "UAI;Nom;Montant;Ouverture",
      "0350027P;Collège « Les Gayeulles »;749,9;2024-09-01",
      "0220003J;'=SOMME(A1);;",
      "",
    ]);
  });

  it("sends an XLSX workbook that reads back", async () => {
    const response = await spreadsheetExportResponse(new URLSearchParams("format=xlsx"), {
      baseName: "inventaire 35/2025",
      sheetName: "Inventaire",
      header,
      rows,
    });
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="inventaire-35-2025.xlsx"',
    );
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(await readXlsx(bytes)).toEqual({
      header,
      records: [
        { line: 2, values: ["0350027P", "Collège « Les Gayeulles »", "749.9", "2024-09-01"] },
        // In a workbook text stays text: nothing to neutralise.
        { line: 3, values: ["0220003J", "=SOMME(A1)", "", ""] },
      ],
    });
  });
});
