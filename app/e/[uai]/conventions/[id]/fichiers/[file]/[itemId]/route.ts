import { conventionFileResponse } from "@/app/_http/convention-file";

type Params = Promise<{ uai: string; id: string; file: string; itemId: string }>;

export async function GET(_request: Request, { params }: { params: Params }) {
  const { uai, id, file, itemId } = await params;
  return conventionFileResponse({ type: "ETABLISSEMENT", uai }, id, file, itemId);
}
