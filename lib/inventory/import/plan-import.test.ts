import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/imports/csv";
import { detectMapping } from "./detect-mapping";
import type { ImportMapping } from "./fields";
import { planInventoryImport, type ExistingEquipment } from "./plan-import";
import type { EtablissementRef } from "./row-values";

const NOW = new Date("2026-03-01T10:00:00Z");
const ETABS: EtablissementRef[] = [
  { id: "e1", uai: "0350027P", name: "Collège Les Gayeulles", secteur: "PUBLIC", etat: "OUVERT" },
  {
    id: "e2",
    uai: "0350913C",
    name: "Collège Clotilde Vautier",
    secteur: "PUBLIC",
    etat: "OUVERT",
  },
  {
    id: "e3",
    uai: "0352071L",
    name: "Collège privé Joséphine-Bakhita",
    secteur: "PRIVE",
    etat: "OUVERT",
  },
  { id: "e4", uai: "0350033W", name: "Collège Les Ormeaux", secteur: "PUBLIC", etat: "FERME" },
];

const HEADER =
  "UAI;Catégorie;Modèle;Numéro de série;Numéro d'inventaire;Date d'achat;Fin de garantie;Statut;Usage;Financement;Coût d'achat;Emplacement";

function plan(
  lines: string[],
  options: { existing?: ExistingEquipment[]; mapping?: ImportMapping; header?: string } = {},
) {
  const { header, records } = parseCsv([options.header ?? HEADER, ...lines].join("\n"));
  const mapping = options.mapping ?? detectMapping(header, null).mapping;
  return planInventoryImport({
    header,
    records,
    mapping,
    etablissements: ETABS,
    existing: options.existing ?? [],
    now: NOW,
  });
}

const existing = (overrides: Partial<ExistingEquipment>): ExistingEquipment => ({
  id: "x1",
  etablissementId: "e1",
  category: "PORTABLE",
  manufacturer: "Lenovo",
  model: "L14",
  serialNumber: "SN1",
  inventoryNumber: "INV1",
  acquiredOn: "2022-01-10",
  warrantyEndsOn: null,
  status: "EN_SERVICE",
  location: null,
  usage: "PEDAGOGIQUE",
  fundingSource: null,
  purchaseCostCents: null,
  ...overrides,
});

describe("planInventoryImport: values", () => {
  it("creates rows with parsed values and defaults", () => {
    const result = plan([
      "0350027P;Portable;L14;sn 1;INV1;10/01/2022;2025-01-09;;;Département;749,90 €;Salle 3",
    ]);
    expect(result.errors).toEqual([]);
    expect(result.creates).toHaveLength(1);
    expect(result.creates[0]!.values).toEqual({
      etablissementId: "e1",
      category: "PORTABLE",
      manufacturer: null,
      model: "L14",
      serialNumber: "SN1",
      inventoryNumber: "INV1",
      acquiredOn: "2022-01-10",
      warrantyEndsOn: "2025-01-09",
      status: "EN_SERVICE",
      location: "Salle 3",
      usage: "PEDAGOGIQUE",
      fundingSource: "COLLECTIVITE",
      purchaseCostCents: 74990,
    });
    expect(result.perEtablissement).toEqual([
      {
        etablissementId: "e1",
        uai: "0350027P",
        name: "Collège Les Gayeulles",
        created: 1,
        updated: 0,
        unchanged: 0,
      },
    ]);
  });

  it("collects every error of every row, in French, naming line and column", () => {
    const result = plan([
      "0140041U;Portable;;;;;;;;;;",
      "0350913C;Tablette;;;;31/02/2024;;;;;;",
      "0352071L;Portable;;;;;;;;;;",
      "0350033W;Portable;;;;;;;;;;",
      "0350027P;Grille-pain;;;;01/01/2030;;Perdu;Ludique;Loto;gratuit;",
      ";Portable;;;;;;;;;;",
      "0350027P;Portable;;;;2024-05-01;2024-04-01;;;;;",
    ]);
    expect(result.creates).toHaveLength(0);
    expect(result.errors).toEqual([
      "Ligne 2 : UAI 0140041U inconnu ou hors de votre collectivité.",
      "Ligne 3, colonne « Date d'achat » : date invalide « 31/02/2024 » (attendu JJ/MM/AAAA ou AAAA-MM-JJ).",
      "Ligne 4 : Collège privé Joséphine-Bakhita (0352071L) est un établissement privé : son équipement ne relève pas de la collectivité.",
      "Ligne 5 : Collège Les Ormeaux (0350033W) est fermé : il ne reçoit plus d'équipement.",
      "Ligne 6, colonne « Catégorie » : catégorie inconnue « Grille-pain » (par exemple Poste fixe, Portable, Tablette, TNI, Vidéoprojecteur, Imprimante, Switch ; ou associez-la à une catégorie dans l'aperçu).",
      "Ligne 6, colonne « Statut » : statut inconnu « Perdu » (par exemple En service, En panne, En stock, Réformé).",
      "Ligne 6, colonne « Usage » : usage inconnu « Ludique » (par exemple Pédagogique, Administratif).",
      "Ligne 6, colonne « Financement » : financement inconnu « Loto » (par exemple Collectivité, État, Établissement, Commune).",
      "Ligne 6, colonne « Date d'achat » : la date d'acquisition 01/01/2030 est dans le futur.",
      "Ligne 6, colonne « Coût d'achat » : montant invalide « gratuit » (attendu un montant en euros positif, par exemple 749,90).",
      "Ligne 6, colonne « Catégorie » : catégorie manquante (ou choisissez une catégorie par défaut).",
      "Ligne 7, colonne « UAI » : UAI manquant.",
      "Ligne 8, colonne « Fin de garantie » : la fin de garantie (01/04/2024) précède la date d'acquisition (01/05/2024).",
    ]);
  });

  it("refuses texts longer than the form allows", () => {
    const result = plan([`0350027P;Portable;${"m".repeat(151)};;;;;;;;;`]);
    expect(result.errors).toEqual([
      "Ligne 2, colonne « Modèle » : 150 caractères au plus (151 ici).",
    ]);
  });

  it("uses the default category only for rows without one", () => {
    const header = "UAI;Type";
    const mapping: ImportMapping = {
      columns: { uai: "UAI", category: "Type" },
      defaultCategory: "POSTE_FIXE",
    };
    const result = plan(["0350027P;", "0350027P;Laptop"], { header, mapping });
    expect(result.creates.map((c) => c.values.category)).toEqual(["POSTE_FIXE", "PORTABLE"]);
  });

  it("computes the warranty end from a start date (or the purchase date) and a duration", () => {
    const header = "UAI;Type;Achat;Début garantie;Durée de garantie";
    const mapping = detectMapping(header.split(";"), null).mapping;
    const result = plan(
      [
        "0350027P;Desktop;2021-09-01;2021-09-15;36 mois",
        "0350027P;Desktop;2021-09-01;;24",
        "0350027P;Desktop;;;",
      ],
      {
        header,
        mapping: { ...mapping, columns: { ...mapping.columns, acquiredOn: "Achat" } },
      },
    );
    expect(result.errors).toEqual([]);
    expect(result.creates.map((c) => c.values.warrantyEndsOn)).toEqual([
      "2024-09-14",
      "2023-08-31",
      null,
    ]);
  });
});

describe("planInventoryImport: duplicates and matching", () => {
  it("reports a serial or inventory number repeated in the file on the second line, naming the first", () => {
    const result = plan([
      "0350027P;Portable;;AB 12;I1;;;;;;;",
      "0350913C;Portable;;ab12;I2;;;;;;;",
      "0350913C;Portable;;;I1;;;;;;;",
    ]);
    expect(result.errors).toEqual([
      "Ligne 3, colonne « Numéro de série » : le numéro de série « AB12 » figure déjà ligne 2.",
      "Ligne 4, colonne « Numéro d'inventaire » : le numéro d'inventaire « I1 » figure déjà ligne 2.",
    ]);
  });

  it("updates equipment matched on the serial first, else the inventory number, and moves it between collèges", () => {
    const result = plan(
      ["0350913C;Portable;L14;sn1;;2022-01-10;;;;;;", "0350027P;Tablette;;;INV9;;;;;;;"],
      {
        existing: [
          existing({}),
          existing({
            id: "x9",
            serialNumber: null,
            inventoryNumber: "INV9",
            category: "TABLETTE",
            model: null,
            acquiredOn: null,
            manufacturer: null,
          }),
        ],
      },
    );
    expect(result.errors).toEqual([]);
    expect(result.creates).toHaveLength(0);
    expect(result.updates).toEqual([
      expect.objectContaining({
        id: "x1",
        values: expect.objectContaining({
          etablissementId: "e2",
          inventoryNumber: null,
          serialNumber: "SN1",
        }) as unknown,
      }),
    ]);
    expect(result.unchanged).toBe(1);
  });

  it("counts a row whose mapped fields all hold the same values as unchanged; unmapped fields are not compared", () => {
    const header = "UAI;Catégorie;Modèle;Numéro de série";
    const result = plan(["0350027P;Ordinateur portable;L14;SN1"], {
      header,
      existing: [existing({ location: "Salle 9", status: "EN_PANNE" })],
    });
    expect(result.unchanged).toBe(1);
    expect(result.updates).toHaveLength(0);
    expect(result.fields).toEqual(["model", "serialNumber"]);
  });

  it("refuses a row whose serial names one equipment and inventory number another", () => {
    const result = plan(["0350027P;Portable;;SN1;INV2;;;;;;;"], {
      existing: [
        existing({}),
        existing({ id: "x2", serialNumber: "SN2", inventoryNumber: "INV2" }),
      ],
    });
    expect(result.errors).toEqual([
      "Ligne 2 : le numéro de série « SN1 » désigne un équipement déjà inventorié et le numéro d'inventaire « INV2 » en désigne un autre ; corrigez l'un des deux.",
    ]);
  });

  it("refuses two rows designating the same existing equipment", () => {
    const result = plan(["0350027P;Portable;;SN1;;;;;;;;", "0350027P;Portable;;SN7;INV1;;;;;;;"], {
      existing: [existing({})],
    });
    expect(result.errors).toEqual([
      "Ligne 3 : cette ligne désigne le même équipement déjà inventorié que la ligne 2.",
    ]);
  });

  it("keeps the existing category when a matched row has none", () => {
    const header = "UAI;Type;Numéro de série";
    const mapping: ImportMapping = {
      columns: { uai: "UAI", category: "Type", serialNumber: "Numéro de série" },
      defaultCategory: "POSTE_FIXE",
    };
    const result = plan(["0350027P;;SN1"], { header, mapping, existing: [existing({})] });
    expect(result.unchanged).toBe(1);
    expect(result.sample[0]!.values.category).toBe("PORTABLE");
  });

  it("shows the first ten rows as they will be recorded", () => {
    const lines = Array.from({ length: 12 }, (_, i) => `0350027P;Tablette;;T${i};;;;;;;;`);
    const result = plan(lines);
    expect(result.sample).toHaveLength(10);
    expect(result.sample[0]).toMatchObject({
      line: 2,
      action: "create",
      uai: "0350027P",
      values: { category: "TABLETTE", serialNumber: "T0" },
    });
  });
});

describe("planInventoryImport: the collectivité's own category words", () => {
  const lines = [
    "0350027P;Écran;P2422H;E1",
    "0350027P;ECRAN;P2722H;E2",
    "0350027P;Switch PoE;GS108;S1",
    "0350027P;Moniteur;U2720Q;M1",
  ];
  const header = "UAI;Catégorie;Modèle;Numéro de série";

  it("lists each unknown value once, as first written, and refuses the rows", () => {
    const result = plan(lines, { header });
    expect(result.unknownCategories).toEqual(["Écran", "Switch PoE", "Moniteur"]);
    expect(result.errors.filter((e) => e.includes("catégorie inconnue"))).toHaveLength(4);
    expect(result.creates).toEqual([]);
  });

  it("reads a value through the mapping's categoryValues, without case or accents", () => {
    const mapping = {
      ...detectMapping(header.split(";"), null).mapping,
      categoryValues: { Écran: "AUTRE", "Switch PoE": "COMMUTATEUR", Moniteur: "AUTRE" },
    } as const;
    const result = plan(lines, { header, mapping });
    expect(result.errors).toEqual([]);
    expect(result.unknownCategories).toEqual([]);
    expect(result.creates.map((c) => c.values.category)).toEqual([
      "AUTRE",
      "AUTRE",
      "COMMUTATEUR",
      "AUTRE",
    ]);
  });
});
