import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import { diffContent } from "@/lib/conventions/diff-content";
import { AvenantDiff } from "@/components/conventions/avenant-diff";

describe("AvenantDiff", () => {
  it("names the routing rows, measured commitments and delays the avenant changes", () => {
    const next = structuredClone(DEFAULT_TRIPARTITE_CONTENT);
    next.assistance.routing.find((r) => r.domain === "ENT")!.party = "ETAT";
    next.assistance.serviceLevels.find((r) => r.domain === "ECRANS_VIDEOPROJECTION")!.resolve = 5;
    next.assistance.reopenWithinDays = 30;
    next.matrix[0]!.detail = "Câblage.";
    const html = renderToStaticMarkup(
      createElement(AvenantDiff, { diff: diffContent(DEFAULT_TRIPARTITE_CONTENT, next) }),
    );
    expect(html).toContain("Aiguillage des signalements</caption>");
    expect(html).toMatch(
      /Espace numérique de travail \(ENT\)<\/th><td[^>]*>Modifié<\/td><td[^>]*>Collectivité \(N1\)<\/td><td[^>]*>Académie \(État\) \(N1\)<\/td>/,
    );
    expect(html).toContain("N2 · Vidéoprojection et écrans interactifs</th>");
    expect(html).toContain("résolution sous 5 jours ouvrés, hors vacances scolaires");
    expect(html).toContain(
      "Réouverture : « possible pendant 30 jours après la clôture » au lieu de « possible pendant 15 jours après la clôture ».",
    );
    expect(html).toContain("Matrice des responsabilités</caption>");
    expect(html).not.toContain("ne modifie encore rien");
  });
});
