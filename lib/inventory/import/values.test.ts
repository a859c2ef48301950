import { describe, expect, it } from "vitest";
import {
  extractUai,
  parseCategory,
  parseFunding,
  parseImportDate,
  parseStatus,
  parseUsage,
  parseWarrantyMonths,
  warrantyEnd,
} from "./values";

describe("parseCategory", () => {
  it.each([
    ["Ordinateur portable", "PORTABLE"],
    ["Portable", "PORTABLE"],
    ["Laptop", "PORTABLE"],
    ["Notebook", "PORTABLE"],
    ["Desktop", "POSTE_FIXE"],
    ["Unité centrale", "POSTE_FIXE"],
    ["PC fixe", "POSTE_FIXE"],
    ["Tour", "POSTE_FIXE"],
    ["poste fixe", "POSTE_FIXE"],
    ["Tablette", "TABLETTE"],
    ["Tablet", "TABLETTE"],
    ["iPad", "TABLETTE"],
    ["TBI", "TNI_TBI"],
    ["TNI", "TNI_TBI"],
    ["VPI", "VPI"],
    ["ENI", "ENI"],
    ["Écran interactif", "ENI"],
    ["ECRAN INTERACTIF", "ENI"],
    ["Vidéoprojecteur", "VIDEOPROJECTEUR"],
    ["videoprojecteur", "VIDEOPROJECTEUR"],
    ["Imprimante", "IMPRIMANTE"],
    ["Imprimante 3D", "IMPRIMANTE"],
    ["Serveur", "SERVEUR"],
    ["Borne wifi", "BORNE_WIFI"],
    ["Borne Wi-Fi", "BORNE_WIFI"],
    ["Point d'accès", "BORNE_WIFI"],
    ["Switch", "COMMUTATEUR"],
    ["Commutateur", "COMMUTATEUR"],
    ["Téléphone IP", "TELEPHONIE_IP"],
    ["Classe mobile", "CLASSE_MOBILE"],
    ["EIM", "EIM"],
    ["Ultra-portable", "ULTRAPORTABLE"],
    ["POSTE_FIXE", "POSTE_FIXE"],
  ])("« %s » → %s", (raw, expected) => {
    expect(parseCategory(raw)).toBe(expected);
  });

  it("does not guess an unknown word", () => {
    expect(parseCategory("Grille-pain")).toBeUndefined();
  });
});

describe("status, usage and funding", () => {
  it.each([
    ["En service", "EN_SERVICE"],
    ["Actif", "EN_SERVICE"],
    ["En production", "EN_SERVICE"],
    ["Production", "EN_SERVICE"],
    ["En panne", "EN_PANNE"],
    ["Hors service", "EN_PANNE"],
    ["En réparation", "EN_PANNE"],
    ["En stock", "EN_STOCK"],
    ["Stock", "EN_STOCK"],
    ["Réformé", "REFORME"],
    ["Rebut", "REFORME"],
    ["Mis au rebut", "REFORME"],
    ["Retiré", "REFORME"],
  ])("status « %s » → %s", (raw, expected) => {
    expect(parseStatus(raw)).toBe(expected);
  });

  it("reads usages and funding sources", () => {
    expect(parseUsage("Pédagogique")).toBe("PEDAGOGIQUE");
    expect(parseUsage("administration")).toBe("ADMINISTRATIF");
    expect(parseFunding("Département")).toBe("COLLECTIVITE");
    expect(parseFunding("État")).toBe("ETAT");
    expect(parseFunding("TNE")).toBe("ETAT");
    expect(parseFunding("Budget de l'établissement")).toBe("ETABLISSEMENT");
    expect(parseFunding("Commune")).toBe("COMMUNE_EPCI");
    expect(parseStatus("Perdu")).toBeUndefined();
  });
});

describe("extractUai", () => {
  it("takes a bare UAI, in any case", () => {
    expect(extractUai(" 0350027p ")).toBe("0350027P");
  });

  it("finds the deepest UAI of a GLPI entity path", () => {
    expect(extractUai("Entité racine > Collèges 35 > 0350027P - Collège Les Gayeulles")).toBe(
      "0350027P",
    );
    expect(extractUai("Département 35 (0359999Z) > 0350913C - Collège")).toBe("0350913C");
  });

  it("returns null without a UAI", () => {
    expect(extractUai("Entité racine > Lycées")).toBeNull();
    expect(extractUai("03500270P")).toBeNull();
  });
});

describe("parseImportDate", () => {
  it("accepts ISO, French and GLPI day-first dates, with or without a time", () => {
    expect(parseImportDate("2024-02-29")).toBe("2024-02-29");
    expect(parseImportDate("2021-09-01 10:15:00")).toBe("2021-09-01");
    expect(parseImportDate("01/09/2021")).toBe("2021-09-01");
    expect(parseImportDate("1/9/2021")).toBe("2021-09-01");
    expect(parseImportDate("01-09-2021")).toBe("2021-09-01");
    expect(parseImportDate("01-09-2021 16:24")).toBe("2021-09-01");
    expect(parseImportDate("01.09.2021")).toBe("2021-09-01");
  });

  it("rejects impossible dates and other text", () => {
    expect(parseImportDate("31/02/2024")).toBeNull();
    expect(parseImportDate("2023-02-29")).toBeNull();
    expect(parseImportDate("septembre 2021")).toBeNull();
    expect(parseImportDate("45123")).toBeNull();
  });
});

describe("warranty", () => {
  it("reads durations in months or years, and GLPI's lifelong warranty", () => {
    expect(parseWarrantyMonths("36")).toBe(36);
    expect(parseWarrantyMonths("36 mois")).toBe(36);
    expect(parseWarrantyMonths("3 ans")).toBe(36);
    expect(parseWarrantyMonths("24 months")).toBe(24);
    expect(parseWarrantyMonths("À vie")).toBe("a-vie");
    expect(parseWarrantyMonths("-1")).toBe("a-vie");
    expect(parseWarrantyMonths("trois ans")).toBeNull();
  });

  it("ends the day before the same date N months later, month ends clamped", () => {
    expect(warrantyEnd("2021-09-01", 36)).toBe("2024-08-31");
    expect(warrantyEnd("2020-01-31", 1)).toBe("2020-02-28");
    expect(warrantyEnd("2020-02-29", 12)).toBe("2021-02-27");
  });
});
