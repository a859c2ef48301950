import { describe, expect, it } from "vitest";
import { assertCanAssign, assertCanManage, signingRoles } from "./rules";

describe("assertCanAssign", () => {
  it("lets an administrator give any collectivité role, an agent nothing above agent", () => {
    expect(() => assertCanAssign("COLLECTIVITE", ["ADMIN"], "COLLECTIVITE", "ADMIN")).not.toThrow();
    expect(() => assertCanAssign("COLLECTIVITE", ["AGENT"], "COLLECTIVITE", "ELU")).not.toThrow();
    expect(() => assertCanAssign("COLLECTIVITE", ["AGENT"], "COLLECTIVITE", "ADMIN")).toThrow(
      "supérieur au vôtre",
    );
    expect(() => assertCanAssign("COLLECTIVITE", ["AGENT"], "COLLECTIVITE", "SIGNATAIRE")).toThrow(
      "supérieur au vôtre",
    );
  });

  it("refuses a role that does not exist in the target scope", () => {
    expect(() => assertCanAssign("COLLECTIVITE", ["ADMIN"], "COLLECTIVITE", "CHEF")).toThrow(
      "n'existe pas",
    );
    expect(() => assertCanAssign("ACADEMIE", ["DRANE"], "ACADEMIE", "ADMIN")).toThrow(
      "n'existe pas",
    );
  });

  it("lets a collectivité or an académie staff its établissements, not the reverse", () => {
    expect(() =>
      assertCanAssign("COLLECTIVITE", ["ADMIN"], "ETABLISSEMENT", "REFERENT_NUMERIQUE"),
    ).not.toThrow();
    expect(() =>
      assertCanAssign("ACADEMIE", ["DRANE"], "ETABLISSEMENT", "GESTIONNAIRE"),
    ).not.toThrow();
    expect(() => assertCanAssign("ETABLISSEMENT", ["CHEF"], "COLLECTIVITE", "ELU")).toThrow(
      "ne gérez pas",
    );
    expect(() => assertCanAssign("COLLECTIVITE", ["ADMIN"], "ACADEMIE", "LECTEUR")).toThrow(
      "ne gérez pas",
    );
  });

  it("lets a chef staff their own établissement up to chef", () => {
    expect(() =>
      assertCanAssign("ETABLISSEMENT", ["CHEF"], "ETABLISSEMENT", "REFERENT_NUMERIQUE"),
    ).not.toThrow();
    expect(() =>
      assertCanAssign("ETABLISSEMENT", ["REFERENT_NUMERIQUE"], "ETABLISSEMENT", "CHEF"),
    ).toThrow("supérieur au vôtre");
  });
});

describe("signing roles", () => {
  it("are read from the permission table: chef; académie signataire and DRANE; collectivité signataire", () => {
    expect(signingRoles("ETABLISSEMENT")).toEqual(["CHEF"]);
    expect(signingRoles("ACADEMIE").sort()).toEqual(["DRANE", "SIGNATAIRE"]);
    expect(signingRoles("COLLECTIVITE")).toEqual(["SIGNATAIRE"]);
  });

  it("are given only within their own space or by the platform; another party only at the institutional address", () => {
    expect(() => assertCanAssign("COLLECTIVITE", ["ADMIN"], "ETABLISSEMENT", "CHEF")).toThrow(
      "Chef d'établissement",
    );
    expect(() => assertCanAssign("ACADEMIE", ["DRANE"], "ETABLISSEMENT", "CHEF")).toThrow(
      "Chef d'établissement",
    );
    expect(() =>
      assertCanAssign("COLLECTIVITE", ["ADMIN"], "ETABLISSEMENT", "CHEF", true),
    ).not.toThrow();
    expect(() => assertCanAssign("ETABLISSEMENT", ["CHEF"], "ETABLISSEMENT", "CHEF")).not.toThrow();
    expect(() => assertCanAssign("ACADEMIE", ["DRANE"], "ACADEMIE", "SIGNATAIRE")).not.toThrow();
    expect(() =>
      assertCanAssign("COLLECTIVITE", ["ADMIN"], "COLLECTIVITE", "SIGNATAIRE"),
    ).not.toThrow();
    expect(() => assertCanAssign("PLATFORM", ["ADMIN"], "ETABLISSEMENT", "CHEF")).not.toThrow();
  });

  it("may still be taken away by the collectivité or the académie of the collège", () => {
    expect(() => assertCanManage("COLLECTIVITE", ["ADMIN"], "ETABLISSEMENT", "CHEF")).not.toThrow();
  });
});
