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
    expect(permissionsOf("ETABLISSEMENT", ["REFERENT_NUMERIQUE"]).has("convention.sign")).toBe(
      false,
    );
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

  it("splits the référent: numérique (pedagogy) and technique (equipment, handles the EPLE's queue)", () => {
    const numerique = permissionsOf("ETABLISSEMENT", ["REFERENT_NUMERIQUE"]);
    const technique = permissionsOf("ETABLISSEMENT", ["REFERENT_TECHNIQUE"]);
    expect(numerique.has("incident.report")).toBe(true);
    expect(numerique.has("incident.handle")).toBe(false);
    expect(technique.has("incident.handle")).toBe(true);
    expect(technique.has("convention.sign")).toBe(false);
  });

  it("gives the field staff and the académie's desk the incidents, and nothing to sign or spend", () => {
    for (const [scope, role] of [
      ["COLLECTIVITE", "TECHNICIEN"],
      ["COLLECTIVITE", "REFERENT_TECHNIQUE"],
      ["ACADEMIE", "ASSISTANCE"],
    ] as const) {
      const granted = permissionsOf(scope, [role]);
      expect(granted.has("incident.handle")).toBe(true);
      for (const never of [
        "convention.sign",
        "budget.read",
        "member.manage",
        "campaign.manage",
      ] as const)
        expect(granted.has(never)).toBe(false);
    }
    expect(roleAllowedInScope("ETABLISSEMENT", "TECHNICIEN")).toBe(false);
    expect(roleAllowedInScope("COLLECTIVITE", "ASSISTANCE")).toBe(false);
  });

  it("lets only a collège's members confirm a resolution", () => {
    for (const scope of ["COLLECTIVITE", "ACADEMIE"] as const)
      for (const role of Object.keys(
        PERMISSION_TABLE[scope],
      ) as (keyof (typeof PERMISSION_TABLE)[typeof scope])[])
        expect(permissionsOf(scope, [role]).has("incident.confirm")).toBe(false);
    expect(permissionsOf("ETABLISSEMENT", ["GESTIONNAIRE"]).has("incident.confirm")).toBe(true);
  });
});
