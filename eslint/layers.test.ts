import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { layerConfigs } from "./layers.mjs";
import { tripartitePlugin } from "./no-server-import-in-client.mjs";

const root = path.resolve(import.meta.dirname, "..");

// The layer rules alone, on a parser without type information, so that a probe file need not
// exist on disk. A second test checks that the project's real config applies the same rules.
const layersOnly = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tseslint.parser } },
    { plugins: { tripartite: tripartitePlugin } },
    ...layerConfigs,
  ],
});

async function problems(filePath: string, code: string) {
  const [result] = await layersOnly.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layer rules", { timeout: 30_000 }, () => {
  it.each([
    ["app/probe/page.tsx", 'import { db } from "@/lib/db/client";'],
    ["app/probe/page.tsx", 'import type { User } from "@/lib/generated/prisma/client";'],
    ["components/probe.tsx", 'import { seedDemo } from "@/prisma/seed/seed-demo";'],
    ["components/probe.tsx", 'import { x } from "../prisma/seed/budgets/generate-demo-budget";'],
    ["app/probe/page.tsx", 'import { runBench } from "@/bench/runner/run";'],
    ["lib/probe.ts", 'import { Page } from "@/app/page";'],
    ["lib/inventory/probe.ts", 'import { Button } from "../../components/ui/button";'],
    ["lib/probe.ts", 'import { seedDemo } from "@/prisma/seed/seed-demo";'],
    ["proxy.ts", 'import { runBench } from "./bench/runner/run";'],
    ["prisma/seed/probe.ts", 'import { runBench } from "@/bench/runner/run";'],
    ["prisma/seed/probe.ts", 'import { Button } from "@/components/ui/button";'],
    ["bench/runner/probe.ts", 'import { Page } from "../../app/page";'],
  ])("refuses in %s: %s", async (filePath, code) => {
    const found = await problems(filePath, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*Couche/);
  });

  it.each([
    ["app/probe/page.tsx", 'import { formatEuros } from "@/lib/format";'],
    ["components/probe.tsx", 'import { Button } from "@/components/ui/button";'],
    ["lib/probe.ts", 'import { db } from "@/lib/db/client";'],
    ["prisma/seed/probe.ts", 'import { db } from "@/lib/db/client";'],
    ["bench/runner/probe.ts", 'import { unsafeSeedDemo } from "@/prisma/seed/seed-demo";'],
  ])("allows in %s: %s", async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });

  it("keeps server-only modules out of client components, even through another module", async () => {
    const client = (source: string) => `"use client";\n${source}`;
    expect(
      await problems(
        "components/probe.tsx",
        client('import { label } from "@/eslint/fixtures/looks-harmless";'),
      ),
    ).toEqual([
      expect.stringMatching(
        /^tripartite\/no-server-import-in-client: .*eslint\/fixtures\/looks-harmless\.ts → eslint\/fixtures\/server-secret\.ts → server-only/,
      ),
    ]);
    expect(
      await problems("components/probe.tsx", client('import { readFile } from "node:fs";')),
    ).toHaveLength(1);
    // The same import from a server component, a type-only import, a server action: allowed.
    expect(
      await problems(
        "components/probe.tsx",
        'import { label } from "@/eslint/fixtures/looks-harmless";',
      ),
    ).toEqual([]);
    expect(
      await problems(
        "components/probe.tsx",
        client('import type { label } from "@/eslint/fixtures/looks-harmless";'),
      ),
    ).toEqual([]);
    expect(
      await problems(
        "components/probe.tsx",
        client('import { changePasswordAction } from "@/app/actions/account";'),
      ),
    ).toEqual([]);
  });
});

// Loading the full config (Next.js, React, TypeScript plugins) takes seconds on a busy machine.
describe("the project's ESLint config", { timeout: 60_000 }, () => {
  const project = new ESLint({ cwd: root });
  const layer = (name: string) => layerConfigs.find((c) => c.name === `tripartite/layers/${name}`);

  it.each([
    ["app/page.tsx", "ui-never-touches-the-database", "no-restricted-imports"],
    ["components/ui/probe.tsx", "ui-never-touches-the-database", "no-restricted-imports"],
    [
      "components/ui/probe.tsx",
      "client-components-stay-client",
      "tripartite/no-server-import-in-client",
    ],
    ["lib/format.ts", "lib-never-imports-the-ui", "no-restricted-imports"],
    ["proxy.ts", "proxy-is-production-code", "no-restricted-imports"],
  ])("applies to %s the rule of %s (%s)", async (filePath, name, rule) => {
    const config = (await project.calculateConfigForFile(path.join(root, filePath))) as {
      rules: Record<string, unknown[]>;
    };
    const declared = layer(name)?.rules[rule];
    expect(declared).toBeDefined();
    const [severity, ...options] = Array.isArray(declared) ? declared : [declared];
    expect(config.rules[rule]).toEqual([severity === "error" ? 2 : severity, ...options]);
  });
});
