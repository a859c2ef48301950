import { describe, expect, it } from "vitest";
import { checkUai, isValidUai, uaiCheckLetter } from "./uai";

describe("UAI check letter", () => {
  it("accepts real UAIs from the ministry's files", () => {
    for (const uai of ["0010856A", "0350027P", "0220003J", "0071168G", "0071245R"]) {
      expect(isValidUai(uai)).toBe(true);
    }
  });

  it("computes the letter from the 7 digits modulo 23, without I, O and Q", () => {
    expect(uaiCheckLetter("0010856")).toBe("A");
    expect(uaiCheckLetter("0000000")).toBe("A");
    expect(uaiCheckLetter("0000008")).toBe("J");
    expect(uaiCheckLetter("0000022")).toBe("Z");
  });

  it("normalises case and spaces", () => {
    expect(checkUai(" 0350027p ")).toEqual({ ok: true, uai: "0350027P" });
  });

  it("rejects a wrong check letter with the expected one, in French", () => {
    const result = checkUai("0350027A");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toBe(
        "UAI « 0350027A » invalide : la lettre de contrôle devrait être P",
      );
  });

  it("rejects malformed and empty values", () => {
    expect(checkUai("").ok).toBe(false);
    expect(checkUai("035002P").ok).toBe(false);
    expect(checkUai("03500270").ok).toBe(false);
  });
});
