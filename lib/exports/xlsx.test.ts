import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sanitiseSheetName, toXlsx, toXlsxWorkbook } from "./xlsx";

/*
 * The workbook is written by ExcelJS: these tests check what the export promises (bold, frozen and
 * filterable header, sized columns, numbers and dates as such, Excel's limits, the same bytes for
 * the same input), reading the parts back with fflate and the styles back with ExcelJS's reader.
 */

function parts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const text = (name: string) => new TextDecoder().decode(files[name]);
  return {
    names: Object.keys(files),
    text,
    sheet: text("xl/worksheets/sheet1.xml"),
    strings: text("xl/sharedStrings.xml"),
  };
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("toXlsx", () => {
  it("writes a workbook whose one sheet has the name given", async () => {
    const bytes = await toXlsx("Établissements", ["UAI"], [["0350027P"]]);
    const { names, text } = parts(bytes);
    for (const name of [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ])
      expect(names).toContain(name);
    expect(text("xl/workbook.xml")).toMatch(/<sheet sheetId="1" name="Établissements"/);
    expect(text("[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(text("xl/_rels/workbook.xml.rels")).toContain('Target="worksheets/sheet1.xml"');
  });

  it("makes the header bold, frozen and filterable, and sizes the columns", async () => {
    const bytes = await toXlsx(
      "Export",
      ["UAI", "Nom"],
      [
        ["0350027P", "Collège Les Gayeulles"],
        ["0220003J", null],
      ],
    );
    const { sheet, text } = parts(bytes);
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('<autoFilter ref="A1:B3"/>');
    // The name LibreOffice needs to show the filter buttons (Excel writes it too).
    expect(text("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Export'!$A$1:$B$3</definedName>`,
    );
    expect(sheet).toContain('<col min="1" max="1" width="10" customWidth="1"/>'); // "0350027P" + 2
    expect(sheet).toContain('<col min="2" max="2" width="23" customWidth="1"/>'); // "Collège Les Gayeulles" + 2
    // An empty cell is left out; the row stays.
    expect(sheet).toMatch(/<row r="3"[^>]*><c r="A3" t="s"><v>\d+<\/v><\/c><\/row>/);
    const sheetRead = (await loaded(bytes)).worksheets[0]!;
    expect(sheetRead.getCell("A1").font?.bold).toBe(true);
    expect(sheetRead.getCell("B1").font?.bold).toBe(true);
    expect(sheetRead.getCell("A2").font?.bold).toBeFalsy();
    expect(sheetRead.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes numbers as numbers and dates as dated serials (UTC calendar day)", async () => {
    const bytes = await toXlsx(
      "E",
      ["n", "d"],
      [
        [749.9, new Date("2024-09-01T00:00:00Z")],
        [-3, new Date("1900-03-01T00:00:00Z")],
        [Number.NaN, new Date("invalid")],
        [0, new Date("1899-12-31T00:00:00Z")],
        [1, new Date("2024-09-01T22:30:00Z")],
      ],
    );
    const { sheet, strings, text } = parts(bytes);
    const style = /<c r="B2" s="(\d+)"><v>45536<\/v><\/c>/.exec(sheet)?.[1];
    expect(sheet).toContain(`<c r="A2"><v>749.9</v></c><c r="B2" s="${style}"><v>45536</v></c>`);
    expect(sheet).toContain(`<c r="A3"><v>-3</v></c><c r="B3" s="${style}"><v>61</v></c>`);
    // Neither NaN nor an invalid date is written.
    expect(sheet).not.toContain('r="A4"');
    expect(sheet).not.toContain('r="B4"');
    // Before Excel's fictional 1900-02-29 a serial would be ambiguous: the date is written as text.
    expect(sheet).toMatch(/<c r="A5"><v>0<\/v><\/c><c r="B5" t="s"><v>\d+<\/v><\/c>/);
    expect(strings).toContain("<t>1899-12-31</t>");
    // The calendar day, not the time of day.
    expect(sheet).toContain(`<c r="B6" s="${style}"><v>45536</v></c>`);
    // The date style is Excel's built-in short date (14), shown in the reader's own format (jj/mm/aaaa in French).
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/
      .exec(text("xl/styles.xml"))![1]!
      .match(/<xf [^>]*>/g)!;
    expect(xfs[Number(style)]).toContain('numFmtId="14"');
  });

  it("escapes XML, drops characters XML forbids and keeps spaces and line breaks", async () => {
    const bytes = await toXlsx(
      "E",
      ["a"],
      [['<b>&"x"\'\u0001\u001f\uFFFE'], [" a\r\nb "], ["_x0041_"], ["😀\uD800"], ["c\rd"]],
    );
    const { strings } = parts(bytes);
    expect(strings).toContain("<t>&lt;b&gt;&amp;&quot;x&quot;&apos;</t>");
    // Line breaks as Excel writes them (LF); an XML reader would turn a bare CR into LF anyway.
    expect(strings).toContain('<t xml:space="preserve"> a\nb </t>');
    expect(strings).toContain('<t xml:space="preserve">c\nd</t>');
    expect(strings).toContain("<t>_x005F_x0041_</t>");
    expect(strings).toContain("<t>😀</t>");
    const read = (await loaded(bytes)).worksheets[0]!;
    expect(read.getCell("A2").value).toBe('<b>&"x"\'');
    expect(read.getCell("A3").value).toBe(" a\nb ");
  });

  it("keeps texts within Excel's 32,767 characters", async () => {
    const { strings } = parts(await toXlsx("E", ["a"], [["x".repeat(40_000)]]));
    expect(strings).toContain(`<t>${"x".repeat(32_767)}</t>`);
    expect(strings).not.toContain("x".repeat(32_768));
  });

  it("gives the same bytes for the same input, whenever it is written", async () => {
    const rows = [
      ["a", 1, new Date("2024-01-02T00:00:00Z")],
      [null, 2.5, undefined],
    ];
    const first = await toXlsx("S", ["x", "y", "z"], rows);
    // ExcelJS stamps the document properties and its ZIP entries with the current time.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-07-14T12:34:56Z"));
    const later = await toXlsx("S", ["x", "y", "z"], rows);
    expect(Buffer.from(later).equals(Buffer.from(first))).toBe(true);
    expect(parts(first).text("docProps/core.xml")).toContain("1980-01-01T00:00:00Z");
  });

  it("handles an empty list and rows longer than the header", async () => {
    expect(parts(await toXlsx("E", ["a", "b"], [])).sheet).toContain('<autoFilter ref="A1:B1"/>');
    const { sheet } = parts(await toXlsx("E", ["a"], [["x", "y"]]));
    expect(sheet).toMatch(/<c r="B2" t="s"><v>\d+<\/v><\/c>/);
    expect(sheet).toContain('<col min="1" max="2" width="8" customWidth="1"/>');
    expect(sheet).toContain('<autoFilter ref="A1:A2"/>');
  });
});

describe("toXlsxWorkbook", () => {
  it("writes one sheet per table, each with its own header, filter and relationship", async () => {
    const bytes = await toXlsxWorkbook([
      {
        name: "Chapitres",
        header: ["Chapitre", "Voté (€)"],
        rows: [
          ["21", 59_000],
          ["011", 32_000.5],
        ],
      },
      { name: "Évolution", header: ["Exercice"], rows: [[2025], [2026], [2027]] },
      { name: "chapitres", header: [], rows: [] },
    ]);
    const { names, text } = parts(bytes);
    for (const n of [1, 2, 3]) expect(names).toContain(`xl/worksheets/sheet${n}.xml`);
    // Sheet names are unique whatever their case.
    expect(text("xl/workbook.xml")).toMatch(
      /<sheets><sheet sheetId="1" name="Chapitres"[^>]*\/><sheet sheetId="2" name="Évolution"[^>]*\/><sheet sheetId="3" name="chapitres \(2\)"[^>]*\/><\/sheets>/,
    );
    const rels = text("xl/_rels/workbook.xml.rels");
    for (const n of [1, 2, 3]) expect(rels).toContain(`Target="worksheets/sheet${n}.xml"`);
    expect(rels).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"',
    );
    const types = text("[Content_Types].xml");
    for (const n of [1, 2, 3]) expect(types).toContain(`PartName="/xl/worksheets/sheet${n}.xml"`);
    expect(text("xl/worksheets/sheet1.xml")).toContain('<autoFilter ref="A1:B3"/>');
    expect(text("xl/worksheets/sheet1.xml")).toContain('<c r="B3"><v>32000.5</v></c>');
    expect(text("xl/worksheets/sheet2.xml")).toContain('<autoFilter ref="A1:A4"/>');
    expect(text("xl/worksheets/sheet2.xml")).toContain('<c r="A4"><v>2027</v></c>');
    expect(text("xl/worksheets/sheet3.xml")).not.toContain("<autoFilter");
    const workbook = text("xl/workbook.xml");
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Chapitres'!$A$1:$B$3</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Évolution'!$A$1:$A$4</definedName>`,
    );
    expect(workbook).not.toContain('localSheetId="2"');
  });

  it("gives toXlsx's bytes for one sheet, and one empty sheet for none", async () => {
    const rows = [["0350027P", 400]];
    expect(
      Buffer.from(
        await toXlsxWorkbook([{ name: "Export", header: ["UAI", "Élèves"], rows }]),
      ).equals(Buffer.from(await toXlsx("Export", ["UAI", "Élèves"], rows))),
    ).toBe(true);
    const empty = parts(await toXlsxWorkbook([]));
    expect(empty.names).toContain("xl/worksheets/sheet1.xml");
    expect(empty.text("xl/workbook.xml")).toMatch(/<sheet sheetId="1" name="Feuille1"/);
  });
});

describe("sanitiseSheetName", () => {
  it("keeps what Excel accepts", () => {
    expect(sanitiseSheetName("Inventaire 2025")).toBe("Inventaire 2025");
    expect(sanitiseSheetName("Mon: export/test [1]*?\\")).toBe("Mon export test 1");
    expect(sanitiseSheetName("'cité'")).toBe("cité");
    expect(sanitiseSheetName("Un nom de feuille beaucoup trop long pour Excel")).toBe(
      "Un nom de feuille beaucoup trop",
    );
    expect(sanitiseSheetName("[]")).toBe("Feuille1");
    expect(sanitiseSheetName("History")).toBe("Historique");
  });
});
