import { describe, expect, it } from "vitest";
import { foldColumnName, parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads ;-separated UTF-8 with a BOM and numbers the lines", () => {
    const parsed = parseCsv("\uFEFFuai;nom\n0350027P;Les Gayeulles\n\n0220003J;Jules Ferry\n");
    expect(parsed.separator).toBe(";");
    expect(parsed.header).toEqual(["uai", "nom"]);
    expect(parsed.records).toEqual([
      { line: 2, values: ["0350027P", "Les Gayeulles"] },
      { line: 4, values: ["0220003J", "Jules Ferry"] },
    ]);
  });

  it("reads ,-separated files with quotes, doubled quotes, CRLF and multi-line fields", () => {
    const parsed = parseCsv('uai,nom,adresse\r\n0350027P,"Collège ""Les Gayeulles""","1 rue\nRennes"\r\n0220003J,Jules Ferry,\r\n');
    expect(parsed.separator).toBe(",");
    expect(parsed.records[0]).toEqual({ line: 2, values: ["0350027P", 'Collège "Les Gayeulles"', "1 rue\nRennes"] });
    expect(parsed.records[1]).toEqual({ line: 4, values: ["0220003J", "Jules Ferry", ""] });
  });

  it("keeps a separator inside quotes", () => {
    const parsed = parseCsv('a;b\n"x;y";z');
    expect(parsed.records[0]?.values).toEqual(["x;y", "z"]);
  });
});

describe("foldColumnName", () => {
  it("matches renamed columns across annuaire years", () => {
    expect(foldColumnName("Code postal")).toBe(foldColumnName("code_postal"));
    expect(foldColumnName("Numéro du collège")).toBe("numeroducollege");
  });
});
