import "server-only";
import { db } from "@/lib/db/client";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { etablissementScopeWhere } from "@/lib/access/scope-where";
import { listEtablissementsSchema } from "@/lib/etablissements/schemas";
import type { XlsxCell } from "@/lib/exports/xlsx";
import { filtersWhere, ORDER } from "@/lib/etablissements/list-etablissements";

export const ETABLISSEMENTS_EXPORT_HEADER = [
  "UAI",
  "Nom",
  "Nature",
  "Secteur",
  "Contrat privé",
  "Éducation prioritaire",
  "Adresse",
  "Code postal",
  "Commune",
  "Code commune",
  "Département",
  "Académie",
  "Collectivité de rattachement",
  "Latitude",
  "Longitude",
  "Ouverture",
  "État",
  "Source",
];

/** The registry list with its filters and sort, every page, one row per établissement (see ETABLISSEMENTS_EXPORT_HEADER). */
export async function exportEtablissementsRows(
  ctx: AccessContext,
  input: unknown,
): Promise<XlsxCell[][]> {
  assertCan(ctx, "etablissement.read");
  const query = listEtablissementsSchema.parse(input);
  const rows = await db.etablissement.findMany({
    where: { AND: [filtersWhere(ctx, query), etablissementScopeWhere(ctx)] },
    orderBy: ORDER[query.sort](query.dir),
    select: {
      uai: true,
      name: true,
      natureLabel: true,
      secteur: true,
      privateContractLabel: true,
      educationPrioritaire: true,
      address: true,
      postalCode: true,
      communeName: true,
      communeCode: true,
      departementCode: true,
      academie: { select: { name: true } },
      collectivite: { select: { name: true } },
      latitude: true,
      longitude: true,
      openedOn: true,
      etat: true,
      source: true,
    },
  });
  return rows.map((e) => [
    e.uai,
    e.name,
    e.natureLabel,
    e.secteur === "PUBLIC" ? "Public" : "Privé",
    e.privateContractLabel,
    e.educationPrioritaire === "REP_PLUS" ? "REP+" : e.educationPrioritaire,
    e.address,
    e.postalCode,
    e.communeName,
    e.communeCode,
    e.departementCode,
    e.academie.name,
    e.collectivite.name,
    e.latitude,
    e.longitude,
    e.openedOn,
    e.etat === "OUVERT" ? "Ouvert" : "Fermé",
    e.source,
  ]);
}
