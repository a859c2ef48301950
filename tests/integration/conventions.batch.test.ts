import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signConventionsBatch } from "@/lib/conventions/sign-convention";
import { listConventions } from "@/lib/conventions/list-conventions";
import { UAI } from "../support/fixtures";
import { A14, E } from "../support/access";
import {
  PASSWORD,
  META,
  users,
  as,
  sha,
  ids,
  submitBourbriac,
  seedConventionsUpTo,
} from "./conventions.fixtures";

// Starts with Les Gayeulles' convention in force (conventions.in-force.test.ts) and Rennes'
// awaiting the académie (conventions.refusal.test.ts).
beforeAll(seedConventionsUpTo("rennesAwaitingAcademie"));

describe("a rectorat signs conventions of two départements in one batch", () => {
  it("signs each individually and reports what could not be signed", async () => {
    const b = await submitBourbriac();

    const drane = await as("drane14", A14);
    const toSign = await listConventions(drane, { tab: "a-signer" });
    expect(toSign.items.map((i) => i.id).sort()).toEqual([ids.rennes, b.id].sort());
    const items = [
      `${ids.rennes}:${await sha(ids.rennes)}`,
      `${b.id}:${await sha(b.id)}`,
      `${ids.gayeulles}:${"a".repeat(64)}`,
    ];
    const results = await signConventionsBatch(
      drane,
      {
        items,
        password: PASSWORD,
        qualite: "DRANE",
        authorisationReference: "Arrêté 2025-R-112",
        authorisationDate: "2025-09-01",
      },
      META,
    );
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(
      await db.signatureStep.count({
        where: { party: "ETAT", status: "SIGNEE", signerId: users.drane14 },
      }),
    ).toBe(2);
    // Bourbriac: the chef and the collectivité now sign in parallel.
    expect(
      (await listConventions(await as("chefB", E(UAI.bourbriac22)), { tab: "a-signer" })).total,
    ).toBe(1);
  });
});
