import { minutesFileResponse } from "@/app/_http/meeting-files";

type Params = Promise<{ code: string; id: string; file: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id, file } = await params;
  return minutesFileResponse({ type: "ACADEMIE", code }, id, file);
}
