import { describe, expect, it } from "vitest";
import { readXlsx } from "@/lib/imports/xlsx";
import { exportFormatOf, spreadsheetFile } from "./spreadsheet";

const header = ["UAI", "Nom", "Montant", "Ouverture"];
const rows = [
  ["0350027P", "Collège « Les Gayeulles »", 749.9, new Date("2024-09-01T00:00:00Z")],
  ["0220003J", "=SOMME(A1)", null, null],
];

describe("exportFormatOf", () => {
  it("asks for XLSX only when told, CSV otherwise", () => {
    expect(exportFormatOf(new URLSearchParams("format=xlsx"))).toBe("xlsx");
    expect(exportFormatOf(new URLSearchParams("format=csv"))).toBe("csv");
    expect(exportFormatOf(new URLSearchParams("format=pdf"))).toBe("csv");
    expect(exportFormatOf(new URLSearchParams(""))).toBe("csv");
  });
});

describe("spreadsheetFile", () => {
  it("describes the file without HTTP: name, type and content", async () => {
    const csv = await spreadsheetFile("csv", "écarts 35/2025", header, rows);
    expect(csv.filename).toBe("-carts-35-2025.csv");
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.body).toBe(
      "\uFEFFUAI;Nom;Montant;Ouverture\r\n0350027P;Collège « Les Gayeulles »;749,9;2024-09-01\r\n0220003J;'=SOMME(A1);;\r\n",
    );
    const xlsx = await spreadsheetFile("xlsx", "inventaire", header, rows);
    expect(xlsx.filename).toBe("inventaire.xlsx");
    expect(xlsx.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect((await readXlsx(xlsx.body as Uint8Array)).header).toEqual(header);
  });
});
