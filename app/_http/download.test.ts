import { describe, expect, it } from "vitest";
import { readXlsx } from "@/lib/imports/xlsx";
import { spreadsheetExportResponse } from "./download";

const header = ["UAI", "Nom", "Montant", "Ouverture"];
const rows = [
  ["0350027P", "Collège « Les Gayeulles »", 749.9, new Date("2024-09-01T00:00:00Z")],
  ["0220003J", "=SOMME(A1)", null, null],
];

/** The download of the table above as `format`, after checking its headers name `filename`. */
async function download(
  [format, baseName, sheetName]: [string, string, string],
  contentType: string,
  filename: string,
) {
  const search = new URLSearchParams({ format });
  const response = await spreadsheetExportResponse(search, { baseName, sheetName, header, rows });
  expect(response.headers.get("Content-Type")).toBe(contentType);
  expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="${filename}"`);
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  return response;
}

describe("spreadsheetExportResponse", () => {
  it("sends CSV for French spreadsheets", async () => {
    const response = await download(
      ["csv", "etablissements-35", "Export"],
      "text/csv; charset=utf-8",
      "etablissements-35.csv",
    );
    const text = await response.text();
    expect(text.split("\r\n")).toEqual([
      "UAI;Nom;Montant;Ouverture",
      "0350027P;Collège « Les Gayeulles »;749,9;2024-09-01",
      "0220003J;'=SOMME(A1);;",
      "",
    ]);
  });

  it("sends an XLSX workbook that reads back", async () => {
    const response = await download(
      ["xlsx", "inventaire 35/2025", "Inventaire"],
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "inventaire-35-2025.xlsx",
    );
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
