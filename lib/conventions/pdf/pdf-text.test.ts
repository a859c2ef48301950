import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "@/tests/support/pdf-text";
import { createCursor } from "./pdf-cursor";
import { embedPdfFonts } from "./pdf-fonts";
import { sanitizePdfText, wrapText } from "./pdf-text";
import type { PDFFont } from "pdf-lib";

let font: PDFFont;

beforeAll(async () => {
  font = (await embedPdfFonts(await PDFDocument.create())).regular;
});

describe("sanitizePdfText", () => {
  it("keeps the French characters", () => {
    const french =
      "Élève à l'école, cœur, Œuvre, ça, « guillemets », l’apostrophe, 12 € – tiret — cadratin… ½ n° 3";
    expect(sanitizePdfText(french)).toBe(french);
  });

  it("turns every kind of space into a plain one and drops invisible characters", () => {
    expect(sanitizePdfText("1\u202f234\u00a0€\tTTC")).toBe("1 234 € TTC");
    expect(sanitizePdfText("co\u00adopé\u200bration\ufeff")).toBe("coopération");
  });

  it("keeps names and symbols outside Windows-1252 that the embedded font draws", () => {
    for (const text of [
      "Łukasz Żółć",
      "Nguyễn Thị Minh Khai",
      "Алексей Смирнов",
      "Łódź, Erdős, Ελληνικά",
      "délai ≤ 48 h, ≥ 2 → N3",
    ]) {
      expect(sanitizePdfText(text)).toBe(text);
    }
    expect(sanitizePdfText("non\u2011sécable")).toBe("non-sécable");
  });

  it("approximates or replaces what the font lacks", () => {
    expect(sanitizePdfText("中文 한국어")).toBe("?? ???");
  });

  it("keeps line breaks as \\n and removes control characters", () => {
    expect(sanitizePdfText("a\r\nb\rc\u2028d\u0000e\u0007f\u009b")).toBe("a\nb\nc\nd" + "ef");
  });

  it("never throws and always returns text the font can encode", () => {
    const odd = [
      "👩‍👩‍👧 emoji 🇫🇷 ✔️",
      "\ud800 lone surrogate \udfff",
      "中文 العربية עברית Ελληνικά русский",
      "\u0000\u0001\u001f\u007f\u0080\u009f",
      "e\u0301 combining, Z\u0351\u0352 zalgo",
      "",
      "\t\t\n\n\u202f",
    ];
    for (const input of odd) {
      const clean = sanitizePdfText(input);
      for (const line of clean.split("\n")) expect(() => font.encodeText(line)).not.toThrow();
      expect(() => wrapText(input, font, 10, 200)).not.toThrow();
    }
    expect(sanitizePdfText("e\u0301")).toBe("é");
    expect(sanitizePdfText("中")).toBe("?");
  });
});

describe("embedPdfFonts", () => {
  it("prints names outside Windows-1252 as written, as pdftotext reads them, in a small PDF", async () => {
    const doc = await PDFDocument.create();
    const fonts = await embedPdfFonts(doc);
    const cursor = createCursor(doc, fonts);
    cursor.heading("Signataires");
    cursor.field("Collectivité", "Łukasz Żółć");
    cursor.field("Académie", "Nguyễn Văn An");
    cursor.table(
      [
        { header: "Établissement", width: 0.5 },
        { header: "Référent", width: 0.5 },
      ],
      [["Collège Les Gayeulles", "Алексей Смирнов"]],
    );
    const bytes = await doc.save({ useObjectStreams: false });
    const text = pdfText(bytes).normalize("NFC");
    for (const name of [
      "Signataires",
      "Łukasz Żółć",
      "Nguyễn Văn An",
      "Алексей Смирнов",
      "Établissement",
      "Collège Les Gayeulles",
    ])
      expect(text).toContain(name);
    expect(text).not.toContain("?");
    // Subsets: two faces of 700 Ko each would make a PDF of 1.4 Mo.
    expect(bytes.length).toBeLessThan(120_000);
  });
});

describe("wrapText", () => {
  it("wraps by measured width and keeps every word", () => {
    const text =
      "Le comité de pilotage se réunit au moins une fois par an pour arrêter le plan d'équipement de l'établissement.";
    const lines = wrapText(text, font, 10, 150);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(150);
    expect(lines.join(" ")).toBe(text);
  });

  it("keeps paragraphs and blank lines", () => {
    expect(wrapText("Premier.\n\nSecond.", font, 10, 400)).toEqual(["Premier.", "", "Second."]);
  });

  it("cuts a word longer than the line", () => {
    const word = "anticonstitutionnellement".repeat(6);
    const lines = wrapText(`avant ${word} après`, font, 10, 120);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join("").replace(/ /g, "")).toBe(`avant${word}après`);
  });
});
