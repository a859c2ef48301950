import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { unsafeVerifyAuditChain } from "@/lib/audit/verify-audit-chain";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";
import { listConventionTemplates } from "@/lib/conventions/templates/list-templates";
import { getConventionTemplate } from "@/lib/conventions/templates/get-template";
import {
  createConventionTemplate,
  saveConventionTemplateVersion,
} from "@/lib/conventions/templates/save-template-version";
import { getLatestTemplateVersion } from "@/lib/conventions/templates/get-latest-template-version";
import { unsafeEnsureDefaultTemplates } from "@/lib/conventions/templates/unsafe-ensure-default-templates";
import { UAI } from "../support/fixtures";
import { collectiviteIdOf } from "../support/rows";
import { C35, C14, A14, E } from "../support/access";
import { as, snapshot, edited, seedConventionTemplates } from "./convention-templates.fixtures";

beforeAll(seedConventionTemplates);

let templateId = "";

describe("templates of a collectivité", () => {
  it("lets an agent create a template from the default document and list it", async () => {
    const agent = await as("agent35", C35);
    expect(await getLatestTemplateVersion(agent, "TRIPARTITE")).toBeNull();
    const created = await createConventionTemplate(agent, {
      kind: "TRIPARTITE",
      name: "  Convention tripartite 2026  ",
    });
    templateId = created.id;
    expect(created).toMatchObject({
      kind: "TRIPARTITE",
      name: "Convention tripartite 2026",
      number: 1,
    });

    const list = await listConventionTemplates(agent);
    expect(list).toEqual([
      expect.objectContaining({
        id: templateId,
        kind: "TRIPARTITE",
        archived: false,
        latestVersion: expect.objectContaining({ number: 1 }),
      }),
    ]);
    const detail = await getConventionTemplate(agent, templateId);
    expect(detail.latest?.content).toEqual(DEFAULT_TRIPARTITE_CONTENT);
    expect(detail.versions).toEqual([
      expect.objectContaining({ number: 1, authorName: "agent35" }),
    ]);
    await expect(
      createConventionTemplate(agent, { kind: "CADRE", name: "convention TRIPARTITE 2026" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(
      await db.auditEvent.count({
        where: { action: "template.create", entityId: templateId, collectiviteId: { not: null } },
      }),
    ).toBe(1);
  });

  it("appends version 2 with an audit event, and the chain still verifies", async () => {
    const agent = await as("agent35", C35);
    const content = edited((c) => {
      c.articles.push({
        title: "Clause particulière",
        body: "Le collège {{etablissement.nom}} dispose d'un atelier de fabrication numérique.",
      });
      c.signingOrder = [
        { party: "EPLE", order: 1 },
        { party: "ETAT", order: 2 },
        { party: "COLLECTIVITE", order: 2 },
      ];
    });
    const saved = await saveConventionTemplateVersion(agent, {
      templateId,
      note: "Ajout d'une clause particulière",
      content,
      baseVersion: "1",
    });
    expect(saved.number).toBe(2);

    const detail = await getConventionTemplate(agent, templateId);
    expect(detail.versions.map((v) => [v.number, v.note])).toEqual([
      [2, "Ajout d'une clause particulière"],
      [1, "Version initiale"],
    ]);
    expect(detail.latest?.content.articles.at(-1)?.title).toBe("Clause particulière");
    expect(detail.latest?.content.signingOrder).toContainEqual({ party: "COLLECTIVITE", order: 2 });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "template.version", entityId: templateId },
      select: { entityType: true, after: true, collectiviteId: true },
    });
    expect(event).toMatchObject({
      entityType: "ConventionTemplate",
      after: { version: 2, note: "Ajout d'une clause particulière" },
    });
    expect(event.collectiviteId).toBe(await collectiviteIdOf("35"));
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({ ok: true });

    const latest = await getLatestTemplateVersion(agent, "TRIPARTITE");
    expect(latest?.templateVersionId).toBe(saved.versionId);
  });

  it.each([
    [
      "an unknown variable",
      edited((c) => {
        c.articles[2]!.body += " {{foo}}";
      }),
      /^Article 3 — Variable inconnue : \{\{foo\}\}/,
    ],
    [
      "an empty article title",
      edited((c) => {
        c.articles[0]!.title = "  ";
      }),
      /^Article 1 — Titre de l'article : ce champ est obligatoire/,
    ],
    [
      "a signing order missing a party",
      edited((c) => {
        c.signingOrder = c.signingOrder.filter((s) => s.party !== "EPLE");
      }),
      /^Ordre de signature — .*établissement, l'académie et la collectivité/,
    ],
    [
      "a party out of range",
      edited((c) => {
        c.signingOrder[0]!.order = 7;
      }),
      /^Ordre de signature — Ordre : de 1 à 3/,
    ],
    [
      "a domain routed twice",
      edited((c) => {
        c.assistance.routing.push({ domain: "ENT", party: "ETAT", level: "N1" });
      }),
      /^Aiguillage des signalements — Chaque domaine d'assistance est aiguillé une seule fois\./,
    ],
    [
      "an unknown handling party",
      edited((c) => {
        (c.assistance.routing[2] as { party: string }).party = "PARTAGE";
      }),
      /^Aiguillage des signalements, ligne 3 — Traité par : choisissez/,
    ],
    [
      "a measured commitment without resolution delay",
      edited((c) => {
        (c.assistance.serviceLevels[1] as { resolve: unknown }).resolve = null;
      }),
      /^Engagement mesuré n° 2 — Délai de résolution : au moins 1\./,
    ],
    [
      "a working day that ends before it starts",
      edited((c) => {
        c.assistance.workdayEnd = "07:00";
      }),
      /^Journée ouvrée — La journée ouvrée finit après avoir commencé\./,
    ],
    [
      "an automatic closing past 60 days",
      edited((c) => {
        c.assistance.closeAfterDays = 90;
      }),
      /^Clôture automatique — un nombre entier de jours, de 1 à 60\./,
    ],
    ["malformed JSON", '{"articles": [', /illisible/],
  ])("refuses %s with a French message and writes nothing", async (_case, content, message) => {
    const agent = await as("agent35", C35);
    const before = await snapshot();
    await expect(
      saveConventionTemplateVersion(agent, { templateId, note: "", content }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(message) });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a save over a version saved in the meantime, so two concurrent saves make one version", async () => {
    const agent = await as("agent35", C35);
    const input = {
      templateId,
      note: "Relecture",
      content: JSON.stringify(DEFAULT_TRIPARTITE_CONTENT),
      baseVersion: 2,
    };
    const results = await Promise.allSettled([
      saveConventionTemplateVersion(agent, input),
      saveConventionTemplateVersion(agent, input),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    expect(
      (
        await db.conventionTemplateVersion.findMany({
          where: { templateId },
          select: { number: true },
          orderBy: { number: "asc" },
        })
      ).map((v) => v.number),
    ).toEqual([1, 2, 3]);
  });

  it("lets an élu read templates but not write them", async () => {
    const elu = await as("elu35", C35);
    expect((await listConventionTemplates(elu)).map((t) => t.id)).toEqual([templateId]);
    expect((await getConventionTemplate(elu, templateId)).latest?.number).toBe(3);
    const before = await snapshot();
    await expect(
      createConventionTemplate(elu, { kind: "CADRE", name: "Cadre de l'élu" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      saveConventionTemplateVersion(elu, {
        templateId,
        note: "",
        content: JSON.stringify(DEFAULT_TRIPARTITE_CONTENT),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot()).toBe(before);
  });
});

describe("templates across scopes", () => {
  it("answers not found to another collectivité, the académie and a collège, and changes nothing", async () => {
    const before = await snapshot();
    const content = JSON.stringify(DEFAULT_TRIPARTITE_CONTENT);
    const agent14 = await as("agent14", C14);
    expect(await listConventionTemplates(agent14)).toEqual([]);
    expect(await getLatestTemplateVersion(agent14, "TRIPARTITE")).toBeNull();
    await expect(getConventionTemplate(agent14, templateId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveConventionTemplateVersion(agent14, { templateId, note: "", content }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const drane = await as("drane14", A14);
    const chef = await as("chef", E(UAI.gayeulles));
    for (const ctx of [drane, chef]) {
      await expect(listConventionTemplates(ctx)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getConventionTemplate(ctx, templateId)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(getLatestTemplateVersion(ctx, "TRIPARTITE")).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        saveConventionTemplateVersion(ctx, { templateId, note: "", content }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await snapshot()).toBe(before);

    const owner = await as("agent35", C35);
    expect((await getConventionTemplate(owner, templateId)).latest?.number).toBe(3);
  });
});

describe("default templates", () => {
  it("creates the default templates (one per kind) once, idempotently, and prefills from the newest non-archived one", async () => {
    const c14 = await db.collectivite.findUniqueOrThrow({
      where: { code: "14" },
      select: { id: true },
    });
    expect(await unsafeEnsureDefaultTemplates(db, c14.id)).toEqual({
      created: ["TRIPARTITE", "CADRE", "BIPARTITE_EPLE"],
    });
    expect(await db.$transaction((tx) => unsafeEnsureDefaultTemplates(tx, c14.id))).toEqual({
      created: [],
    });
    const agent14 = await as("agent14", C14);
    const list = await listConventionTemplates(agent14);
    expect(list.map((t) => [t.kind, t.name, t.latestVersion?.number])).toEqual([
      ["CADRE", "Convention-cadre type", 1],
      ["TRIPARTITE", "Convention tripartite type", 1],
      ["BIPARTITE_EPLE", "Convention collectivité–établissement type", 1],
    ]);
    expect((await getLatestTemplateVersion(agent14, "CADRE"))?.content).toEqual(
      DEFAULT_CADRE_CONTENT,
    );

    const newer = await createConventionTemplate(agent14, {
      kind: "CADRE",
      name: "Convention-cadre 2027",
      content: JSON.stringify({ ...DEFAULT_CADRE_CONTENT, serviceLevels: [] }),
    });
    expect((await getLatestTemplateVersion(agent14, "CADRE"))?.content.serviceLevels).toEqual([]);
    await db.conventionTemplate.update({
      where: { id: newer.id },
      data: { archivedAt: new Date() },
    });
    expect((await getLatestTemplateVersion(agent14, "CADRE"))?.content).toEqual(
      DEFAULT_CADRE_CONTENT,
    );
    expect(await unsafeEnsureDefaultTemplates(db, c14.id)).toEqual({ created: [] });
    expect(await unsafeVerifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
