import { etablissementAllocationsExportResponse } from "@/app/_http/budget-exports";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return etablissementAllocationsExportResponse(request, uai);
}
