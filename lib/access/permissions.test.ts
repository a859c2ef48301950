import { describe, expect, it } from "vitest";
import { PERMISSION_TABLE, permissionsOf, roleAllowedInScope } from "./permissions";

describe("permission table", () => {
  it("lets only the signatory roles sign conventions", () => {
    expect(permissionsOf("COLLECTIVITE", ["SIGNATAIRE"]).has("convention.sign")).toBe(true);
    expect(permissionsOf("COLLECTIVITE", ["AGENT"]).has("convention.sign")).toBe(false);
    expect(permissionsOf("COLLECTIVITE", ["ADMIN"]).has("convention.sign")).toBe(false);
    expect(permissionsOf("ACADEMIE", ["SIGNATAIRE"]).has("convention.sign")).toBe(true);
    expect(permissionsOf("ACADEMIE", ["DRANE"]).has("convention.sign")).toBe(true);
    expect(permissionsOf("ETABLISSEMENT", ["CHEF"]).has("convention.sign")).toBe(true);
    expect(permissionsOf("ETABLISSEMENT", ["REFERENT_NUMERIQUE"]).has("convention.sign")).toBe(false);
  });

  it("keeps élus read-only", () => {
    const elu = permissionsOf("COLLECTIVITE", ["ELU"]);
    for (const permission of elu) expect(permission).toMatch(/\.read$/);
  });

  it("never gives an académie the collectivité's budget lines", () => {
    for (const role of Object.keys(
      PERMISSION_TABLE.ACADEMIE,
    ) as (keyof typeof PERMISSION_TABLE.ACADEMIE)[]) {
      expect(permissionsOf("ACADEMIE", [role]).has("budget.read")).toBe(false);
      expect(permissionsOf("ACADEMIE", [role]).has("budget.write")).toBe(false);
    }
  });

  it("binds roles to their scope", () => {
    expect(roleAllowedInScope("ETABLISSEMENT", "CHEF")).toBe(true);
    expect(roleAllowedInScope("COLLECTIVITE", "CHEF")).toBe(false);
    expect(roleAllowedInScope("ACADEMIE", "ADMIN")).toBe(false);
    expect(roleAllowedInScope("PLATFORM", "ADMIN")).toBe(true);
  });

  it("unions the permissions of several roles held in one scope", () => {
    const both = permissionsOf("COLLECTIVITE", ["ELU", "SIGNATAIRE"]);
    expect(both.has("convention.sign")).toBe(true);
    expect(both.has("budget.read")).toBe(true);
    expect(permissionsOf("COLLECTIVITE", []).size).toBe(0);
  });
});
