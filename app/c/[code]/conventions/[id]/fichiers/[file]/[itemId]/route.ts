import { conventionFileResponse } from "@/app/_http/convention-file";

type Params = Promise<{ code: string; id: string; file: string; itemId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { code, id, file, itemId } = await params;
  return conventionFileResponse({ type: "COLLECTIVITE", code }, id, file, itemId);
}
