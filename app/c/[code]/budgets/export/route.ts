import { eluTableExportResponse } from "@/lib/budgets/elu-export";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return eluTableExportResponse(request, code);
}
