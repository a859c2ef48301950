import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/imports/csv";
import { decodeImportText } from "@/lib/imports/decode-text";
import { oneSheetWorkbook, XLSX_NS } from "@/tests/support/zip-parts";
import { readXlsx } from "./xlsx";

/*
 * Workbooks written by other programs, committed as they came out (tests/fixtures/xlsx/sources/
 * says how each was made): what the reader must handle is what real producers write, not what our
 * own writer writes.
 */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(process.cwd(), "tests", "fixtures", name)));

describe("readXlsx on workbooks written by LibreOffice", () => {
  it("skips the merged title row, reads dates, times, decimals and names outside Windows-1252", async () => {
    // LibreOffice Calc 7.4, `soffice --headless --convert-to xlsx` from sources/libreoffice-titre-fusionne.fods:
    // A1:G1 merged (title), shared strings, « dd/mm/yyyy », « hh:mm » and « #,##0.00 » formats.
    const { header, records } = await readXlsx(fixture("xlsx/libreoffice-titre-fusionne.xlsx"));
    expect(header).toEqual([
      "UAI",
      "Catégorie",
      "Numéro de série",
      "Date d'achat",
      "Heure d'installation",
      "Coût d'achat",
      "Référent",
    ]);
    expect(records).toEqual([
      {
        line: 3,
        values: [
          "0350027P",
          "Portable",
          "LO-FUS-01",
          "2021-09-01",
          "08:30",
          "1129.5",
          "Łukasz Żółć",
        ],
      },
      {
        line: 4,
        values: [
          "0350027P",
          "Vidéoprojecteur",
          "LO-FUS-02",
          "2019-02-28",
          "14:05",
          "689.9",
          "Nguyễn Văn An",
        ],
      },
    ]);
  });

  it("reads a GLPI export saved as XLSX like the GLPI CSV it came from", async () => {
    // tests/fixtures/inventaire-glpi-ordinateurs.csv opened in LibreOffice (« ; », UTF-8) and saved as .xlsx.
    const { header, records } = await readXlsx(fixture("xlsx/libreoffice-glpi-ordinateurs.xlsx"));
    const csv = parseCsv(decodeImportText(fixture("inventaire-glpi-ordinateurs.csv")).text);
    expect(header).toEqual(csv.header);
    expect(records.map((r) => r.line)).toEqual(csv.records.map((r) => r.line));
    // LibreOffice turned « 2025-03-14 10:22 » into a date-time, « 749.00 » into 749; everything else is the same text.
    const modified = header.indexOf("Dernière modification");
    const value = header.indexOf("Informations financières et administratives - Valeur");
    records.forEach((record, r) => {
      const expected = csv.records[r]!.values;
      record.values.forEach((cell, c) => {
        if (c === modified) expect(cell).toBe(expected[c]!.slice(0, 10));
        else if (c === value && /^\d+\.\d+$/.test(expected[c]!))
          expect(Number(cell)).toBe(Number(expected[c]));
        else expect(cell).toBe(expected[c]);
      });
    });
  });
});

describe("readXlsx on a workbook written by openpyxl", () => {
  it("skips the hidden first sheet and the merged title, reads times with seconds and Cyrillic text", async () => {
    // openpyxl 3.0.9 (Debian python3-openpyxl), sources/openpyxl-feuille-masquee.py.
    const { header, records } = await readXlsx(fixture("xlsx/openpyxl-feuille-masquee.xlsx"));
    expect(header).toEqual([
      "UAI",
      "Type de matériel",
      "N° de série",
      "Date d'achat",
      "Heure de passage",
      "Prix d'achat",
    ]);
    expect(records).toEqual([
      { line: 3, values: ["0350027P", "Tablette", "OPX-001", "2024-01-15", "08:30:00", "329.9"] },
      { line: 4, values: ["0350027P", "Portable", "OPX-002", "2023-09-01", "16:45:30", "1249"] },
      { line: 5, values: ["0350027P", "Alexeï « Алексей »", "OPX-003", "", "", ""] },
    ]);
  });
});

describe("readXlsx on XML any parser must accept", () => {
  const { main: MAIN } = XLSX_NS;

  it("reads CDATA sections in shared strings, inline strings and values", async () => {
    const bytes = oneSheetWorkbook(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Note</t></is></c><c r="C1" t="inlineStr"><is><t>N</t></is></c></row>` +
        `<row r="2"><c r="A2" t="s"><v><![CDATA[1]]></v></c><c r="B2" t="inlineStr"><is><t>a <![CDATA[<b>]]> &amp; b</t></is></c><c r="C2"><v><![CDATA[12.5]]></v></c></row></sheetData></worksheet>`,
      {
        parts: {
          "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>Nom</t></si><si><t><![CDATA[Collège <Les Gayeulles> & Cie]]></t></si></sst>`,
        },
      },
    );
    expect(await readXlsx(bytes)).toEqual({
      header: ["Nom", "Note", "N"],
      records: [{ line: 2, values: ["Collège <Les Gayeulles> & Cie", "a <b> & b", "12.5"] }],
    });
  });

  it("refuses XML that is not well formed, naming the part", async () => {
    const bytes = oneSheetWorkbook(
      `<worksheet xmlns="${MAIN}"><sheetData><row><c><v>1</c></row></sheetData></worksheet>`,
    );
    await expect(readXlsx(bytes)).rejects.toThrow(
      "Fichier XLSX illisible : la partie « xl/worksheets/sheet1.xml » n'est pas du XML valide.",
    );
  });
});
