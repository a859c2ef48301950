import { notFound } from "next/navigation";
import { getAccessContext } from "@/lib/access/context";
import { exportEtablissementsCsv } from "@/lib/etablissements/export-etablissements";
import { csvResponse } from "@/lib/exports/csv";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await getAccessContext({ type: "ACADEMIE", code });
  if (!ctx || !ctx.permissions.has("etablissement.read")) notFound();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return csvResponse(await exportEtablissementsCsv(ctx, query), `etablissements-${code}.csv`);
}
