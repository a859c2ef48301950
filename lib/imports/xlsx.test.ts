import { describe, expect, it } from "vitest";
import { appErrorOf } from "@/tests/support/app-error";
import { oneSheetWorkbook, XLSX_NS, workbookOf } from "@/tests/support/zip-parts";
import { readXlsx } from "./xlsx";

const { main: MAIN, rel: REL, pkg: PKG } = XLSX_NS;

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
      oneSheetWorkbook(`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`);
    const blank = `<row r="2"><c r="XFD2" t="inlineStr"><is><t>   </t></is></c></row>`;
    expect(
      await readXlsx(
        sheetWith(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>${blank}`),
      ),
    ).toEqual({ header: ["a"], records: [] });
    expect(
      (await appErrorOf(() => readXlsx(sheetWith(`<row r="1"><c r="XFE1"><v>1</v></c></row>`))))
        .message,
    ).toBe("Fichier XLSX illisible : la cellule XFE1 dépasse la dernière colonne d'Excel.");
  });

  it("returns nothing for an empty sheet", async () => {
    const bytes = oneSheetWorkbook(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    expect(await readXlsx(bytes)).toEqual({ header: [], records: [] });
  });
});
