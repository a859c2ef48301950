import { describe, expect, it } from "vitest";
import { toXlsx } from "@/lib/exports/xlsx";
import { oneSheetWorkbook, XLSX_NS, zipParts } from "@/tests/support/zip-parts";
import { readXlsx } from "./xlsx";
import { longestPause } from "@/tests/support/event-loop";

const { main: MAIN } = XLSX_NS;

/**
 * A workbook whose only sheet is `sheetXml`, deflated at the highest level, as an attacker would.
 * fflate deflates in JavaScript: building a 200 MB bomb takes seconds on a busy machine, hence the
 * longer test timeouts; the time the reader takes is asserted inside the tests where it matters.
 */
function workbookWithSheet(sheetXml: string): Uint8Array {
  return oneSheetWorkbook(sheetXml, { level: 9 });
}

describe("readXlsx caps what a workbook may expand to, while inflating", () => {
  it("refuses a zip bomb (a small sheet that expands to 3 million rows) quickly, naming the limit", async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>UAI</t></is></c></row>${"<row><c><v>1</v></c></row>".repeat(3_000_000)}</sheetData></worksheet>`;
    const bomb = workbookWithSheet(sheet);
    expect(bomb.length).toBeLessThan(1_000_000);
    expect(sheet.length / bomb.length).toBeGreaterThan(100);
    const started = performance.now();
    const { result, longest } = await longestPause(() => readXlsx(bomb));
    expect(result.status).toBe("rejected");
    const error = (result as PromiseRejectedResult).reason as Error;
    expect(error.message).toMatch(
      /^Fichier XLSX illisible : le (classeur se décompresse plus de 200 fois|fichier a plus de 200\s000 lignes)/,
    );
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(longest).toBeLessThan(500);
  }, 30_000);

  it("refuses a part that inflates more than 200 times, after a few megabytes, whatever it holds", async () => {
    const bomb = workbookWithSheet(
      `<worksheet xmlns="${MAIN}"><sheetData>${" ".repeat(200_000_000)}</sheetData></worksheet>`,
    );
    expect(bomb.length).toBeLessThan(400_000);
    await expect(readXlsx(bomb)).rejects.toThrow(
      /^Fichier XLSX illisible : le classeur se décompresse plus de 200 fois/,
    );
  }, 30_000);

  it("refuses a sheet of more rows than an import allows, before reading them all", async () => {
    // Distinct row numbers compress like a real sheet (about 10 to 1): the ratio cap lets it through, the row cap does not.
    const rows: string[] = [`<row r="1"><c r="A1" t="inlineStr"><is><t>UAI</t></is></c></row>`];
    for (let r = 2; r <= 260_000; r += 1)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 1_000_003}</v></c></row>`);
    const bytes = workbookWithSheet(
      `<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
    );
    await expect(readXlsx(bytes)).rejects.toThrow(
      /^Fichier XLSX illisible : le fichier a plus de 200\s000 lignes/,
    );
  }, 30_000);

  it("refuses a header row wider than an import allows", async () => {
    const cells = Array.from(
      { length: 600 },
      (_, c) => `<c t="inlineStr"><is><t>c${c}</t></is></c>`,
    ).join("");
    await expect(
      readXlsx(
        workbookWithSheet(
          `<worksheet xmlns="${MAIN}"><sheetData><row>${cells}</row></sheetData></worksheet>`,
        ),
      ),
    ).rejects.toThrow(/le fichier a plus de 500 colonnes/);
  });

  it("refuses an archive of more than 10,000 parts from its directory, before inflating anything", async () => {
    const parts = Array.from({ length: 10_001 }, (_, i) => ({
      name: `xl/media/p${i}.xml`,
      data: "",
      level: 0 as const,
    }));
    await expect(readXlsx(zipParts(parts))).rejects.toThrow(
      "Fichier XLSX illisible : l'archive contient trop de fichiers (plus de 10000).",
    );
  });

  it("lets other requests run while a large real workbook is read", async () => {
    const header = [
      "UAI",
      "Catégorie",
      "Fabricant",
      "Modèle",
      "Numéro de série",
      "Date d'achat",
      "Coût",
    ];
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      "0350027P",
      "Portable",
      "HP",
      `ProBook ${i % 50}`,
      `SN-${i}`,
      new Date(Date.UTC(2022, i % 12, 1 + (i % 28))),
      499 + (i % 100),
    ]);
    const bytes = await toXlsx("Inventaire", header, rows);
    const { result, longest, ticks } = await longestPause(() => readXlsx(bytes));
    expect(result.status).toBe("fulfilled");
    expect(
      (result as PromiseFulfilledResult<Awaited<ReturnType<typeof readXlsx>>>).value.records,
    ).toHaveLength(60_000);
    expect(ticks).toBeGreaterThan(5);
    expect(longest).toBeLessThan(500);
  }, 60_000);
});
