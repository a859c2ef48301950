import { strToU8, zipSync, type Zippable } from "fflate";

/** A ZIP of the given parts, written by fflate: workbooks built by hand, as another producer (or an attacker) would. */
export function zipParts(
  entries: readonly {
    name: string;
    data: string | Uint8Array;
    level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  }[],
): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries)
    files[entry.name] = [
      typeof entry.data === "string" ? strToU8(entry.data) : entry.data,
      { level: entry.level ?? 6 },
    ];
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

/** The namespaces of SpreadsheetML parts, for workbooks written by hand in tests. */
export const XLSX_NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

/**
 * The smallest workbook a reader accepts: one sheet `xl/worksheets/sheet1.xml` holding `sheetXml`,
 * plus the other parts given (shared strings, styles…, related from the workbook when named
 * `xl/sharedStrings.xml` or `xl/styles.xml`). `level` deflates the sheet (9 for a zip bomb).
 */
export function oneSheetWorkbook(
  sheetXml: string,
  options: { level?: 0 | 1 | 6 | 9; parts?: Record<string, string> } = {},
): Uint8Array {
  const { main, rel, pkg } = XLSX_NS;
  const parts = options.parts ?? {};
  const related = [
    ["sharedStrings", "xl/sharedStrings.xml"],
    ["styles", "xl/styles.xml"],
  ].filter(([, name]) => name! in parts);
  return zipParts([
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        related
          .map(
            ([type, name], i) =>
              `<Relationship Id="rId${i + 2}" Type="${rel}/${type}" Target="${name!.slice(3)}"/>`,
          )
          .join("") +
        "</Relationships>",
    },
    ...Object.entries(parts).map(([name, data]) => ({ name, data })),
    { name: "xl/worksheets/sheet1.xml", data: sheetXml, level: options.level ?? 6 },
  ]);
}

/** A workbook as another program would write it: parts given by hand (name → XML), zipped by fflate. */
export function workbookOf(files: Record<string, string>): Uint8Array {
  return zipParts(Object.entries(files).map(([name, data]) => ({ name, data })));
}
