import { parentPort } from "node:worker_threads";
import type { ConventionDocument } from "@/lib/conventions/document";
import { renderConventionPdf } from "@/lib/conventions/pdf/render-convention-pdf";

// A thread of the benchmark's PDF pool: renders frozen conventions with the product's renderer.
parentPort?.on("message", ({ id, doc }: { id: number; doc: ConventionDocument }) => {
  renderConventionPdf(doc).then(
    (pdf) => parentPort!.postMessage({ id, pdf }),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
