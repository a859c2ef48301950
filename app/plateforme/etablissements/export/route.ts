import { etablissementsExportResponse } from "@/app/_http/inventory-exports";

/** GET /plateforme/etablissements/export?format=csv|xlsx&<filtres>: the filtered national registry, every page. */
export function GET(request: Request) {
  return etablissementsExportResponse(request, { type: "PLATFORM" });
}
