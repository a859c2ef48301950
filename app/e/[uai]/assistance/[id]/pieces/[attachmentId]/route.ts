import { incidentAttachmentResponse } from "@/app/_http/incident-attachment";

type Params = Promise<{ uai: string; id: string; attachmentId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id, attachmentId } = await params;
  return incidentAttachmentResponse({ type: "ETABLISSEMENT", uai }, id, attachmentId);
}
