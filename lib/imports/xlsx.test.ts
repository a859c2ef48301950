import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { columnLetters, toXlsx } from "@/lib/exports/xlsx";
import { zipParts } from "@/tests/support/zip-parts";
import { isDateFormatCode, readXlsx } from "./xlsx";
import { formatKind, plainNumber, serialToIsoDate, serialToTime } from "./xlsx-values";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

async function errorOf(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

/** A workbook as another program would write it: parts given by hand, zipped by our writer. */
function workbookOf(files: Record<string, string>): Uint8Array {
  return zipParts(Object.entries(files).map(([name, data]) => ({ name, data })));
}

const SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="${MAIN}" count="9" uniqueCount="9">
  <si><t>UAI</t></si>
  <si><t xml:space="preserve"> Nom du collège </t></si>
  <si><t>Date d'achat</t></si>
  <si><r><rPr><b/><sz val="11"/></rPr><t>Mise en </t></r><r><t>service</t></r></si>
  <si><t>Montant</t></si>
  <si><t>Collège &quot;Les Gayeulles&quot; &amp; Cie &#233;&#x2014;</t></si>
  <si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></si>
  <si><t/></si>
  <si><t>Ligne_x000A_deux</t></si>
</sst>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="${MAIN}">
  <numFmts count="3">
    <numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>
    <numFmt numFmtId="165" formatCode="0.00&quot; m²&quot;"/>
    <numFmt numFmtId="166" formatCode="[$-40C]d\\ mmmm\\ yyyy"/>
  </numFmts>
  <fonts count="1"><font/></fonts>
  <cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="5">
    <xf numFmtId="0" fontId="0" xfId="0"/>
    <xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf>
    <xf numFmtId="165" fontId="0" xfId="0" applyNumberFormat="1"/>
    <xf numFmtId="166" fontId="0" xfId="0" applyNumberFormat="1"/>
  </cellXfs>
</styleSheet>`;

/** The sheet listed first in the workbook, stored as sheet2.xml. */
const DATA_SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}">
  <dimension ref="A3:F8"/>
  <sheetData>
    <row r="1"/>
    <row r="2"><c r="A2" s="1"/></row>
    <row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" t="s"><v>3</v></c><c r="E3" t="s"><v>4</v></c><c r="F3" t="inlineStr"><is><t>Actif</t></is></c></row>
    <row r="4" spans="1:6"><c r="A4" t="str"><f>UPPER("0350027p")</f><v>0350027P</v></c><c r="B4" t="s"><v>5</v></c><c r="C4" s="1"><v>45536</v></c><c r="D4" s="2"><v>45688</v></c><c r="E4" s="3"><v>749.89999999999998</v></c><c r="F4" t="b"><v>1</v></c></row>
    <row r="5"><c r="A5" t="inlineStr"><is><r><t>0220</t></r><r><t>003J</t></r></is></c><c r="C5" s="4"><v>45170.75</v></c><c r="E5"><v>1.5E-7</v></c><c r="F5" t="b"><v>0</v></c></row>
    <row r="6"><c r="A6" t="s"><v>7</v></c><c r="B6" s="1"/></row>
    <row r="7"><c r="A7" t="s"><v>6</v></c><c r="B7" t="e"><v>#N/A</v></c><c t="s"><v>8</v></c><c r="H7"><v>1234</v></c></row>
    <row><c r="A8"><v>-0</v></c><c r="B8" t="inlineStr"><is><t>&lt;b&gt; &amp; &apos;x&apos;</t></is></c></row>
  </sheetData>
  <mergeCells count="0"/>
</worksheet>`;

const OTHER_SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mauvaise feuille</t></is></c></row></sheetData></worksheet>`;

function handBuiltWorkbook({ date1904 }: { date1904: boolean }): Uint8Array {
  return workbookOf({
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}">
  ${date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="124226"/>'}
  <bookViews><workbookView activeTab="1"/></bookViews>
  <sheets><sheet name="Données" sheetId="2" r:id="rId7"/><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets>
</workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="${PKG}">
  <Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId7" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>
  <Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>
  <Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/>
</Relationships>`,
    "xl/sharedStrings.xml": SHARED_STRINGS,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": OTHER_SHEET,
    "xl/worksheets/sheet2.xml": DATA_SHEET,
  });
}

describe("readXlsx on a workbook written by another program", () => {
  it("reads the first sheet in workbook order, with shared strings, styles and gaps", async () => {
    const { header, records } = await readXlsx(handBuiltWorkbook({ date1904: false }));
    expect(header).toEqual([
      "UAI",
      "Nom du collège",
      "Date d'achat",
      "Mise en service",
      "Montant",
      "Actif",
    ]);
    expect(records).toEqual([
      {
        line: 4,
        values: [
          "0350027P",
          'Collège "Les Gayeulles" & Cie é—',
          "2024-09-01",
          "2025-01-31",
          "749.9",
          "true",
        ],
      },
      { line: 5, values: ["0220003J", "", "2023-09-01", "", "0.00000015", "false"] },
      { line: 7, values: ["漢字", "#N/A", "Ligne\ndeux", "", "", "", "", "1234"] },
      { line: 8, values: ["0", "<b> & 'x'", "", "", "", ""] },
    ]);
  });

  it("honours the 1904 date system", async () => {
    const { records } = await readXlsx(handBuiltWorkbook({ date1904: true }));
    expect(records[0]!.values.slice(2, 4)).toEqual(["2028-09-02", "2029-02-01"]);
    expect(records[1]!.values[2]).toBe("2027-09-02");
  });

  it("reads parts written with a namespace prefix and without a root relationships part", async () => {
    const bytes = workbookOf({
      "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="A" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/feuille.xml"/></Relationships>`,
      "xl/worksheets/feuille.xml": `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nom</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>N</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="B2"><x:v>12</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect(await readXlsx(bytes)).toEqual({
      header: ["Nom", "N"],
      records: [{ line: 2, values: ["a", "12"] }],
    });
  });

  it("skips blank rows however far right their cells sit, and refuses cells beyond column XFD", async () => {
    const sheetWith = (rows: string) =>
      workbookOf({
        "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
        "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
      });
    const blank = `<row r="2"><c r="XFD2" t="inlineStr"><is><t>   </t></is></c></row>`;
    expect(
      await readXlsx(
        sheetWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>${blank}`),
      ),
    ).toEqual({ header: ["a"], records: [] });
    expect(
      (await errorOf(() => readXlsx(sheetWith(`<row r="1"><c r="XFE1"><v>1</v></c></row>`))))
        .message,
    ).toBe("Fichier XLSX illisible : la cellule XFE1 dépasse la dernière colonne d'Excel.");
  });

  it("returns nothing for an empty sheet", async () => {
    const bytes = workbookOf({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
    });
    expect(await readXlsx(bytes)).toEqual({ header: [], records: [] });
  });
});

describe("readXlsx refuses what is not a workbook, in French", () => {
  it("rejects a CSV file", async () => {
    const error = await errorOf(() =>
      readXlsx(new TextEncoder().encode("UAI;Nom\n0350027P;Collège\n")),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe(
      "Fichier XLSX illisible : ce fichier n'est pas un classeur Excel (.xlsx).",
    );
  });

  it("names an old .xls workbook", async () => {
    const bytes = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(600).fill(0),
    ]);
    expect((await errorOf(() => readXlsx(bytes))).message).toBe(
      "Fichier XLSX illisible : c'est un ancien classeur Excel (.xls) ; enregistrez-le au format .xlsx puis recommencez.",
    );
  });

  it("rejects a ZIP that holds no workbook", async () => {
    expect((await errorOf(() => readXlsx(workbookOf({ "a.txt": "x" })))).message).toBe(
      "Fichier XLSX illisible : ce fichier n'est pas un classeur Excel (.xlsx).",
    );
  });

  it("rejects a workbook without sheets", async () => {
    const bytes = workbookOf({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets/></workbook>`,
    });
    expect((await errorOf(() => readXlsx(bytes))).message).toBe(
      "Fichier XLSX illisible : le classeur ne contient aucune feuille.",
    );
  });

  it("rejects a workbook whose sheet part is missing", async () => {
    const bytes = workbookOf({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    });
    expect((await errorOf(() => readXlsx(bytes))).message).toBe(
      "Fichier XLSX illisible : la feuille « xl/worksheets/sheet1.xml » est absente de l'archive.",
    );
  });

  it("rejects an archive whose sheet data is damaged", async () => {
    const bytes = toXlsx(
      "A",
      ["a"],
      Array.from({ length: 2000 }, (_, i) => [`valeur ${i}`]),
    );
    // Damage the middle of the archive (inside the compressed sheet), keeping its directory intact.
    for (let i = 0; i < 64; i += 1) bytes[Math.floor(bytes.length / 2) + i] = 0xff;
    expect((await errorOf(() => readXlsx(bytes))).message).toMatch(/^Fichier XLSX illisible : /);
  });
});

describe("readXlsx ← toXlsx", () => {
  it("reads back what the writer wrote", async () => {
    const rows = [
      [
        "0350027P",
        "Collège « Les Gayeulles » – élèves",
        749.9,
        new Date("2024-09-01T00:00:00Z"),
        null,
        "Dit \"X\" <&> 'y'",
      ],
      ["0220003J", "", 1234, undefined, "présent", " espaces "],
      [null, null, null, null, null, null],
      ["0140041U", "Ligne 1\nLigne 2", -0.5, new Date("2000-02-29T15:00:00Z"), "_x0041_", "=1+1"],
    ];
    const { header, records } = await readXlsx(
      toXlsx("Inventaire", [" UAI ", "Nom", "Montant", "Date", "Vide", "Note"], rows),
    );
    expect(header).toEqual(["UAI", "Nom", "Montant", "Date", "Vide", "Note"]);
    expect(records).toEqual([
      {
        line: 2,
        values: [
          "0350027P",
          "Collège « Les Gayeulles » – élèves",
          "749.9",
          "2024-09-01",
          "",
          "Dit \"X\" <&> 'y'",
        ],
      },
      { line: 3, values: ["0220003J", "", "1234", "", "présent", " espaces "] },
      {
        line: 5,
        values: ["0140041U", "Ligne 1\nLigne 2", "-0.5", "2000-02-29", "_x0041_", "=1+1"],
      },
    ]);
  });

  it("reads 100,000 rows × 15 columns quickly (timings printed)", async () => {
    const header = Array.from({ length: 15 }, (_, i) => `Colonne ${i + 1}`);
    const rows = Array.from({ length: 100_000 }, (_, r) =>
      Array.from({ length: 15 }, (_, c) =>
        c % 5 === 0
          ? `Collège n°${r} « é »`
          : c % 5 === 1
            ? r * 1.25 + c
            : c % 5 === 2
              ? new Date(Date.UTC(2020, 0, 1 + (r % 1000)))
              : c % 5 === 3
                ? `SN-${r}-${c}`
                : r,
      ),
    );
    // CPU time next to wall time: on a busy machine the wall clock says little.
    const cpuMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const timed = async <T>(run: () => T | Promise<T>): Promise<[T, string]> => {
      const [wall, cpu] = [performance.now(), cpuMs()];
      const result = await run();
      return [
        result,
        `${(performance.now() - wall).toFixed(0)} ms (processeur ${(cpuMs() - cpu).toFixed(0)} ms)`,
      ];
    };
    const [bytes, writeTime] = await timed(() => toXlsx("Perf", header, rows));
    const [read, readTime] = await timed(() => readXlsx(bytes));
    expect(read.records).toHaveLength(100_000);
    expect(read.records[99_999]!.values.slice(0, 4)).toEqual([
      "Collège n°99999 « é »",
      "124999.75",
      "2022-09-26",
      "SN-99999-3",
    ]);

    // The same table through shared strings, as Excel writes it.
    const strings = new Map<string, number>();
    const index = (text: string) =>
      strings.get(text) ?? (strings.set(text, strings.size), strings.size - 1);
    const sheet: string[] = [`<worksheet xmlns="${MAIN}"><sheetData>`];
    [header, ...rows].forEach((row, r) => {
      let line = `<row r="${r + 1}">`;
      row.forEach((value, c) => {
        const ref = `${columnLetters(c)}${r + 1}`;
        if (typeof value === "number") line += `<c r="${ref}"><v>${value}</v></c>`;
        else if (value instanceof Date)
          line += `<c r="${ref}" s="1"><v>${Math.round((value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000)}</v></c>`;
        else line += `<c r="${ref}" t="s"><v>${index(value)}</v></c>`;
      });
      sheet.push(`${line}</row>`);
    });
    sheet.push("</sheetData></worksheet>");
    const sst = [
      `<sst xmlns="${MAIN}">`,
      ...[...strings.keys()].map((text) => `<si><t>${text}</t></si>`),
      "</sst>",
    ].join("");
    const shared = workbookOf({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      "xl/sharedStrings.xml": sst,
      "xl/styles.xml": `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      "xl/worksheets/sheet1.xml": sheet.join(""),
    });
    const [readShared, readSharedTime] = await timed(() => readXlsx(shared));
    expect(readShared.header).toEqual(header);
    // Compared as JSON: a deep equality of 1.5 million strings takes longer than the reading.
    expect(JSON.stringify(readShared.records) === JSON.stringify(read.records)).toBe(true);

    console.log(
      `XLSX 100 000 × 15 : écriture ${writeTime}, ${(bytes.length / 1e6).toFixed(1)} Mo ; lecture ${readTime} ; ` +
        `lecture avec chaînes partagées ${readSharedTime}, ${(shared.length / 1e6).toFixed(1)} Mo`,
    );
  }, 60_000);
});

describe("value helpers", () => {
  it("writes numbers as plain decimals", async () => {
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

  it("converts serials in both date systems, Lotus's 1900-02-29 included", async () => {
    expect(serialToIsoDate(1, false)).toBe("1900-01-01");
    expect(serialToIsoDate(59, false)).toBe("1900-02-28");
    expect(serialToIsoDate(60, false)).toBe("1900-02-29");
    expect(serialToIsoDate(61, false)).toBe("1900-03-01");
    expect(serialToIsoDate(45536.99, false)).toBe("2024-09-01");
    expect(serialToIsoDate(0, true)).toBe("1904-01-01");
    expect(serialToIsoDate(44074, true)).toBe("2024-09-01");
    expect(serialToIsoDate(-1, false)).toBeNull();
  });

  it("recognises date formats", async () => {
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
