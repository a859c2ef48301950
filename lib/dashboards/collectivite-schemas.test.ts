import { describe, expect, it } from "vitest";
import {
  COLLECTIVITE_EXPORT_KEYS,
  collectiviteDashboardQuerySchema,
  collectiviteExportKeySchema,
} from "@/lib/dashboards/collectivite-schemas";

describe("collectiviteDashboardQuerySchema", () => {
  it("reads a year, and drops anything else so the current year applies", () => {
    expect(collectiviteDashboardQuerySchema.parse({ exercice: "2025" })).toEqual({
      exercice: 2025,
    });
    expect(collectiviteDashboardQuerySchema.parse({ exercice: ["2024", "2025"] })).toEqual({
      exercice: 2024,
    });
    for (const bad of ["", "abc", "1999", "2101", "2025.5", null, undefined]) {
      expect(collectiviteDashboardQuerySchema.parse({ exercice: bad }).exercice).toBeUndefined();
    }
    expect(collectiviteDashboardQuerySchema.parse({}).exercice).toBeUndefined();
  });

  it("reads the rentrée of the effectifs, and drops a malformed one so the latest effectif applies", () => {
    expect(collectiviteDashboardQuerySchema.parse({ exercice: "2025", rentree: "2021" })).toEqual({
      exercice: 2025,
      rentree: 2021,
    });
    expect(collectiviteDashboardQuerySchema.parse({ rentree: ["2024", "2021"] }).rentree).toBe(
      2024,
    );
    for (const bad of ["", "abc", "1979", "2101", "2021-2022", null, undefined]) {
      expect(collectiviteDashboardQuerySchema.parse({ rentree: bad }).rentree).toBeUndefined();
    }
  });
});

describe("collectiviteExportKeySchema", () => {
  it("accepts the dashboard's tables only", () => {
    for (const key of COLLECTIVITE_EXPORT_KEYS)
      expect(collectiviteExportKeySchema.parse(key)).toBe(key);
    expect(collectiviteExportKeySchema.safeParse("inconnu").success).toBe(false);
    expect(collectiviteExportKeySchema.safeParse(null).success).toBe(false);
    expect(collectiviteExportKeySchema.safeParse("").success).toBe(false);
  });
});
