import { commissionExportResponse } from "@/app/_http/budget-exports";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return commissionExportResponse(request, code);
}
