import { describe, expect, it } from "vitest";
import {
  referentialAuditDiff,
  referentialFormSchema,
  ruleFieldNames,
} from "@/lib/inventory/save-referential";
import { DEFAULT_RULES, DEFAULT_TARGETS } from "@/lib/inventory/referential";
import { EQUIPMENT_CATEGORIES } from "@/lib/inventory/labels";
import { omit } from "@/lib/objects";

/** The form as the page sends it, with the defaults typed in. */
function defaultForm(): Record<string, string> {
  const form: Record<string, string> = {
    elevesParTerminal: "3",
    elevesParSalle: "25",
    affichagesParSalle: "1",
    classesMobilesParCollege: "2",
    bornesWifiParSalle: "0,5",
  };
  for (const category of EQUIPMENT_CATEGORIES) {
    const names = ruleFieldNames(category);
    form[names.age] = String(DEFAULT_RULES[category].renewalAgeYears);
    form[names.cout] = String(DEFAULT_RULES[category].unitCostCents / 100);
  }
  return form;
}

const messages = (input: Record<string, string>) => {
  const result = referentialFormSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
};

describe("referentialFormSchema", () => {
  it("reads the defaults back as they are", () => {
    const parsed = referentialFormSchema.parse(defaultForm());
    expect(parsed.targets).toEqual(DEFAULT_TARGETS);
    expect(parsed.rules).toEqual(DEFAULT_RULES);
  });

  it("reads French decimals, euro amounts and ticked boxes", () => {
    const parsed = referentialFormSchema.parse({
      ...defaultForm(),
      elevesParTerminal: "2,5",
      cout_POSTE_FIXE: "1 249,90 €",
      garantie_PORTABLE: "on",
    });
    expect(parsed.targets.elevesParTerminal).toBe(2.5);
    expect(parsed.rules.POSTE_FIXE.unitCostCents).toBe(124_990);
    expect(parsed.rules.PORTABLE.renewAtWarrantyEnd).toBe(true);
    expect(parsed.rules.TABLETTE.renewAtWarrantyEnd).toBe(false);
  });

  it("refuses out-of-range values with French messages naming the field", () => {
    expect(messages({ ...defaultForm(), age_POSTE_FIXE: "0" })).toEqual([
      "age_POSTE_FIXE: Poste fixe : durée de renouvellement en années entières, entre 1 et 20.",
    ]);
    expect(messages({ ...defaultForm(), age_TABLETTE: "4,5" })[0]).toMatch(
      /^age_TABLETTE: Tablette : durée/,
    );
    expect(messages({ ...defaultForm(), age_TABLETTE: "21" })).toHaveLength(1);
    expect(messages({ ...defaultForm(), cout_ENI: "-10" })[0]).toMatch(
      /ENI.*entre 0 et 1 000 000 €/,
    );
    expect(messages({ ...defaultForm(), cout_ENI: "1000000,01" })).toHaveLength(1);
    expect(messages({ ...defaultForm(), cout_ENI: "1 000 000" })).toEqual([]);
    expect(messages({ ...defaultForm(), cout_ENI: "0" })).toEqual([]);
    expect(messages({ ...defaultForm(), elevesParTerminal: "0,4" })[0]).toMatch(
      /Élèves par terminal : un nombre entre 0,5 et 30/,
    );
    expect(messages({ ...defaultForm(), elevesParTerminal: "trois" })).toHaveLength(1);
    expect(messages({ ...defaultForm(), elevesParSalle: "41" })[0]).toMatch(
      /entier entre 10 et 40/,
    );
    expect(messages({ ...defaultForm(), elevesParSalle: "25,5" })).toHaveLength(1);
    expect(messages({ ...defaultForm(), affichagesParSalle: "-1" })).toHaveLength(1);
    expect(messages({ ...defaultForm(), classesMobilesParCollege: "" })).toHaveLength(1);
    const missing = omit(defaultForm(), "age_SERVEUR");
    expect(messages(missing)[0]).toMatch(/^age_SERVEUR: Serveur/);
  });
});

describe("referentialAuditDiff", () => {
  it("keeps every target and only the rules that changed", () => {
    const after = {
      targets: { ...DEFAULT_TARGETS, elevesParTerminal: 2 },
      rules: {
        ...DEFAULT_RULES,
        POSTE_FIXE: { renewalAgeYears: 7, unitCostCents: 90_000, renewAtWarrantyEnd: true },
      },
    };
    const diff = referentialAuditDiff({ targets: DEFAULT_TARGETS, rules: DEFAULT_RULES }, after);
    expect(diff.before.cibles.elevesParTerminal).toBe(3);
    expect(diff.after.cibles.elevesParTerminal).toBe(2);
    expect(diff.before.regles).toEqual({
      POSTE_FIXE: { ageAns: 6, coutUnitaireCentimes: 80_000, finDeGarantie: false },
    });
    expect(diff.after.regles).toEqual({
      POSTE_FIXE: { ageAns: 7, coutUnitaireCentimes: 90_000, finDeGarantie: true },
    });
  });
});
