import { etablissementAllocationsExportResponse } from "@/lib/budgets/allocation-export";

export async function GET(request: Request, { params }: { params: Promise<{ uai: string }> }) {
  const { uai } = await params;
  return etablissementAllocationsExportResponse(request, uai);
}
