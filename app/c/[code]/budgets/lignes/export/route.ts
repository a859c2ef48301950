import { budgetLinesExportResponse } from "@/lib/budgets/export-budget-lines";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return budgetLinesExportResponse(request, code);
}
