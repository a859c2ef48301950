import { incidentAttachmentResponse } from "@/app/_http/incident-attachment";

type Params = Promise<{ code: string; id: string; attachmentId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id, attachmentId } = await params;
  return incidentAttachmentResponse({ type: "ACADEMIE", code }, id, attachmentId);
}
