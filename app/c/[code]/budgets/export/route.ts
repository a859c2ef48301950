import { eluTableExportResponse } from "@/app/_http/budget-exports";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return eluTableExportResponse(request, code);
}
