import { collectiviteAllocationsExportResponse } from "@/lib/budgets/allocation-export";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return collectiviteAllocationsExportResponse(request, code);
}
