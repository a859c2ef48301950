import { callAttachmentResponse } from "@/app/_http/call-attachment";

type Params = Promise<{ code: string; id: string; pieceId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id, pieceId } = await params;
  return callAttachmentResponse({ type: "ACADEMIE", code }, id, pieceId);
}
