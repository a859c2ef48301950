import { reviewPdfResponse } from "@/app/_http/review-file";

type Params = Promise<{ code: string; id: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id } = await params;
  return reviewPdfResponse({ type: "COLLECTIVITE", code }, id);
}
