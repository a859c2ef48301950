import { describe, expect, it } from "vitest";
import { toXlsx } from "@/lib/exports/xlsx";
import { decodeCsvText, readInventoryFile } from "./read-inventory-file";

describe("readInventoryFile", () => {
  it("reads UTF-8 CSV with a BOM and numbered lines", async () => {
    const bytes = new TextEncoder().encode(
      "\ufeffUAI;Catégorie\r\n0350027P;Tablette\r\n\r\n0350913C;Écran interactif\r\n",
    );
    const file = await readInventoryFile(bytes);
    expect(file.format).toBe("CSV");
    expect(file.header).toEqual(["UAI", "Catégorie"]);
    expect(file.records).toEqual([
      { line: 2, values: ["0350027P", "Tablette"] },
      { line: 4, values: ["0350913C", "Écran interactif"] },
    ]);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("decodes a Windows-1252 CSV (Excel's « CSV ») when the bytes are not UTF-8", async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from("UAI;Cat"),
      0xe9,
      0x67,
      0x6f,
      0x72,
      0x69,
      0x65,
      0x0a,
      ...Buffer.from("0350027P;Vid"),
      0xe9,
      0x6f,
      0x0a,
    ]);
    expect(decodeCsvText(bytes)).toBe("UAI;Catégorie\n0350027P;Vidéo\n");
    expect((await readInventoryFile(bytes)).header).toEqual(["UAI", "Catégorie"]);
  });

  it("reads an XLSX workbook by its content, whatever its name", async () => {
    const bytes = await toXlsx(
      "Inventaire",
      ["UAI", "Catégorie", "Date d'achat", "Coût"],
      [["0350027P", "Tablette", new Date(Date.UTC(2023, 0, 20)), 329.5]],
    );
    const file = await readInventoryFile(bytes);
    expect(file.format).toBe("XLSX");
    expect(file.header).toEqual(["UAI", "Catégorie", "Date d'achat", "Coût"]);
    expect(file.records).toEqual([
      { line: 2, values: ["0350027P", "Tablette", "2023-01-20", "329.5"] },
    ]);
  });

  it("refuses an empty file, a file without rows, and a broken workbook, in French", async () => {
    await expect(readInventoryFile(new Uint8Array())).rejects.toThrow("Le fichier est vide.");
    await expect(readInventoryFile(new TextEncoder().encode("UAI;Catégorie\n"))).rejects.toThrow(
      /aucune ligne/,
    );
    await expect(
      readInventoryFile(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
    ).rejects.toThrow(/XLSX/);
  });
});
