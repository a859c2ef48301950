import { unsafeImportIps } from "@/lib/imports/ips/import-ips";
import { runYearlyImportCli } from "./yearly-import-cli";

runYearlyImportCli("import:ips", "Indices de position sociale", unsafeImportIps);
