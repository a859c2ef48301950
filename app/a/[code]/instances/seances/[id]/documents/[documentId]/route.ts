import { meetingDocumentResponse } from "@/app/_http/meeting-files";

type Params = Promise<{ code: string; id: string; documentId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id, documentId } = await params;
  return meetingDocumentResponse({ type: "ACADEMIE", code }, id, documentId);
}
