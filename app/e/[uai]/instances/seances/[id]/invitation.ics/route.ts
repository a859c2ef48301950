import { meetingCalendarResponse } from "@/app/_http/meeting-files";

type Params = Promise<{ uai: string; id: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id } = await params;
  return meetingCalendarResponse({ type: "ETABLISSEMENT", uai }, id);
}
