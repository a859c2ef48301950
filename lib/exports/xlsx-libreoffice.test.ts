import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toXlsxWorkbook } from "./xlsx";

/*
 * The workbook we write, read by another program: LibreOffice Calc, headless, set to French,
 * converts it to CSV (what a French user sees in each cell) and to flat ODS (what it understood:
 * values, dates, bold header, filter). `scripts/ensure-tool.mjs` installs Debian's
 * libreoffice-calc-nogui when `soffice` is missing (as root), or stops with a French message.
 */

let dir = "";

/** Runs LibreOffice on `in.xlsx` with a profile of its own (French locale), into `out/`. */
function convert(format: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      `${dir}/out`,
      `${dir}/in.xlsx`,
    ],
    // File names in UTF-8 whatever the machine's locale; the French formats come from the profile.
    { stdio: "ignore", timeout: 120_000, env: { ...process.env, LC_ALL: "C.UTF-8" } },
  );
}

const output = (name: string) => readFileSync(path.join(dir, "out", name), "utf8");

beforeAll(async () => {
  execFileSync("node", ["scripts/ensure-tool.mjs", "soffice", "libreoffice-calc-nogui"], {
    stdio: "inherit",
  });
  dir = mkdtempSync(path.join(tmpdir(), "xlsx-libreoffice-"));
  const user = path.join(dir, "profile", "user");
  execFileSync("mkdir", ["-p", user]);
  writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>fr-FR</value></prop></item>
</oor:items>
`,
  );
  const bytes = await toXlsxWorkbook([
    {
      name: "Inventaire",
      header: ["UAI", "Nom", "Montant", "Achat", "Vide", "Note"],
      rows: [
        [
          "0350027P",
          "Collège « Les Gayeulles » – Łukasz Żółć, Алексей",
          749.9,
          new Date("2024-09-01T00:00:00Z"),
          null,
          'Dit "X"; <&>',
        ],
        [
          "0220003J",
          "Ligne 1\nLigne 2",
          -1234567.25,
          new Date("2000-02-29T15:00:00Z"),
          null,
          "=1+1",
        ],
        [null, null, 0.1, null, null, "_x0041_"],
      ],
    },
    {
      name: "Évolution",
      header: ["Exercice", "Voté (€)"],
      rows: [
        [2025, 59_000],
        [2026, 32_000.5],
      ],
    },
  ]);
  writeFileSync(path.join(dir, "in.xlsx"), bytes);
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("an exported workbook read by LibreOffice Calc (French)", () => {
  it("shows every sheet's cells as written, numbers and dates in French formats", () => {
    // « ; », « " », UTF-8, from line 1; the last token asks for every sheet, one file each.
    convert("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1");
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual([
      "in-Inventaire.csv",
      "in-Évolution.csv",
    ]);
    expect(output("in-Inventaire.csv")).toBe(
      [
        "UAI;Nom;Montant;Achat;Vide;Note",
        '0350027P;Collège « Les Gayeulles » – Łukasz Żółć, Алексей;749,9;01/09/2024;;"Dit ""X""; <&>"',
        // A text starting with « = » stays text: LibreOffice does not compute it.
        '0220003J;"Ligne 1\nLigne 2";-1234567,25;29/02/2000;;=1+1',
        ";;0,1;;;_x0041_",
        "",
      ].join("\n"),
    );
    expect(output("in-Évolution.csv")).toBe("Exercice;Voté (€)\n2025;59000\n2026;32000,5\n");
  }, 120_000);

  it("understands dates as dates, the header as bold and the filter on the header", () => {
    convert("fods");
    const ods = output("in.fods");
    expect(ods).toContain('table:name="Inventaire"');
    expect(ods).toContain('table:name="Évolution"');
    expect(ods).toContain('office:value-type="date" office:date-value="2024-09-01"');
    expect(ods).toContain('office:value-type="float" office:value="-1234567.25"');
    // Each sheet's header row carries the filter buttons.
    expect(ods).toMatch(
      /<table:database-range [^>]*table:target-range-address="Inventaire\.A1:Inventaire\.F4" table:display-filter-buttons="true"/,
    );
    expect(ods).toMatch(
      /<table:database-range [^>]*table:target-range-address="Évolution\.A1:Évolution\.B3" table:display-filter-buttons="true"/,
    );
    // The header cells use a bold style, the other cells do not.
    const styleOf = (text: string) =>
      new RegExp(
        `<table:table-cell table:style-name="([^"]+)"[^>]*>\\s*<text:p>${text}</text:p>`,
      ).exec(ods)?.[1];
    const bold = (style: string | undefined) =>
      new RegExp(
        `<style:style style:name="${style}"[^>]*>(?:(?!</style:style>).)*fo:font-weight="bold"`,
        "s",
      ).test(ods);
    expect(bold(styleOf("UAI"))).toBe(true);
    expect(bold(styleOf("Exercice"))).toBe(true);
    expect(ods).toMatch(
      /<table:table-cell office:value-type="string"[^>]*>\s*<text:p>0350027P<\/text:p>/,
    );
  }, 120_000);
});
