import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createConvention } from "@/lib/conventions/create-convention";
import { refuseConvention } from "@/lib/conventions/refuse-convention";
import { withdrawConvention } from "@/lib/conventions/withdraw-convention";
import { remindSigners } from "@/lib/conventions/remind-signers";
import { getConvention } from "@/lib/conventions/get-convention";
import { getConventionFile } from "@/lib/conventions/get-convention-file";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConventionCoverage } from "@/lib/conventions/coverage";
import { UAI } from "../support/fixtures";
import { C35, C14, C22, A70, A14, E } from "../support/access";
import { as, sha, sign, conventionSnapshot, ids } from "./conventions.fixtures";
import { seedConventionsUpTo } from "./conventions.story";

// Starts with the conventions of Les Gayeulles (in force), Rennes (awaiting the académie) and
// Bourbriac (in signature, 22): conventions.in-force, .refusal and .after-signing test files.
beforeAll(seedConventionsUpTo("submitBourbriac"));

describe("cross-scope access: another collectivité, académie or collège gets not found, data unchanged", () => {
  it("hides every convention of 35 from Calvados, from académie 70 and from another collège", async () => {
    const before = await conventionSnapshot(ids.rennes);
    const c14 = await as("agent14", C14);
    await expect(getConvention(c14, ids.rennes)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConventionFile(c14, ids.gayeulles, "final", "x")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      withdrawConvention(c14, {
        conventionId: ids.rennes,
        reason: "Tentative depuis un autre département",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(remindSigners(c14, { conventionId: ids.rennes })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createConvention(c14, { kind: "TRIPARTITE", uai: UAI.rennes35b }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listConventions(c14, {})).total).toBe(0);
    await expect(getConvention(await as("drane70", A70), ids.rennes)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(sign("drane70", A70, ids.rennes)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getConvention(await as("chefB", E(UAI.bourbriac22)), ids.rennes),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      refuseConvention(await as("chefB", E(UAI.bourbriac22)), {
        conventionId: ids.rennes,
        documentSha256: await sha(ids.rennes),
        reason: "Refus d'un autre collège.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getConvention(await as("agent22", C22), ids.rennes)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createConvention(await as("elu35", C35), { kind: "TRIPARTITE", uai: UAI.rennes35b }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await conventionSnapshot(ids.rennes)).toBe(before);
  });

  it("shows the académie every collectivité of its académie, and coverage per collectivité", async () => {
    const list = await listConventions(await as("drane14", A14), { tab: "toutes" });
    expect(list.items.some((i) => i.id === ids.bourbriac)).toBe(true);
    expect(list.items.some((i) => i.id === ids.rennes)).toBe(true);
    const coverage = await getConventionCoverage(await as("drane14", A14));
    expect(coverage.map((r) => r.collectiviteCode).sort()).toEqual(["22", "35"]);
    expect(await getConventionCoverage(await as("agent14", C14))).toEqual([
      expect.objectContaining({ collectiviteCode: "14", inForce: 0 }),
    ]);
    expect((await unsafeVerifyAuditChain(db)).ok).toBe(true);
  });
});
