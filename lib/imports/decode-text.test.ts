import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeImportText, encodingLine } from "./decode-text";

describe("decodeImportText: one rule for every import", () => {
  const french = "Collège Jean-Macé – salle d’arts plastiques, 1 890 € « œuvre »";

  it("reads Windows-1252 as Windows-1252, not ISO-8859-1: « – », « ’ », « € » and « œ » survive", () => {
    const bytes = new Uint8Array(iconv.encode(french, "windows-1252"));
    expect([...bytes].filter((b) => b >= 0x80 && b <= 0x9f)).toEqual([0x96, 0x92, 0x80, 0x9c]);
    expect(decodeImportText(bytes)).toEqual({ text: french, encoding: "Windows-1252" });
    expect(encodingLine("Windows-1252")).toBe("Encodage lu : Windows-1252 (Excel pour Windows).");
  });

  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeImportText(new TextEncoder().encode(french))).toEqual({
      text: french,
      encoding: "UTF-8",
    });
    expect(
      decodeImportText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(french)])),
    ).toEqual({ text: french, encoding: "UTF-8" });
  });
});
