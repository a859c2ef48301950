import { unsafeImportEffectifs } from "@/lib/imports/effectifs/import-effectifs";
import { runYearlyImportCli } from "./yearly-import-cli";

runYearlyImportCli("import:effectifs", "Effectifs d'élèves", unsafeImportEffectifs);
