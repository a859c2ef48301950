import { meetingCalendarResponse } from "@/app/_http/meeting-files";

type Params = Promise<{ code: string; id: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id } = await params;
  return meetingCalendarResponse({ type: "ACADEMIE", code }, id);
}
