import { callAttachmentResponse } from "@/app/_http/call-attachment";

type Params = Promise<{ uai: string; id: string; pieceId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id, pieceId } = await params;
  return callAttachmentResponse({ type: "ETABLISSEMENT", uai }, id, pieceId);
}
