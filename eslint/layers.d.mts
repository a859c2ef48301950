import type { Linter } from "eslint";

export declare const productionFiles: string[];
export declare const layerConfigs: (Linter.Config & {
  name: string;
  files: string[];
  rules: Linter.RulesRecord;
})[];
