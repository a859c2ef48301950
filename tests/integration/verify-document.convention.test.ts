import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db/client";
import { verifyConventionDocument } from "@/lib/conventions/verify-document";
import { UAI } from "../support/fixtures";
import { hashOf, HASH, keysOf, seedVerifyDocument } from "./verify-document.fixtures";

beforeAll(seedVerifyDocument);

describe("verifyConventionDocument", () => {
  it("recognises the final PDF of a signed version, with its signatures in signing order", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.final });
    expect(result).toEqual({
      kind: "final",
      reference: "CT-35-2026-0007",
      title: "Convention tripartite du collège Les Gayeulles",
      conventionKind: "TRIPARTITE",
      versionNumber: 2,
      versionStatus: "SIGNEE",
      conventionStatus: "EN_VIGUEUR",
      parties: {
        collectivite: expect.stringContaining("Ille-et-Vilaine"),
        academie: "Académie de Rennes",
        etablissement: { name: expect.any(String), uai: UAI.gayeulles },
      },
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: new Date("2029-08-31T00:00:00Z"),
      signatures: [
        {
          party: "EPLE",
          signerName: "Anne Lefèvre",
          qualite: "Principale",
          status: "SIGNEE",
          decidedAt: new Date("2026-06-05T08:00:00Z"),
          declaredBy: null,
          scanSha256: null,
        },
        {
          party: "ETAT",
          signerName: "Jean Dupont",
          qualite: "Recteur de l'académie",
          status: "SIGNEE_HORS_PLATEFORME",
          decidedAt: new Date("2026-06-10T08:00:00Z"),
          declaredBy: null,
          scanSha256: hashOf("scan"),
        },
      ],
    });
  });

  it("recognises the frozen PDF of the same version", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.frozen });
    expect(result).toMatchObject({
      kind: "frozen",
      reference: "CT-35-2026-0007",
      versionNumber: 2,
      versionStatus: "SIGNEE",
    });
    expect(result?.signatures).toHaveLength(2);
  });

  it("accepts an upper-case hash with surrounding spaces", async () => {
    const result = await verifyConventionDocument(db, {
      sha256: `  ${HASH.final.toUpperCase()}\n`,
    });
    expect(result?.kind).toBe("final");
  });

  it("says a replaced version is replaced, listing only its signed steps (not the refusal)", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.replacedFrozen });
    expect(result).toMatchObject({
      kind: "frozen",
      versionNumber: 1,
      versionStatus: "REMPLACEE",
      startsOn: null,
    });
    expect(result?.signatures.map((s) => [s.party, s.status])).toEqual([["EPLE", "SIGNEE"]]);
  });

  it("lists no pending step and no établissement for a convention-cadre in signature", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.cadreFrozen });
    expect(result).toMatchObject({
      conventionKind: "CADRE",
      conventionStatus: "EN_SIGNATURE",
      versionStatus: "EN_SIGNATURE",
      parties: { etablissement: null },
    });
    expect(result?.signatures.map((s) => s.party)).toEqual(["ETAT"]);
  });

  it("returns null for a hash no convention has", async () => {
    expect(await verifyConventionDocument(db, { sha256: hashOf("document modifié") })).toBeNull();
  });

  it("refuses a malformed hash with a French message", async () => {
    for (const input of [
      { sha256: "abc" },
      { sha256: "g".repeat(64) },
      { sha256: `${HASH.final}0` },
      { sha256: 42 },
      {},
      null,
      "texte",
    ]) {
      const error = await verifyConventionDocument(db, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ZodError);
      const message = (error as ZodError).issues[0]?.message ?? "";
      expect(message).toMatch(/empreinte|SHA-256|attendu/i);
    }
    const short = (await verifyConventionDocument(db, { sha256: "abc" }).catch(
      (e: unknown) => e,
    )) as ZodError;
    expect(short.issues[0]).toMatchObject({
      path: ["sha256"],
      message: expect.stringContaining("64 caractères hexadécimaux"),
    });
  });

  it("tells nothing beyond the public summary: no IP, e-mail, browser, content nor PDF", async () => {
    const result = await verifyConventionDocument(db, { sha256: HASH.final });
    // The scanned copy's hash of a paper signature is part of the public summary (issue 13: a
    // declaration shows who declared it and the scan's hash); no other hash is.
    const keys = keysOf(result).filter((key) => key !== "scanSha256");
    for (const forbidden of [
      /ip/i,
      /email/i,
      /agent/i,
      /content/i,
      /pdf/i,
      /sha/i,
      /authori/i,
      /refusal/i,
      /^id$/i,
    ]) {
      expect(keys.filter((key) => forbidden.test(key) && key !== "signatures")).toEqual([]);
    }
    const json = JSON.stringify(result);
    for (const secret of [
      "203.0.113.7",
      "signataire@exemple.fr",
      "Mozilla",
      "confidentiel",
      "CA-2026-12",
      HASH.frozen,
    ]) {
      expect(json).not.toContain(secret);
    }
  });
});
