import type { ESLint, Rule } from "eslint";

export declare const noServerImportInClient: Rule.RuleModule;
export declare const tripartitePlugin: ESLint.Plugin;
