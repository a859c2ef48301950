import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createConvention } from "@/lib/conventions/create-convention";
import { generateConventions } from "@/lib/conventions/generate-conventions";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { signConventionsBatch } from "@/lib/conventions/sign-convention";
import { listConventions } from "@/lib/conventions/list-conventions";
import { createAvenant } from "@/lib/conventions/amend-convention";
import { terminateConvention } from "@/lib/conventions/terminate-convention";
import { renewConvention } from "@/lib/conventions/renew-convention";
import { getConvention } from "@/lib/conventions/get-convention";
import type { ConventionContent } from "@/lib/conventions/content";
import { UAI } from "../support/fixtures";
import { C35, C22, A14, E } from "../support/access";
import { PASSWORD, META, users, as, sha, sign, draftContent, ids } from "./conventions.fixtures";
import {
  REFERENTE,
  completeAndSubmit,
  submitBourbriac,
  seedConventionsUpTo,
} from "./conventions.story";

// What follows the signatures, in the story's order: the rectorat's batch, then the life of the
// convention in force (avenant, résiliation, renouvellement) and conventions-cadres.
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

describe("avenants, résiliation, renouvellement", () => {
  it("amends a convention in force and makes the signed avenant the consolidated version", async () => {
    await expect(
      createAvenant(await as("agent35", C35), { conventionId: ids.rennes }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const avenant = await createAvenant(await as("agent35", C35), { conventionId: ids.gayeulles });
    expect(avenant.reference).toMatch(/^AV-35-/);
    await expect(
      createAvenant(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const content = await draftContent(avenant.id);
    const title = content.articles[1]!.title;
    content.articles[1]!.body = "Texte modifié par l'avenant n° 1.";
    await updateConventionDraft(await as("agent35", C35), {
      conventionId: avenant.id,
      title: "Avenant n° 1",
      startsOn: "2026-12-01",
      endsOn: "2030-08-31",
      content: JSON.stringify(content),
    });
    await completeAndSubmit(avenant.id);
    await sign("chefG", E(UAI.gayeulles), avenant.id);
    await sign("recteur14", A14, avenant.id);
    expect((await sign("sig35", C35, avenant.id)).complete).toBe(true);

    const parent = await getConvention(await as("agent35", C35), ids.gayeulles);
    expect(parent.inForce?.content.articles[1]).toEqual({
      title,
      body: "Texte modifié par l'avenant n° 1.",
    });
    expect(parent.endsOn?.toISOString().slice(0, 10)).toBe("2030-08-31");
    expect(parent.history.map((h) => h.convention.kind)).toEqual(["TRIPARTITE", "AVENANT"]);
    const detail = await getConvention(await as("agent35", C35), avenant.id);
    expect(detail.diff?.articles).toEqual([
      {
        change: "modified",
        title,
        before: expect.any(String),
        after: "Texte modifié par l'avenant n° 1.",
      },
    ]);
  });

  it("terminates a convention in force, then refuses an avenant on it; renews into a prefilled draft", async () => {
    const renewal = await renewConvention(await as("agent35", C35), {
      conventionId: ids.gayeulles,
    });
    const draft = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: renewal.id },
      select: { startsOn: true, content: true },
    });
    expect(draft.startsOn?.toISOString().slice(0, 10)).toBe("2030-09-01");
    expect((draft.content as unknown as ConventionContent).referents.numerique).toBe(REFERENTE);
    await expect(
      renewConvention(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(
      terminateConvention(await as("agent35", C35), {
        conventionId: ids.gayeulles,
        terminatedOn: "2027-01-31",
        reason: "x",
      }),
    ).rejects.toThrow();
    await terminateConvention(await as("agent35", C35), {
      conventionId: ids.gayeulles,
      terminatedOn: "2027-01-31",
      reason: "Fusion du collège avec un autre établissement.",
    });
    expect(
      (
        await db.convention.findUniqueOrThrow({
          where: { id: ids.gayeulles },
          select: { status: true },
        })
      ).status,
    ).toBe("RESILIEE");
    await expect(
      createAvenant(await as("agent35", C35), { conventionId: ids.gayeulles }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("conventions-cadres and bulk generation", () => {
  it("generates a draft under the cadre for every public collège without one, once", async () => {
    const cadre = await createConvention(await as("agent35", C35), { kind: "CADRE" });
    const cadreRow = await db.convention.findUniqueOrThrow({
      where: { id: cadre.id },
      select: { kind: true, academieCode: true, etablissementId: true },
    });
    expect(cadreRow).toEqual({ kind: "CADRE", academieCode: "14", etablissementId: null });
    const publicColleges = await db.etablissement.count({
      where: { collectivite: { code: "35" }, secteur: "PUBLIC", etat: "OUVERT" },
    });
    const first = await generateConventions(await as("agent35", C35), { parentId: cadre.id });
    expect(first.created + first.alreadyCovered).toBe(publicColleges);
    const second = await generateConventions(await as("agent35", C35), { parentId: cadre.id });
    expect(second.created).toBe(0);
    await expect(
      generateConventions(await as("agent22", C22), { parentId: cadre.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
