import { describe, expect, it } from "vitest";
import { roleAllowedInScope } from "@/lib/access/permissions";
import { academieSlug, benchEmail, planBenchAccounts } from "@/prisma/seed/shared/bench-accounts";

const scopes = {
  collectivites: [
    { code: "59", type: "DEPARTEMENT" as const, shortName: "Nord" },
    { code: "69M", type: "METROPOLE" as const, shortName: "Métropole de Lyon" },
  ],
  academies: [
    { code: "09", name: "Lille" },
    { code: "25", name: "Versailles" },
    { code: "18", name: "Orléans-Tours" },
  ],
  colleges: [{ uai: "0590001A" }, { uai: "0691234B" }],
};

describe("planBenchAccounts", () => {
  it("gives every collectivité, académie and public collège its accounts, at addresses a benchmark can guess", () => {
    const accounts = planBenchAccounts(scopes, 1);
    const emails = accounts.map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(accounts).toHaveLength(1 + 2 * 4 + 3 * 3 + 2);
    for (const email of [
      "admin@bench.tripartite.fr",
      "agent.59@bench.tripartite.fr",
      "elu.59@bench.tripartite.fr",
      "signataire.69m@bench.tripartite.fr",
      "drane.lille@bench.tripartite.fr",
      "drane.versailles@bench.tripartite.fr",
      "recteur.orleans-tours@bench.tripartite.fr",
      "lecteur.lille@bench.tripartite.fr",
      "chef.0590001a@bench.tripartite.fr",
    ])
      expect(emails, email).toContain(email);
    expect(benchEmail.academie("DRANE", "Lille")).toBe("drane.lille@bench.tripartite.fr");
    expect(academieSlug("La Réunion")).toBe("la-reunion");
  });

  it("holds only roles their scope allows, signatories with a qualité and a délégation", () => {
    for (const a of planBenchAccounts(scopes, 1)) {
      expect(roleAllowedInScope(a.scopeType, a.role), a.email).toBe(true);
      if (a.role === "SIGNATAIRE") expect(a.qualite && a.delegationReference, a.email).toBeTruthy();
    }
  });

  it("draws the same fictitious names from the same seed", () => {
    expect(planBenchAccounts(scopes, 1)).toEqual(planBenchAccounts(scopes, 1));
    expect(planBenchAccounts(scopes, 2).map((a) => a.name)).not.toEqual(
      planBenchAccounts(scopes, 1).map((a) => a.name),
    );
  });
});
