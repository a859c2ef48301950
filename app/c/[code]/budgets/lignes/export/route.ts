import { budgetLinesExportResponse } from "@/app/_http/budget-exports";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return budgetLinesExportResponse(request, code);
}
