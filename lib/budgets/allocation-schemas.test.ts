import { describe, expect, it } from "vitest";
import {
  createAllocationSchema,
  dotationsQuerySchema,
  exerciceGiven,
  updateAllocationSchema,
} from "@/lib/budgets/allocation-schemas";

const valid = {
  uai: "0350027p",
  exercice: "2026",
  kind: "EQUIPEMENT",
  label: "  Classe mobile  ",
  amount: "12 500,50 €",
  budgetLineId: "",
};
const messageOf = (input: unknown, field: string) =>
  createAllocationSchema.safeParse(input).error?.issues.find((issue) => issue.path[0] === field)
    ?.message;

describe("allocation fields", () => {
  it("parses what an agent types: UAI upper-cased, label trimmed, euros to bigint cents, no line", () => {
    expect(createAllocationSchema.parse(valid)).toEqual({
      uai: "0350027P",
      exercice: 2026,
      kind: "EQUIPEMENT",
      label: "Classe mobile",
      amount: 1_250_050n,
      budgetLineId: undefined,
    });
    expect(
      updateAllocationSchema.parse({ ...valid, id: "abc", amount: "45451", budgetLineId: "line1" }),
    ).toMatchObject({ id: "abc", amount: 4_545_100n, budgetLineId: "line1" });
  });

  it("refuses a zero, negative or unreadable amount in French", () => {
    for (const amount of ["0", "0,00", "-5", "12,345", "douze", "", "99999999999999"]) {
      expect(messageOf({ ...valid, amount }, "amount")).toMatch(/^Montant invalide/);
    }
    expect(messageOf({ ...valid, amount: undefined }, "amount")).toMatch(/^Montant invalide/);
  });

  it("refuses an exercice outside 2000–2100, an empty label, an unknown kind, a missing collège", () => {
    expect(messageOf({ ...valid, exercice: "1999" }, "exercice")).toBe(
      "Exercice invalide : saisissez une année entre 2000 et 2100.",
    );
    expect(messageOf({ ...valid, exercice: "2101" }, "exercice")).toMatch(/^Exercice invalide/);
    expect(messageOf({ ...valid, exercice: "2026,5" }, "exercice")).toMatch(/^Exercice invalide/);
    expect(messageOf({ ...valid, label: "   " }, "label")).toBe("Saisissez un libellé.");
    expect(messageOf({ ...valid, kind: "PRIME" }, "kind")).toBe(
      "Choisissez le type d'attribution.",
    );
    expect(messageOf({ ...valid, uai: "" }, "uai")).toBe("Choisissez le collège.");
  });
});

describe("dotations query", () => {
  const schema = dotationsQuerySchema(2026);
  it("defaults to the given exercice, name order, first pages", () => {
    expect(schema.parse({})).toEqual({
      exercice: 2026,
      college: undefined,
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 50,
      apage: 1,
      apageSize: 25,
    });
  });
  it("reads the URL and ignores what it cannot read", () => {
    expect(
      schema.parse({
        exercice: "2024",
        college: "0350913c",
        sort: "perPupil",
        dir: "desc",
        page: "3",
        apage: "2",
      }),
    ).toMatchObject({
      exercice: 2024,
      college: "0350913C",
      sort: "perPupil",
      dir: "desc",
      page: 3,
      apage: 2,
    });
    expect(
      schema.parse({ exercice: "1800", college: "35'; --", sort: "x", dir: "up", page: "-1" }),
    ).toMatchObject({ exercice: 2026, college: undefined, sort: "name", dir: "asc", page: 1 });
  });
  it("tells whether the URL names an exercice", () => {
    expect(exerciceGiven({ exercice: "2024" })).toBe(true);
    expect(exerciceGiven({ exercice: ["2023"] })).toBe(true);
    expect(exerciceGiven({ exercice: "" })).toBe(false);
    expect(exerciceGiven({})).toBe(false);
    expect(exerciceGiven(undefined)).toBe(false);
  });
});
