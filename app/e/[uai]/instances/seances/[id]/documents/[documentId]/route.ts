import { meetingDocumentResponse } from "@/app/_http/meeting-files";

type Params = Promise<{ uai: string; id: string; documentId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id, documentId } = await params;
  return meetingDocumentResponse({ type: "ETABLISSEMENT", uai }, id, documentId);
}
