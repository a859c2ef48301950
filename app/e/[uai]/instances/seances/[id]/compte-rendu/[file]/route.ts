import { minutesFileResponse } from "@/app/_http/meeting-files";

type Params = Promise<{ uai: string; id: string; file: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id, file } = await params;
  return minutesFileResponse({ type: "ETABLISSEMENT", uai }, id, file);
}
