import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { drawnText, sampleDocument, sha256 } from "@/tests/support/convention-document";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { renderConventionPdf } from "./render-convention-pdf";

describe("renderConventionPdf", () => {
  it("renders a multi-page A4 document with every part", async () => {
    const bytes = await renderConventionPdf(sampleDocument());
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThan(3);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getTitle()).toBe(
      "CT-35-2026-0007 – Convention tripartite relative au numérique éducatif du collège Les Gayeulles",
    );
    expect(pdf.getCreationDate()?.toISOString()).toBe("2026-06-15T08:30:00.000Z");

    const text = drawnText(bytes);
    for (const expected of [
      "Collège Les Gayeulles, UAI 0350027P, Rennes",
      "CC-35-2025-0001",
      "du 1er septembre 2026 au 31 août 2029",
      "Article 1 – Objet",
      "Article 16 – Identifiants",
      "Matrice des responsabilités",
      "Annexe 1 – Inventaire des équipements au 1er juin 2026",
      "Annexe 2 – Niveaux de service",
      "Aucun équipement n'est encore inventorié pour cet établissement à cette date.",
      "Établissement (EPLE)",
      `Page 1 / ${pages}`,
      `Page ${pages} / ${pages}`,
      "CT-35-2026-0007 – version 2",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("12 345,67 €");
    expect(text).toContain("≤ 48 h"); // drawn as written: the embedded font has it
  });

  it("renders the same bytes twice", async () => {
    const first = await renderConventionPdf(sampleDocument());
    const second = await renderConventionPdf(sampleDocument());
    expect(sha256(second)).toBe(sha256(first));
    const other = await renderConventionPdf(sampleDocument({ versionNumber: 3 }));
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it("renders a convention-cadre without établissement nor inventory, and an inventory with rows", async () => {
    const cadre = await renderConventionPdf(
      sampleDocument({
        kind: "CADRE",
        parties: {
          collectivite: "Région Bretagne",
          academie: "Académie de Rennes",
          etablissement: null,
        },
        parentReference: null,
        startsOn: null,
        endsOn: null,
        matrix: [],
        annexes: { inventory: null, serviceLevels: false },
      }),
    );
    const cadreText = drawnText(cadre);
    expect(cadreText).toContain("dates à compléter");
    expect(cadreText).not.toContain("Annexe");
    const withInventory = drawnText(
      await renderConventionPdf(
        sampleDocument({
          annexes: {
            inventory: {
              asOf: new Date("2026-06-01T00:00:00Z"),
              rows: [
                { category: "Ordinateurs portables", count: 1250 },
                { category: "Vidéoprojecteurs", count: 31 },
              ],
            },
            serviceLevels: false,
          },
        }),
      ),
    );
    expect(withInventory).toContain("Annexe 1 – Inventaire");
    expect(withInventory).toContain("1 250");
    expect(withInventory).toContain("1 281");
  });

  it("lists the routing and the measured commitments in the service-levels annex, the same bytes twice", async () => {
    const doc = sampleDocument({ assistance: DEFAULT_TRIPARTITE_CONTENT.assistance });
    const bytes = await renderConventionPdf(doc);
    expect(sha256(await renderConventionPdf(doc))).toBe(sha256(bytes));
    const text = drawnText(bytes).replace(/\s+/g, " ");
    const annex = text.slice(text.indexOf("Annexe 2 – Niveaux de service"));
    for (const expected of [
      "Aiguillage des signalements",
      "Applications nationales Académie (État) N2",
      "Vérifications et réglages simples Établissement N1",
      "Engagements mesurés",
      "– N2 · Vidéoprojection et écrans interactifs : prise en charge sous 1 jour ouvré, résolution sous 3 jours ouvrés, hors vacances scolaires.",
      "– N1 · Tous les domaines : prise en charge sous 4 heures ouvrées, résolution sous 1 jour ouvré.",
      "Journée ouvrée de 8 h à 17 h 30",
      "Clôture automatique 7 jours après la résolution",
      "Réouverture possible pendant 15 jours après la clôture",
    ]) {
      expect(annex).toContain(expected);
    }
    // Without the annex, the routing is not printed elsewhere.
    const withoutAnnex = drawnText(
      await renderConventionPdf({
        ...doc,
        annexes: { inventory: null, serviceLevels: false },
      }),
    );
    expect(withoutAnnex).not.toContain("Aiguillage des signalements");
  });
});
