// ESLint flat config: Next.js rules (core web vitals, React, hooks), typescript-eslint with type
// information, the jsx-a11y recommended set, and the layer rules of ARCHITECTURE.md
// (eslint/layers.mjs). Formatting is Prettier's job: eslint-config-prettier turns off the rules
// that would fight it.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { layerConfigs } from "./eslint/layers.mjs";
import { tripartitePlugin } from "./eslint/no-server-import-in-client.mjs";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "prisma/migrations/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "bench-results/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  {
    files: ["**/*.{ts,tsx,mts}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["**/*.tsx"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      ...reactHooks.configs.flat.recommended.rules,
      // A named scrolling region (components/ui/scroll-region.tsx) takes focus so that keyboard
      // users can scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching, expect.any, expect.objectContaining…)
    // are typed `any` by Vitest itself, so every `{ message: expect.stringMatching(…) }` passed to
    // toMatchObject would be an "unsafe assignment". Only that rule, only in integration tests.
    files: ["tests/integration/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  { plugins: { tripartite: tripartitePlugin } },
  ...layerConfigs,
  prettier,
);
