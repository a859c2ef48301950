import { describe, expect, it } from "vitest";
import { foldColumnName, parseCsv, parseCsvAsync } from "./csv";
import { longestPause } from "@/tests/support/event-loop";

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
    const parsed = parseCsv(
      'uai,nom,adresse\r\n0350027P,"Collège ""Les Gayeulles""","1 rue\nRennes"\r\n0220003J,Jules Ferry,\r\n',
    );
    expect(parsed.separator).toBe(",");
    expect(parsed.records[0]).toEqual({
      line: 2,
      values: ["0350027P", 'Collège "Les Gayeulles"', "1 rue\nRennes"],
    });
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

describe("parseCsv on what inventories really hold", () => {
  it("reads an inch mark inside an unquoted field as a character, not the start of a quoted field", async () => {
    const text =
      'UAI;Catégorie;Modèle;Numéro de série\r\n0350027P;ECRAN;Dell 24" P2422H;SN1\r\n0350027P;ECRAN;Dell 27" P2722H;SN2\r\n0350028Z;TNI;Promethean;SN3\r\n';
    for (const parsed of [parseCsv(text), await parseCsvAsync(text)]) {
      expect(parsed.records).toEqual([
        { line: 2, values: ["0350027P", "ECRAN", 'Dell 24" P2422H', "SN1"] },
        { line: 3, values: ["0350027P", "ECRAN", 'Dell 27" P2722H', "SN2"] },
        { line: 4, values: ["0350028Z", "TNI", "Promethean", "SN3"] },
      ]);
    }
  });

  it("refuses, in French with its line, a quoted field that is never closed instead of swallowing the rest", async () => {
    const text = 'UAI;Modèle\n0350027P;"Dell 24\n0350027P;HP\n';
    expect(() => parseCsv(text)).toThrow(
      /^Fichier CSV illisible : un champ ouvert par un guillemet n'est jamais refermé/,
    );
    await expect(parseCsvAsync(text)).rejects.toThrow(/jamais refermé/);
  });

  it("refuses the 1,000,000-column file while reading it, naming the limit", async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(";");
    const text = `${header}\n${"x;".repeat(999_999)}x\n`;
    expect(text.length).toBeGreaterThan(8_000_000);
    const started = performance.now();
    const error: unknown = await parseCsvAsync(text).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect((error as Error).message).toMatch(/500 colonnes|1 Mo/);
    expect(() => parseCsv(text)).toThrow(/500 colonnes|1 Mo/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("refuses a file with more rows than an import allows", () => {
    const text = `a;b\n${"1;2\n".repeat(200_001)}`;
    expect(() => parseCsv(text)).toThrow(/plus de 200\s000 lignes/);
  });

  it("keeps the event loop turning while parsing a large file", async () => {
    const text = `a;b;c;d\n${"0350027P;Portable;HP;SN\n".repeat(300_000 / 2)}`;
    const { result, longest, ticks } = await longestPause(() => parseCsvAsync(text));
    expect(result.status === "fulfilled" && result.value.records).toHaveLength(150_000);
    expect(ticks).toBeGreaterThan(2);
    expect(longest).toBeLessThan(400);
  });
});
