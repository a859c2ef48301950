import { describe, expect, it } from "vitest";
import { toXlsx } from "@/lib/exports/xlsx";
import { columnLetters } from "@/tests/support/column-letters";
import { oneSheetWorkbook, XLSX_NS } from "@/tests/support/zip-parts";
import { readXlsx } from "./xlsx";

const { main: MAIN } = XLSX_NS;

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
      await toXlsx("Inventaire", [" UAI ", "Nom", "Montant", "Date", "Vide", "Note"], rows),
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

  // ExcelJS takes about three times the processor time the hand-written writer took to write the
  // 100,000 rows (printed below): the test's whole budget is larger, what it asserts is unchanged.
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
    const shared = oneSheetWorkbook(sheet.join(""), {
      parts: {
        "xl/sharedStrings.xml": sst,
        "xl/styles.xml": `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      },
    });
    const [readShared, readSharedTime] = await timed(() => readXlsx(shared));
    expect(readShared.header).toEqual(header);
    // Compared as JSON: a deep equality of 1.5 million strings takes longer than the reading.
    expect(JSON.stringify(readShared.records) === JSON.stringify(read.records)).toBe(true);

    console.log(
      `XLSX 100 000 × 15 : écriture ${writeTime}, ${(bytes.length / 1e6).toFixed(1)} Mo ; lecture ${readTime} ; ` +
        `lecture avec chaînes partagées ${readSharedTime}, ${(shared.length / 1e6).toFixed(1)} Mo`,
    );
  }, 180_000);

  it("builds its hand-written sheet with Excel's column names", () => {
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
});
