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
  it.for([
    ["2024-02-29", "2024-02-29"],
    ["2021-09-01 10:15:00", "2021-09-01"],
    ["01/09/2021", "2021-09-01"],
    ["1/9/2021", "2021-09-01"],
    ["01-09-2021", "2021-09-01"],
    ["01-09-2021 16:24", "2021-09-01"],
    ["01.09.2021", "2021-09-01"],
  ])("accepts ISO, French and GLPI day-first dates, with or without a time: %s", ([raw, day]) => {
    expect(parseImportDate(raw!)).toBe(day);
  });

  it.for(["31/02/2024", "2023-02-29", "septembre 2021", "45123"])(
    "rejects impossible dates and other text: %s",
    (raw) => {
      expect(parseImportDate(raw)).toBeNull();
    },
  );
});

describe("warranty", () => {
  it.for<[string, number | "a-vie" | null]>([
    ["36", 36],
    ["36 mois", 36],
    ["3 ans", 36],
    ["24 months", 24],
    ["À vie", "a-vie"],
    ["-1", "a-vie"],
    ["trois ans", null],
  ])("reads durations in months or years, and GLPI's lifelong warranty: %s", ([raw, months]) => {
    expect(parseWarrantyMonths(raw)).toBe(months);
  });

  it("ends the day before the same date N months later, month ends clamped", () => {
    expect(warrantyEnd("2021-09-01", 36)).toBe("2024-08-31");
    expect(warrantyEnd("2020-01-31", 1)).toBe("2020-02-28");
    expect(warrantyEnd("2020-02-29", 12)).toBe("2021-02-27");
  });
});
