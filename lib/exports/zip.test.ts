import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readZip, writeZip, ZipFormatError } from "./zip";

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const HAS_UNZIP = hasTool("unzip");
const HAS_ZIP = hasTool("zip");

function errorOf(fn: () => unknown): ZipFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ZipFormatError) return error;
    throw error;
  }
  throw new Error("expected a ZipFormatError");
}

describe("writeZip / readZip", () => {
  const entries = [
    { name: "a.txt", data: "Bonjour « élève » ".repeat(50) },
    { name: "dossier/b.bin", data: new Uint8Array([0, 1, 2, 255]), compress: false },
    { name: "vide.txt", data: "" },
    { name: "données/é.xml", data: "<x>é</x>" },
  ];

  it("reads back what it wrote, deflated or stored, UTF-8 names included", () => {
    const zip = readZip(writeZip(entries));
    expect(zip.names).toEqual(["a.txt", "dossier/b.bin", "vide.txt", "données/é.xml"]);
    expect(text(zip.read("a.txt"))).toBe(entries[0]!.data);
    expect([...zip.read("dossier/b.bin")!]).toEqual([0, 1, 2, 255]);
    expect(text(zip.read("vide.txt"))).toBe("");
    expect(text(zip.read("données/é.xml"))).toBe("<x>é</x>");
    expect(zip.has("absent")).toBe(false);
    expect(zip.read("absent")).toBeUndefined();
  });

  it("gives the same bytes for the same input", () => {
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(writeZip(entries)))).toBe(true);
  });

  it("compresses repetitive data", () => {
    const archive = writeZip([{ name: "a", data: "x".repeat(100_000) }]);
    expect(archive.length).toBeLessThan(1_000);
  });

  it.runIf(HAS_UNZIP)("is readable by unzip, which finds no error", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
    try {
      const file = path.join(dir, "t.zip");
      writeFileSync(file, writeZip(entries));
      expect(execFileSync("unzip", ["-t", file]).toString()).toContain("No errors detected");
      execFileSync("unzip", ["-q", file, "-d", dir]);
      expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe(entries[0]!.data);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(HAS_ZIP)("reads an archive made by the zip tool", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
    try {
      writeFileSync(path.join(dir, "f.txt"), "contenu ".repeat(1000));
      execFileSync("zip", ["-q", "-X", "t.zip", "f.txt"], { cwd: dir });
      const zip = readZip(readFileSync(path.join(dir, "t.zip")));
      expect(text(zip.read("f.txt"))).toBe("contenu ".repeat(1000));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("readZip refuses what it cannot or should not read", () => {
  it("rejects what is not a ZIP, in French", () => {
    const error = errorOf(() => readZip(new TextEncoder().encode("uai;nom\n0350027P;Collège\n")));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("Archive ZIP illisible : ce n'est pas une archive ZIP.");
    expect(errorOf(() => readZip(new Uint8Array(0))).reason).toBe("ce n'est pas une archive ZIP.");
  });

  it("rejects encrypted entries", () => {
    const archive = writeZip([{ name: "secret.txt", data: "x" }]);
    const view = new DataView(archive.buffer);
    const central = archive.length - 22 - (46 + "secret.txt".length);
    view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
    expect(errorOf(() => readZip(archive)).reason).toBe("les archives chiffrées ne sont pas prises en charge.");
  });

  it("rejects ZIP64 archives", () => {
    const archive = writeZip([{ name: "a", data: "x" }]);
    const view = new DataView(archive.buffer);
    const central = archive.length - 22 - 47;
    view.setUint32(central + 24, 0xffffffff, true);
    expect(errorOf(() => readZip(archive)).reason).toBe("le format ZIP64 n'est pas pris en charge.");
  });

  it("caps the number of entries", () => {
    const archive = writeZip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, data: "x" })));
    expect(errorOf(() => readZip(archive, { maxEntries: 4 })).reason).toBe("l'archive contient trop de fichiers (plus de 4).");
    expect(readZip(archive, { maxEntries: 5 }).names).toHaveLength(5);
  });

  it("caps declared sizes, per entry and in total, before inflating anything", () => {
    const archive = writeZip([
      { name: "a", data: "x".repeat(1_000) },
      { name: "b", data: "y".repeat(1_000) },
    ]);
    expect(errorOf(() => readZip(archive, { maxEntryBytes: 999 })).reason).toBe("le fichier « a » est trop volumineux une fois décompressé.");
    expect(errorOf(() => readZip(archive, { maxTotalBytes: 1_999 })).reason).toBe("le contenu de l'archive est trop volumineux une fois décompressé.");
  });

  it("stops inflating an entry that lies about its size (zip bomb)", () => {
    const archive = writeZip([{ name: "bombe", data: "0".repeat(10_000_000) }]);
    const view = new DataView(archive.buffer);
    const central = archive.length - 22 - (46 + "bombe".length);
    view.setUint32(central + 24, 10, true); // announces 10 bytes
    const zip = readZip(archive);
    expect(errorOf(() => zip.read("bombe")).reason).toBe("l'entrée « bombe » n'a pas la taille annoncée.");
  });

  it("detects corrupted data by its checksum", () => {
    const data = "abcdefghij".repeat(10);
    const archive = writeZip([{ name: "a", data, compress: false }]);
    archive[30 + 1 + 5] = "Z".charCodeAt(0);
    expect(errorOf(() => readZip(archive).read("a")).reason).toBe("l'entrée « a » est corrompue (somme de contrôle).");
  });

  it("rejects deflate data that does not inflate", () => {
    const archive = writeZip([{ name: "a", data: "abc".repeat(100) }]);
    const body = deflateRawSync(Buffer.from("abc".repeat(100)));
    for (let i = 0; i < body.length; i += 1) archive[30 + 1 + i] = 0xff;
    expect(errorOf(() => readZip(archive).read("a")).reason).toMatch(/^l'entrée « a » (ne se décompresse pas|n'a pas la taille annoncée)\.$/);
  });

  it("rejects unknown compression methods", () => {
    const archive = writeZip([{ name: "a", data: "x" }]);
    const view = new DataView(archive.buffer);
    view.setUint16(archive.length - 22 - 47 + 10, 12, true); // bzip2
    expect(errorOf(() => readZip(archive)).reason).toBe("méthode de compression non prise en charge (12).");
  });
});
