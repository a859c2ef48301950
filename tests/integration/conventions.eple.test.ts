import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createConvention } from "@/lib/conventions/create-convention";
import { createAvenant } from "@/lib/conventions/amend-convention";
import { getConvention } from "@/lib/conventions/get-convention";
import { getConventionFile } from "@/lib/conventions/get-convention-file";
import { listConventions } from "@/lib/conventions/list-conventions";
import { updateConventionDraft } from "@/lib/conventions/update-draft";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import { freezeReview, openReview, saveAssessment } from "@/lib/reviews/write-review";
import { verifyReviewDocument } from "@/lib/reviews/verify-review";
import { UAI } from "../support/fixtures";
import { A14, C22, C35, E } from "../support/access";
import { appErrorOf } from "../support/app-error";
import { pdfText } from "../support/pdf-text";
import { open, type Page } from "../support/pages";
import { signInAs } from "../support/session";
import {
  as,
  conventionSnapshot,
  draftContent,
  newDraft,
  seedConventions,
  sign,
  users,
} from "./conventions.fixtures";
import { COLLECTIVITE_SIGNS, completeAndSubmit } from "./conventions.story";

// The convention collectivité–EPLE the law requires (code de l'éducation L421-23 II): the
// collectivité and one collège, on the equipment it provides. The académie is not a party: it sees
// nothing of it, neither the convention, nor its avenants, nor their journal or mails.

const G = E(UAI.gayeulles);
let id = "";

const steps = async (conventionId: string) =>
  (
    await db.conventionVersion.findFirstOrThrow({
      where: { conventionId },
      orderBy: { number: "desc" },
      select: { steps: { orderBy: { order: "asc" }, select: { party: true, order: true } } },
    })
  ).steps;

beforeAll(seedConventions);

describe("a convention collectivité–EPLE", () => {
  it("is created by the collectivité for one of its collèges, without the académie, from its own document", async () => {
    const created = await createConvention(await as("agent35", C35), {
      kind: "BIPARTITE_EPLE",
      uai: UAI.gayeulles,
    });
    id = created.id;
    expect(created.reference).toMatch(/^CE-35-\d{4}-0001$/);
    expect(
      await db.convention.findUniqueOrThrow({
        where: { id },
        select: { kind: true, academieCode: true, parentId: true, title: true },
      }),
    ).toEqual({
      kind: "BIPARTITE_EPLE",
      academieCode: null,
      parentId: null,
      title:
        "Convention relative aux équipements numériques mis à disposition — Collège Les Gayeulles",
    });
    const content = await draftContent(id);
    expect(content.signingOrder).toEqual([
      { party: "EPLE", order: 1 },
      { party: "COLLECTIVITE", order: 2 },
    ]);
    expect(content.articles.map((a) => a.title)).toContain(
      "Prêt d'équipements aux élèves et aux personnels",
    );
    const bodies = content.articles.map((a) => a.body).join("\n");
    expect(bodies).not.toContain("{{academie.nom}}");
    expect(bodies).not.toContain("{{convention_cadre.reference}}");
    expect(content.commitments.map((c) => c.party)).not.toContain("ETAT");
  });

  it("refuses a second one for the collège, a missing collège and a signing order naming the académie, in French, and keeps the draft", async () => {
    const agent = await as("agent35", C35);
    const duplicate = await appErrorOf(() =>
      createConvention(agent, { kind: "BIPARTITE_EPLE", uai: UAI.gayeulles }),
    );
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.message).toContain(
      "a déjà une convention collectivité–établissement en cours",
    );
    await expect(createConvention(agent, { kind: "BIPARTITE_EPLE" })).rejects.toThrow(
      "Choisissez l'établissement de la convention.",
    );
    // A tripartite of the same collège is another convention, still possible.
    expect((await newDraft("agent35", C35, UAI.gayeulles)).reference).toMatch(/^CT-35-/);

    const before = await conventionSnapshot(id);
    const content = await draftContent(id);
    content.signingOrder = [
      { party: "EPLE", order: 1 },
      { party: "ETAT", order: 2 },
      { party: "COLLECTIVITE", order: 3 },
    ];
    await expect(
      updateConventionDraft(agent, {
        conventionId: id,
        title: "Convention des équipements",
        startsOn: "",
        endsOn: "",
        content: JSON.stringify(content),
      }),
    ).rejects.toThrow(
      "Une convention collectivité–établissement est signée par l'établissement et la collectivité, une fois chacun.",
    );
    expect(await conventionSnapshot(id)).toBe(before);
  });

  it("is signed by the collège, then the collectivité; the académie can neither see it nor sign it", async () => {
    await completeAndSubmit(id);
    expect(await steps(id)).toEqual([
      { party: "EPLE", order: 1 },
      { party: "COLLECTIVITE", order: 2 },
    ]);
    const before = await conventionSnapshot(id);
    const early = await appErrorOf(() => sign("sig35", C35, id));
    expect(early.code).toBe("CONFLICT");
    expect(early.message).toContain("attend d'abord la signature de l'établissement");
    for (const user of ["recteur14", "drane14"]) {
      const rectorat = await as(user, A14);
      expect((await appErrorOf(() => getConvention(rectorat, id))).code).toBe("NOT_FOUND");
      expect((await appErrorOf(() => sign(user, A14, id))).code).toBe("NOT_FOUND");
      const listed = await listConventions(rectorat, {});
      expect(listed.items.map((c) => c.id)).not.toContain(id);
      expect(listed.counts["a-signer"]).toBe(0);
    }
    expect(await conventionSnapshot(id)).toBe(before);

    await sign("chefG", G, id);
    await sign("sig35", C35, id, COLLECTIVITE_SIGNS);
    const convention = await getConvention(await as("chefG", G), id);
    expect(convention.status).toBe("EN_VIGUEUR");
    expect(convention.academie).toBeNull();

    const file = await getConventionFile(
      await as("agent35", C35),
      id,
      "final",
      convention.current.id,
    );
    const text = pdfText(new Uint8Array(file.bytes));
    expect(text).toContain("Convention relative aux équipements numériques mis à disposition");
    expect(text).toContain("Les Gayeulles");
    expect(text).not.toContain("État (académie)");
    const verified = await verifyConventionDocument(db, {
      sha256: convention.current.finalSha256!,
    });
    expect(verified).toMatchObject({ conventionKind: "BIPARTITE_EPLE" });
    expect(verified && "parties" in verified ? verified.parties.academie : "?").toBeNull();

    // Nothing of it reached the académie: no journal line in its space, no mail to its members.
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBeGreaterThan(3);
    expect(
      await db.auditEvent.count({ where: { entityId: id, academieCode: { not: null } } }),
    ).toBe(0);
    expect(
      await db.outboxEmail.count({
        where: { to: { in: ["drane14@test.fr", "recteur14@test.fr"] } },
      }),
    ).toBe(0);
  });

  it("answers not found to another département and another collège, and changes nothing", async () => {
    const before = await conventionSnapshot(id);
    for (const [user, scope] of [
      ["agent22", C22],
      ["chefR", E(UAI.rennes35b)],
    ] as const) {
      expect((await appErrorOf(async () => getConvention(await as(user, scope), id))).code).toBe(
        "NOT_FOUND",
      );
    }
    expect(
      (await appErrorOf(async () => createAvenant(await as("agent22", C22), { conventionId: id })))
        .code,
    ).toBe("NOT_FOUND");
    // Another département cannot start one for a collège of 35 either.
    const count = await db.convention.count();
    expect(
      (
        await appErrorOf(async () =>
          createConvention(await as("agent22", C22), {
            kind: "BIPARTITE_EPLE",
            uai: UAI.rennes35b,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await db.convention.count()).toBe(count);
    const pages = {
      c: () => import("@/app/c/[code]/conventions/[id]/page"),
      a: () => import("@/app/a/[code]/conventions/[id]/page"),
      e: () => import("@/app/e/[uai]/conventions/[id]/page"),
    };
    const at = async (space: keyof typeof pages, user: string, params: Record<string, string>) => {
      signInAs(users[user]!);
      return open((await pages[space]()).default as Page, { ...params, id }, 1);
    };
    expect(await at("c", "agent35", { code: "35" })).toBe("ouverte");
    expect(await at("e", "chefG", { uai: UAI.gayeulles })).toBe("ouverte");
    expect(await at("a", "recteur14", { code: "14" })).toBe("404");
    expect(await at("c", "agent22", { code: "22" })).toBe("404");
    expect(await at("e", "chefR", { uai: UAI.rennes35b })).toBe("404");
    expect(await conventionSnapshot(id)).toBe(before);
  });

  it("takes an avenant signed by the same two parties, which the académie does not see either", async () => {
    const avenant = await createAvenant(await as("agent35", C35), { conventionId: id });
    expect(
      await db.convention.findUniqueOrThrow({
        where: { id: avenant.id },
        select: { kind: true, academieCode: true, parentId: true },
      }),
    ).toEqual({ kind: "AVENANT", academieCode: null, parentId: id });
    await completeAndSubmit(avenant.id);
    expect((await steps(avenant.id)).map((s) => s.party)).toEqual(["EPLE", "COLLECTIVITE"]);
    expect(
      (await appErrorOf(async () => getConvention(await as("recteur14", A14), avenant.id))).code,
    ).toBe("NOT_FOUND");
  });

  it("is reviewed each year by its two parties, and frozen once both have written", async () => {
    const agent = await as("agent35", C35);
    const review = await openReview(agent, {
      conventionId: id,
      from: "2026-01-01",
      to: "2026-12-31",
    });
    expect(
      (
        await appErrorOf(async () =>
          saveAssessment(await as("drane14", A14), {
            reviewId: review.id,
            rating: "SATISFAISANT",
            text: "L'académie n'est pas partie.",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await saveAssessment(agent, {
      reviewId: review.id,
      rating: "A_AMELIORER",
      text: "Deux tablettes perdues à déclarer plus vite.",
    });
    const missing = await appErrorOf(() => freezeReview(agent, { reviewId: review.id }));
    expect(missing.message).toBe(
      "Il manque l'appréciation de l'établissement : chaque partie rédige la sienne avant que le bilan soit figé.",
    );
    await saveAssessment(await as("chefG", G), {
      reviewId: review.id,
      rating: "SATISFAISANT",
      text: "Les classes mobiles sont disponibles.",
    });
    const { sha256 } = await freezeReview(agent, { reviewId: review.id });
    expect(await verifyReviewDocument(db, sha256)).toMatchObject({
      assessedBy: ["COLLECTIVITE", "EPLE"],
      parties: { academie: null },
    });
  });
  it("serves its PDFs (signed convention, frozen review) to its two parties only", async () => {
    const version = await db.conventionVersion.findFirstOrThrow({
      where: { conventionId: id, finalSha256: { not: null } },
      select: { id: true },
    });
    const review = await db.conventionReview.findFirstOrThrow({
      where: { conventionId: id, status: "FIGE" },
      select: { id: true },
    });
    type Route = { GET: (r: Request, c: { params: Promise<never> }) => Promise<Response> };
    const get = (route: Route, params: Record<string, string>) =>
      route.GET(new Request("http://localhost/"), { params: Promise.resolve(params as never) });
    const files = {
      c: (await import("@/app/c/[code]/conventions/[id]/fichiers/[file]/[itemId]/route")) as Route,
      a: (await import("@/app/a/[code]/conventions/[id]/fichiers/[file]/[itemId]/route")) as Route,
      e: (await import("@/app/e/[uai]/conventions/[id]/fichiers/[file]/[itemId]/route")) as Route,
    };
    const reviews = {
      c: (await import("@/app/c/[code]/conventions/bilans/[id]/pdf/route")) as Route,
      a: (await import("@/app/a/[code]/conventions/bilans/[id]/pdf/route")) as Route,
      e: (await import("@/app/e/[uai]/conventions/bilans/[id]/pdf/route")) as Route,
    };
    const final = { id, file: "final", itemId: version.id };
    const cases: [string, keyof typeof files, Record<string, string>, number][] = [
      ["agent35", "c", { code: "35" }, 200],
      ["chefG", "e", { uai: UAI.gayeulles }, 200],
      ["recteur14", "a", { code: "14" }, 404],
      ["agent22", "c", { code: "22" }, 404],
      ["chefR", "e", { uai: UAI.rennes35b }, 404],
    ];
    for (const [user, space, scope, status] of cases) {
      signInAs(users[user]!);
      const pdf = await get(files[space], { ...scope, ...final });
      expect(pdf.status, `${user} : convention`).toBe(status);
      if (status === 200) expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
      const bilan = await get(reviews[space], { ...scope, id: review.id });
      expect(bilan.status, `${user} : bilan`).toBe(status);
    }
  });
});
