import { beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { verifySubmittedDocument } from "@/lib/conventions/verify-document";
import { verifyDocumentAction, type VerifyDocumentState } from "@/app/actions/verifier";
import { AppError } from "@/lib/errors";
import { hashOf, HASH, seedVerifyDocument } from "./verify-document.fixtures";

beforeAll(seedVerifyDocument);

describe("verifySubmittedDocument and verifyDocumentAction", () => {
  const pdfFile = (text: string) =>
    new File([new TextEncoder().encode(text)], "convention.pdf", { type: "application/pdf" });
  const idle: VerifyDocumentState = {
    status: "idle",
    message: "",
    fieldErrors: {},
    sha256: null,
    document: null,
    minutes: null,
    review: null,
  };
  const form = (entries: Record<string, string | File>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.append(key, value);
    return data;
  };

  it("hashes an uploaded file on the server, the file winning over a pasted hash", async () => {
    const result = await verifySubmittedDocument({
      file: pdfFile("version 2 finale"),
      sha256: HASH.frozen,
    });
    expect(result.sha256).toBe(HASH.final);
    expect(result.document?.kind).toBe("final");
  });

  it("takes a pasted hash without a file, and answers null for an altered document", async () => {
    expect(
      (await verifySubmittedDocument({ file: null, sha256: HASH.cadreFrozen })).document?.reference,
    ).toBe("CC-35-2026-0001");
    expect(
      await verifySubmittedDocument({ file: pdfFile("version 2 finale."), sha256: null }),
    ).toEqual({ sha256: hashOf("version 2 finale."), document: null, minutes: null, review: null });
  });

  it("refuses a file over 20 Mo and an empty submission, in French", async () => {
    const large = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "gros.pdf", {
      type: "application/pdf",
    });
    const tooLarge = await verifySubmittedDocument({ file: large, sha256: null }).catch(
      (e: unknown) => e,
    );
    expect(tooLarge).toBeInstanceOf(AppError);
    expect((tooLarge as AppError).fieldErrors.document).toContain("20 Mo");
    const empty = await verifySubmittedDocument({
      file: new File([], "vide.pdf"),
      sha256: "  ",
    }).catch((e: unknown) => e);
    expect((empty as AppError).fieldErrors).toEqual({
      document: "Déposez le PDF du document ou collez son empreinte SHA-256.",
    });
  });

  it("answers the form: recognised, unknown, or a field error", async () => {
    const recognised = await verifyDocumentAction(
      idle,
      form({ document: pdfFile("version 2 figée") }),
    );
    expect(recognised).toMatchObject({
      status: "ok",
      sha256: HASH.frozen,
      document: { kind: "frozen", reference: "CT-35-2026-0007" },
    });
    const unknown = await verifyDocumentAction(idle, form({ sha256: "0".repeat(64) }));
    expect(unknown).toMatchObject({ status: "ok", sha256: "0".repeat(64), document: null });
    const malformed = await verifyDocumentAction(idle, form({ sha256: "pas une empreinte" }));
    expect(malformed).toMatchObject({ status: "error", sha256: null, document: null });
    expect(malformed.fieldErrors.sha256).toContain("64 caractères hexadécimaux");
  });
});
