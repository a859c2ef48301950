import { describe, expect, it } from "vitest";
import { columnLetters, escapeXml, sanitiseSheetName, toXlsx, toXlsxWorkbook } from "./xlsx";
import { unzipSync } from "fflate";

function parts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const zip = { names: Object.keys(files) };
  const text = (name: string) => new TextDecoder().decode(files[name]);
  return {
    zip,
    text,
    sheet: text("xl/worksheets/sheet1.xml"),
    workbook: text("xl/workbook.xml"),
    styles: text("xl/styles.xml"),
  };
}

describe("toXlsx", () => {
  it("writes the parts of a minimal workbook", () => {
    const { zip, workbook, text } = parts(toXlsx("Établissements", ["UAI"], [["0350027P"]]));
    expect(zip.names).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(workbook).toContain('<sheet name="Établissements" sheetId="1" r:id="rId1"/>');
    expect(text("[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(text("xl/_rels/workbook.xml.rels")).toContain('Target="worksheets/sheet1.xml"');
  });

  it("makes the header bold, frozen and filterable, and sizes the columns", () => {
    const { sheet, styles, workbook } = parts(
      toXlsx(
        "Export",
        ["UAI", "Nom"],
        [
          ["0350027P", "Collège Les Gayeulles"],
          ["0220003J", null],
        ],
      ),
    );
    expect(sheet).toContain(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>UAI</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Nom</t></is></c></row>',
    );
    expect(styles).toContain(
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    );
    expect(styles).toContain("<font><b/>");
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(sheet).toContain('<autoFilter ref="A1:B3"/>');
    expect(sheet).toContain('<dimension ref="A1:B3"/>');
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Export'!$A$1:$B$3</definedName>`,
    );
    expect(sheet).toContain('<col min="1" max="1" width="10" customWidth="1"/>'); // "0350027P" + 2
    expect(sheet).toContain('<col min="2" max="2" width="23" customWidth="1"/>'); // "Collège Les Gayeulles" + 2
    // An empty cell is left out; the row stays.
    expect(sheet).toContain(
      '<row r="3"><c r="A3" t="inlineStr"><is><t>0220003J</t></is></c></row>',
    );
  });

  it("writes numbers as numbers and dates as dated serials (UTC calendar day)", () => {
    const { sheet, styles } = parts(
      toXlsx(
        "E",
        ["n", "d"],
        [
          [749.9, new Date("2024-09-01T00:00:00Z")],
          [-3, new Date("1900-03-01T00:00:00Z")],
          [Number.NaN, new Date("invalid")],
          [0, new Date("1899-12-31T00:00:00Z")],
        ],
      ),
    );
    expect(sheet).toContain('<c r="A2"><v>749.9</v></c><c r="B2" s="2"><v>45536</v></c>');
    expect(sheet).toContain('<c r="A3"><v>-3</v></c><c r="B3" s="2"><v>61</v></c>');
    expect(sheet).toContain('<row r="4"></row>');
    // Before Excel's fictional 1900-02-29 a serial would be ambiguous: the date is written as text.
    expect(sheet).toContain(
      '<c r="A5"><v>0</v></c><c r="B5" t="inlineStr"><is><t>1899-12-31</t></is></c>',
    );
    expect(styles).toContain(
      '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
  });

  it("escapes XML, drops characters XML forbids and keeps spaces and line breaks", () => {
    const { sheet } = parts(
      toXlsx(
        "E",
        ["a"],
        [['<b>&"x"\'\u0001\u001f\uFFFE'], [" a\r\nb "], ["_x0041_"], ["😀\uD800"]],
      ),
    );
    expect(sheet).toContain("<t>&lt;b&gt;&amp;&quot;x&quot;'</t>");
    expect(sheet).toContain('<t xml:space="preserve"> a&#13;\nb </t>');
    expect(sheet).toContain("<t>_x005F_x0041_</t>");
    expect(sheet).toContain("<t>😀</t>");
  });

  it("keeps texts within Excel's 32,767 characters", () => {
    const { sheet } = parts(toXlsx("E", ["a"], [["x".repeat(40_000)]]));
    expect(sheet).toContain(`<t>${"x".repeat(32_767)}</t>`);
    expect(sheet).not.toContain("x".repeat(32_768));
  });

  it("gives the same bytes for the same input", () => {
    const rows = [
      ["a", 1, new Date("2024-01-02T00:00:00Z")],
      [null, 2.5, undefined],
    ];
    expect(
      Buffer.from(toXlsx("S", ["x", "y", "z"], rows)).equals(
        Buffer.from(toXlsx("S", ["x", "y", "z"], rows)),
      ),
    ).toBe(true);
  });

  it("handles an empty list and rows longer than the header", () => {
    expect(parts(toXlsx("E", ["a", "b"], [])).sheet).toContain('<autoFilter ref="A1:B1"/>');
    const { sheet } = parts(toXlsx("E", ["a"], [["x", "y"]]));
    expect(sheet).toContain('<dimension ref="A1:B2"/>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t>y</t></is></c>');
    expect(sheet).toContain('<autoFilter ref="A1:A2"/>');
  });
});

describe("toXlsxWorkbook", () => {
  it("writes one sheet per table, each with its own header, filter and relationship", () => {
    const bytes = toXlsxWorkbook([
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
    const { zip, text } = parts(bytes);
    expect(zip.names).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet3.xml",
    ]);
    const workbook = text("xl/workbook.xml");
    // Sheet names are unique whatever their case.
    expect(workbook).toContain(
      '<sheets><sheet name="Chapitres" sheetId="1" r:id="rId1"/><sheet name="Évolution" sheetId="2" r:id="rId2"/><sheet name="chapitres (2)" sheetId="3" r:id="rId3"/></sheets>',
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Chapitres'!$A$1:$B$3</definedName>`,
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Évolution'!$A$1:$A$4</definedName>`,
    );
    expect(workbook).not.toContain('localSheetId="2"');
    const rels = text("xl/_rels/workbook.xml.rels");
    expect(rels).toContain(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>',
    );
    expect(rels).toContain(
      'Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"',
    );
    const types = text("[Content_Types].xml");
    for (const n of [1, 2, 3]) expect(types).toContain(`PartName="/xl/worksheets/sheet${n}.xml"`);
    expect(text("xl/worksheets/sheet1.xml")).toContain('<c r="B3"><v>32000.5</v></c>');
    expect(text("xl/worksheets/sheet2.xml")).toContain('<autoFilter ref="A1:A4"/>');
    expect(text("xl/worksheets/sheet2.xml")).toContain('<c r="A4"><v>2027</v></c>');
  });

  it("gives toXlsx's bytes for one sheet, and one empty sheet for none", () => {
    const rows = [["0350027P", 400]];
    expect(
      Buffer.from(toXlsxWorkbook([{ name: "Export", header: ["UAI", "Élèves"], rows }])).equals(
        Buffer.from(toXlsx("Export", ["UAI", "Élèves"], rows)),
      ),
    ).toBe(true);
    const empty = parts(toXlsxWorkbook([]));
    expect(empty.zip.names).toContain("xl/worksheets/sheet1.xml");
    expect(empty.workbook).toContain('<sheet name="Feuille1" sheetId="1" r:id="rId1"/>');
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

describe("helpers", () => {
  it("names columns like Excel", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnLetters)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("escapes attribute and element text", () => {
    expect(escapeXml(`a&b<c>d"e`)).toBe("a&amp;b&lt;c&gt;d&quot;e");
    expect(escapeXml("simple")).toBe("simple");
  });
});
