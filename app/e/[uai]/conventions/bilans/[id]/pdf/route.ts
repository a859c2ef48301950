import { reviewPdfResponse } from "@/app/_http/review-file";

type Params = Promise<{ uai: string; id: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id } = await params;
  return reviewPdfResponse({ type: "ETABLISSEMENT", uai }, id);
}
