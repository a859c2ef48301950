import { describe, expect, it } from "vitest";
import { appErrorOf } from "@/tests/support/app-error";
import { toXlsx } from "@/lib/exports/xlsx";
import { XLSX_NS, workbookOf } from "@/tests/support/zip-parts";
import { readXlsx } from "./xlsx";

const { main: MAIN, rel: REL, pkg: PKG } = XLSX_NS;

describe("readXlsx refuses what is not a workbook, in French", () => {
  it("rejects a CSV file", async () => {
    const error = await appErrorOf(() =>
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
      ...new Array<number>(600).fill(0),
    ]);
    expect((await appErrorOf(() => readXlsx(bytes))).message).toBe(
      "Fichier XLSX illisible : c'est un ancien classeur Excel (.xls) ; enregistrez-le au format .xlsx puis recommencez.",
    );
  });

  it("rejects a ZIP that holds no workbook", async () => {
    expect((await appErrorOf(() => readXlsx(workbookOf({ "a.txt": "x" })))).message).toBe(
      "Fichier XLSX illisible : ce fichier n'est pas un classeur Excel (.xlsx).",
    );
  });

  it("rejects a workbook without sheets", async () => {
    const bytes = workbookOf({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets/></workbook>`,
    });
    expect((await appErrorOf(() => readXlsx(bytes))).message).toBe(
      "Fichier XLSX illisible : le classeur ne contient aucune feuille.",
    );
  });

  it("rejects a workbook whose sheet part is missing", async () => {
    const bytes = workbookOf({
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    });
    expect((await appErrorOf(() => readXlsx(bytes))).message).toBe(
      "Fichier XLSX illisible : la feuille « xl/worksheets/sheet1.xml » est absente de l'archive.",
    );
  });

  it("rejects an archive whose sheet data is damaged", async () => {
    const bytes = await toXlsx(
      "A",
      ["a"],
      Array.from({ length: 2000 }, (_, i) => [`valeur ${i}`]),
    );
    // Damage the middle of the archive (inside the compressed sheet), keeping its directory intact.
    for (let i = 0; i < 64; i += 1) bytes[Math.floor(bytes.length / 2) + i] = 0xff;
    expect((await appErrorOf(() => readXlsx(bytes))).message).toMatch(/^Fichier XLSX illisible : /);
  });
});
