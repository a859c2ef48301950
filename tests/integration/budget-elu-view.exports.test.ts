import { beforeAll, describe, expect, it } from "vitest";
import { csvAttachmentLines, expectAttachment, expectWorkbook } from "../support/exports";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db/client";
import { requireAccessContext } from "@/lib/access/context";
import { getEluView } from "@/lib/budgets/elu-view";
import { isDemoBudget } from "@/lib/budgets/demo";
import { collegeSpendingOf } from "@/lib/budgets/college-spending";
import { eluTable } from "@/lib/budgets/elu-tables";
import { spreadsheetRows } from "@/lib/exports/data-table";
import { pdfText } from "../support/pdf-text";
import { commissionExportResponse, eluTableExportResponse } from "@/app/_http/budget-exports";
import ExcelJS from "exceljs";
import { UAI } from "../support/fixtures";
import { signInAs } from "../support/session";
import { C35, C14, A14, E } from "../support/access";
import { NOW, EUR, users, ids, as, seedBudgetEluView } from "./budget-elu-view.fixtures";

beforeAll(seedBudgetEluView);

/** The export routes of 35's budget (a chart's table, the commission's file) for a query. */
const budgetTable35 = (query: string) =>
  eluTableExportResponse(new Request(`http://test/c/35/budgets/export?${query}`), "35", NOW);
const commission35 = (query: string) =>
  commissionExportResponse(new Request(`http://test/c/35/budgets/commission?${query}`), "35", NOW);

describe("scope", () => {
  it("shows the Calvados agent none of Ille-et-Vilaine's figures", async () => {
    const view = await getEluView(await as("agent14", C14), { exercice: "2026" }, NOW);
    expect(view.totals).toMatchObject({ voted: 999_999n * EUR, mandated: 0n });
    expect(view.byChapitre.map((c) => c.chapitre)).toEqual(["204"]);
    expect(view.autorisations.map((a) => a.id)).toEqual([ids.ap14]);
    expect(view.spending!.items.map((c) => [c.uai, c.allocationsCents, c.equipmentCents])).toEqual([
      [UAI.calvados14, 9_000n * EUR, 50_000n * EUR],
    ]);
    expect(view.campaigns.map((c) => c.title)).toEqual(["Campagne Calvados"]);
    expect(view.evolution.map((y) => y.exercice)).toEqual([2026]);
    expect(view.perPupil.pupils).toBe(300);
    // A member of 14 has no context in 35 at all.
    signInAs(users.agent14!);
    await expect(requireAccessContext(C35)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(budgetTable35("tableau=chapitres")).rejects.toThrow();
    await expect(commission35("format=pdf")).rejects.toThrow();
  });

  it("refuses the académie and the collège", async () => {
    await expect(getEluView(await as("drane14", A14), {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getEluView(await as("chefG", E(UAI.gayeulles)), {}, NOW)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(isDemoBudget(await as("drane14", A14))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(collegeSpendingOf(await as("drane14", A14), 2026)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      collegeSpendingOf(await as("chefG", E(UAI.gayeulles)), 2026),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exports", () => {
  it("exports each chart's data as CSV and XLSX", async () => {
    signInAs(users.elu35!);
    const csv = await budgetTable35("tableau=chapitres&exercice=2026");
    const lines = await csvAttachmentLines(csv, "budget-chapitres-35-2026.csv");
    expect(lines[0]).toBe("Section;Chapitre;Voté (€);Engagé (€);Mandaté (€);Taux d'exécution (%)");
    expect(lines[1]).toBe("Investissement;21 – Immobilisations corporelles;79000;65000;35000;44,3");
    expect(lines.at(-1)).toBe("Total;;119000;95000;65000;54,6");
    const funding = await budgetTable35("tableau=financements&exercice=2026");
    expect((await funding.text()).split("\r\n")[2]).toBe(
      "État (plans, subventions);20000;16,8;10000;50",
    );
    const xlsx = await budgetTable35("tableau=ap&format=xlsx");
    await expectWorkbook(xlsx);
    const view = await getEluView(await as("elu35", C35), {}, NOW);
    expect(spreadsheetRows(eluTable(view, "colleges"))[0]).toEqual([
      UAI.gayeulles,
      expect.any(String),
      expect.any(String),
      400,
      45_451,
      1_549,
      2,
      16_800,
      63_800,
      159.5,
      "au-dessus de la fourchette",
    ]);
    signInAs(users.elu35!);
    await expect(budgetTable35("tableau=inconnu")).rejects.toThrow();
  });

  it("exports for the commission: an A4 PDF of one to three pages and a workbook of one sheet per table", async () => {
    signInAs(users.elu35!);
    const pdf = await commission35("format=pdf&exercice=2026");
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expectAttachment(pdf, "budget-commission-35-2026.pdf");
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getPageCount()).toBeLessThanOrEqual(3);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const { name } = await db.collectivite.findUniqueOrThrow({
      where: { code: "35" },
      select: { name: true },
    });
    expect(doc.getTitle()).toBe(`Budget du numérique éducatif — exercice 2026 – ${name}`);
    // Table headers keep their words whole (issue 14, §11: « Taux d'exécuti/on »).
    const text = pdfText(bytes);
    expect(text).toMatch(/d'exécution/);
    expect(text).not.toMatch(/exécuti\s*\n\s*on\b/);
    expect(text).not.toMatch(/consommati\s*\n\s*on\b/);

    signInAs(users.elu35!);
    const xlsx = await commission35("format=xlsx&exercice=2026");
    // Read back by ExcelJS: the sheets in order, each table on its own sheet.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Chapitres",
      "Catégories",
      "Euros par élève",
      "AP-CP",
      "Financements",
      "Évolution",
      "Campagnes",
      "Collèges",
    ]);
    expect(JSON.stringify(workbook.worksheets[3]!.getSheetValues())).toContain("AP 2025-01");
  });
});
