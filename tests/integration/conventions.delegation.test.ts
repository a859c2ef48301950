import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { UAI, createUser } from "../support/fixtures";
import { A14, E } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { conventionSnapshot, ids, sign, users } from "./conventions.fixtures";
import { seedConventionsUpTo } from "./conventions.story";

// The DRANE signs for the State only by delegation of the recteur (domain.md, legal split):
// Rennes' convention awaits the académie, Bourbriac's has the académie signing first.
beforeAll(async () => {
  await seedConventionsUpTo("submitBourbriac")();
  users.draneSansDelegation = await createUser("drane.sans.delegation@test.fr", [
    { scopeType: "ACADEMIE", role: "DRANE", key: "14", delegationReference: null },
  ]);
});

const etatStep = (conventionId: string) =>
  db.signatureStep.findFirstOrThrow({
    where: { version: { conventionId }, party: "ETAT" },
    orderBy: { version: { number: "desc" } },
    select: { status: true, signerId: true },
  });

describe("the State's signature", () => {
  it("is refused to a DRANE whose membership names no delegation, and nothing changes", async () => {
    const before = [await conventionSnapshot(ids.rennes), await conventionSnapshot(ids.bourbriac)];
    for (const id of [ids.rennes, ids.bourbriac])
      expect((await appErrorOf(() => sign("draneSansDelegation", A14, id))).code).toBe("FORBIDDEN");
    expect([await conventionSnapshot(ids.rennes), await conventionSnapshot(ids.bourbriac)]).toEqual(
      before,
    );
  });

  it("is given by the académie's signataire", async () => {
    await sign("recteur14", A14, ids.rennes);
    expect(await etatStep(ids.rennes)).toEqual({ status: "SIGNEE", signerId: users.recteur14 });
  });

  it("is given by a DRANE acting under a delegation", async () => {
    await sign("drane14", A14, ids.bourbriac);
    expect(await etatStep(ids.bourbriac)).toEqual({ status: "SIGNEE", signerId: users.drane14 });
    // The collège signs next, as before.
    await sign("chefB", E(UAI.bourbriac22), ids.bourbriac);
  });
});
