import { describe, expect, it } from "vitest";
import { contentPartiesError, conventionContentSchema } from "@/lib/conventions/content";
import { CONVENTION_VARIABLES, variablesIn } from "@/lib/conventions/vocabulary";
import {
  DEFAULT_CADRE_CONTENT,
  DEFAULT_EPLE_CONTENT,
  DEFAULT_TRIPARTITE_CONTENT,
} from "@/lib/conventions/default-template";

describe("default templates", () => {
  it.each([
    ["TRIPARTITE", DEFAULT_TRIPARTITE_CONTENT],
    ["CADRE", DEFAULT_CADRE_CONTENT],
    ["BIPARTITE_EPLE", DEFAULT_EPLE_CONTENT],
  ] as const)(
    "%s parses through the content schema unchanged, with its parties' signing order and commitments",
    (kind, content) => {
      expect(conventionContentSchema.parse(content)).toEqual(content);
      expect(contentPartiesError(kind, content)).toBeNull();
      const used = content.articles.flatMap((a) => variablesIn(a.body));
      expect(used.filter((name) => !(name in CONVENTION_VARIABLES))).toEqual([]);
      expect(used).toEqual(expect.arrayContaining(["collectivite.nom", "date_debut", "date_fin"]));
      // The académie is named wherever it is a party.
      expect(used.includes("academie.nom")).toBe(kind !== "BIPARTITE_EPLE");
    },
  );

  it("makes the convention collectivité–EPLE bipartite: the collège, then the collectivité; nothing of the académie", () => {
    expect(DEFAULT_EPLE_CONTENT.signingOrder).toEqual([
      { party: "EPLE", order: 1 },
      { party: "COLLECTIVITE", order: 2 },
    ]);
    const used = DEFAULT_EPLE_CONTENT.articles.flatMap((a) => variablesIn(a.body));
    expect(used).not.toContain("academie.nom");
    expect(used).not.toContain("convention_cadre.reference");
    expect(used).toEqual(expect.arrayContaining(["etablissement.nom", "referent.technique"]));
    const text = DEFAULT_EPLE_CONTENT.articles.map((a) => a.body).join("\n");
    for (const needle of [
      "L421-23",
      "propriété de la collectivité",
      "convention de prêt",
      "assure",
    ])
      expect(text).toContain(needle);
    expect(DEFAULT_EPLE_CONTENT.assistance.routing).toEqual([]);
    // The académie commits to nothing in it, and a document saying so is refused in French.
    expect(
      contentPartiesError("BIPARTITE_EPLE", {
        ...DEFAULT_EPLE_CONTENT,
        commitments: [
          { party: "ETAT", kind: "HEURES_FORMATION", label: "Former les enseignants", target: 6 },
        ],
      }),
    ).toBe(
      "Engagement « Former les enseignants » : l'État (académie) n'est pas partie à cette convention.",
    );
    expect(contentPartiesError("BIPARTITE_EPLE", DEFAULT_TRIPARTITE_CONTENT)).toBe(
      "Une convention collectivité–établissement est signée par l'établissement et la collectivité, une fois chacun.",
    );
  });

  it("gives the tripartite the typical articles, variables, matrix and service levels", () => {
    const titles = DEFAULT_TRIPARTITE_CONTENT.articles.map((a) => a.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Parties et visas",
        "Préambule",
        "Objet et périmètre",
        "Engagements de la collectivité",
        "Engagements de l'État (académie)",
        "Engagements de l'établissement",
        "Maintenance et niveaux de service",
        "Sécurité des systèmes d'information",
        "Gouvernance",
        "Protection des données personnelles",
        "Financement",
        "Durée et renouvellement",
        "Modification",
        "Résiliation",
        "Règlement des litiges",
        "Annexes",
      ]),
    );
    const text = DEFAULT_TRIPARTITE_CONTENT.articles.map((a) => a.body).join("\n");
    for (const needle of [
      "L213-2",
      "L421-23",
      "commission permanente",
      "conseil d'administration",
      "CARINE",
      "RSSI",
      "trois mois",
      "tribunal administratif territorialement compétent",
      "avenant",
    ]) {
      expect(text).toContain(needle);
    }
    const used = new Set(DEFAULT_TRIPARTITE_CONTENT.articles.flatMap((a) => variablesIn(a.body)));
    for (const name of [
      "etablissement.nom",
      "etablissement.uai",
      "etablissement.commune",
      "convention_cadre.reference",
      "referent.numerique",
      "referent.technique",
      "referent.collectivite",
    ]) {
      expect(used).toContain(name);
    }
    const domains = DEFAULT_TRIPARTITE_CONTENT.matrix
      .map((r) => r.domain.toLowerCase())
      .join(" | ");
    for (const needle of [
      "câblage",
      "wi-fi",
      "rssi",
      "filtrage",
      "annuaire",
      "acquisition",
      "logiciels",
      "(ent)",
      "niveau 0",
      "niveau 1",
      "niveau 2",
      "niveau 3",
      "formation",
      "usages",
      "données personnelles",
    ]) {
      expect(domains).toContain(needle);
    }
    expect(DEFAULT_TRIPARTITE_CONTENT.serviceLevels.length).toBeGreaterThanOrEqual(12);
    expect(DEFAULT_TRIPARTITE_CONTENT.serviceLevels).toContainEqual({
      service: "Panne bloquante d'un poste d'une salle de cours",
      level: "N2",
      commitment: "Intervention sous 2 jours ouvrés.",
    });
    expect(DEFAULT_TRIPARTITE_CONTENT.signingOrder).toEqual([
      { party: "EPLE", order: 1 },
      { party: "ETAT", order: 2 },
      { party: "COLLECTIVITE", order: 3 },
    ]);
  });

  it("makes the cadre bipartite, without an EPLE signature nor a collège's variables", () => {
    expect(DEFAULT_CADRE_CONTENT.signingOrder).toEqual([
      { party: "ETAT", order: 1 },
      { party: "COLLECTIVITE", order: 2 },
    ]);
    const used = DEFAULT_CADRE_CONTENT.articles.flatMap((a) => variablesIn(a.body));
    expect(
      used.filter(
        (name) => name.startsWith("etablissement.") || name === "convention_cadre.reference",
      ),
    ).toEqual([]);
    expect(DEFAULT_CADRE_CONTENT.articles.map((a) => a.title)).toContain(
      "Conventions d'application",
    );
  });
});
