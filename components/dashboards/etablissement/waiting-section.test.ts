import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WaitingSection } from "@/components/dashboards/etablissement/waiting-section";
import { ProjectsWaiting } from "@/components/dashboards/etablissement/projects-waiting";

const convention = (n: number) => ({
  id: `c${n}`,
  reference: `CT-35-2026-00${n}`,
  kind: "TRIPARTITE" as const,
  title: `Convention ${n}`,
  versionNumber: 1,
});
const render = (count: number) =>
  renderToStaticMarkup(
    createElement(WaitingSection, {
      uai: "0350027P",
      toSign: Array.from({ length: count }, (_, i) => convention(i + 1)),
      campaigns: null,
      canSubmit: false,
      projects: null,
    }),
  );

describe("WaitingSection wording (issue 14, §11)", () => {
  it("says « la convention » for one, « les 2 conventions » for two", () => {
    expect(render(1)).toContain("Voir la convention à signer");
    expect(render(1)).not.toContain("Voir les 1");
    expect(render(2)).toContain("Voir les 2 conventions à signer");
  });
});

describe("ProjectsWaiting (issue 18)", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it("lists a late report and a wave with what the collège still lacks", () => {
    const html = renderToStaticMarkup(
      createElement(ProjectsWaiting, {
        uai: "0350027P",
        projects: {
          reports: [
            {
              milestone: 6,
              dueOn: day("2026-11-01"),
              state: "EN_RETARD",
              call: { id: "a1", title: "Classes mobiles" },
            },
          ],
          waves: [
            {
              id: "w1",
              plannedUnits: 24,
              networkReadyAt: day("2026-10-01"),
              trainingAttestedAt: null,
              trainingDeclaredAt: null,
              programme: { id: "p1", title: "Écrans interactifs" },
              wave: { number: 1, prefiguration: true, deploymentOn: day("2027-09-01") },
              readiness: {
                ready: false,
                training: "A_FAIRE",
                missing: ["formation des enseignants à faire"],
              },
            },
          ],
        },
      }),
    );
    expect(html).toContain("Bilan à 6 mois de « Classes mobiles »");
    expect(html).toContain("en retard, échéance le 1er novembre 2026");
    expect(html).toContain("vague 1 (préfiguration) le 1er septembre 2027, 24 équipements prévus.");
    expect(html).toContain("Reste : formation des enseignants à faire.");
    expect(html).toContain('href="/e/0350027P/appels/programmes/p1"');
  });
});
