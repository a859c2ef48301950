// The layer rules of ARCHITECTURE.md, as lint rules that fail `npm test`.
// Each entry names the files it applies to and the imports they may not make; the messages are
// what a contributor reads in the terminal, so they say which rule and where the code belongs.

/** Import paths, written with the `@/` alias or relatively (`../../lib/db`). */
const from = (folder) => `^(@/|(\\.\\./)+|\\./)${folder}(/|$)`;

const databaseAccess = {
  regex: `${from("lib/(db|generated)")}|^@prisma/client`,
  message:
    "Couche : app/ et components/ n'accèdent jamais à la base. Passez par une fonction de lib/ qui reçoit le contexte d'accès.",
};

const demoAndBench = {
  regex: `${from("(prisma/seed|bench)")}`,
  message:
    "Couche : le code de production n'importe jamais la démo ni le banc d'essai (prisma/seed/, bench/).",
};

const uiFromLib = {
  regex: `${from("(app|components)")}`,
  message:
    "Couche : lib/ n'importe jamais app/ ni components/. Déplacez le code partagé dans lib/ (ou passez la valeur en argument).",
};

const benchFromSeeds = {
  regex: `${from("bench")}`,
  message:
    "Couche : la démonstration (prisma/seed/) n'importe jamais le banc d'essai (bench/). Ce qu'ils partagent va dans prisma/seed/shared/, que bench/ importe.",
};

const uiFromTools = {
  regex: `${from("(app|components)")}`,
  message:
    "Couche : prisma/seed/ et bench/ écrivent et mesurent par lib/ (ou par HTTP), jamais par app/ ni components/.",
};

/** Production code: what runs in the product, as opposed to seeds, benchmark, tests and tools. */
export const productionFiles = [
  "app/**/*.{ts,tsx}",
  "components/**/*.{ts,tsx}",
  "lib/**/*.{ts,tsx}",
  "proxy.ts",
];

export const layerConfigs = [
  {
    name: "tripartite/layers/ui-never-touches-the-database",
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [databaseAccess, demoAndBench] }],
    },
  },
  {
    name: "tripartite/layers/lib-never-imports-the-ui",
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [uiFromLib, demoAndBench] }],
    },
  },
  {
    name: "tripartite/layers/proxy-is-production-code",
    files: ["proxy.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [uiFromLib, demoAndBench] }],
    },
  },
  {
    name: "tripartite/layers/seeds-never-import-the-bench",
    files: ["prisma/seed/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [benchFromSeeds, uiFromTools] }],
    },
  },
  {
    name: "tripartite/layers/bench-never-imports-the-ui",
    files: ["bench/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [uiFromTools] }],
    },
  },
  {
    name: "tripartite/layers/client-components-stay-client",
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: { "tripartite/no-server-import-in-client": "error" },
  },
];
