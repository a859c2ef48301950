import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WaitingSection } from "@/components/dashboards/etablissement/waiting-section";

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
    }),
  );

describe("WaitingSection wording (issue 14, §11)", () => {
  it("says « la convention » for one, « les 2 conventions » for two", () => {
    expect(render(1)).toContain("Voir la convention à signer");
    expect(render(1)).not.toContain("Voir les 1");
    expect(render(2)).toContain("Voir les 2 conventions à signer");
  });
});
