import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ConventionDocument } from "@/lib/conventions/document";
import { renderConventionPdf } from "@/lib/conventions/pdf/render-convention-pdf";

export interface PdfRenderPool {
  threads: number;
  render: (doc: ConventionDocument) => Promise<Uint8Array>;
  close: () => Promise<void>;
}

/**
 * Renders frozen conventions on `threads` worker threads (the product's renderer, ~40 ms a
 * document, is the generator's longest CPU work; the main thread meanwhile reads the next
 * documents from the database). 0 renders on the main thread. The workers load TypeScript
 * through tsx, which runs the generator.
 */
export function createPdfRenderPool(threads: number): PdfRenderPool {
  if (!Number.isInteger(threads) || threads <= 0)
    return { threads: 0, render: renderConventionPdf, close: async () => {} };
  const entry = path.join(__dirname, "pdf-render-worker.ts");
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, {
        eval: true,
      }),
  );
  const pending = new Map<
    number,
    { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void; worker: number }
  >();
  const inFlight = workers.map(() => 0);
  let nextId = 0;
  workers.forEach((worker, index) => {
    worker.on("message", ({ id, pdf, error }: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      inFlight[index]! -= 1;
      if (pdf) job.resolve(pdf);
      else job.reject(new Error(`Rendu PDF : ${error}`));
    });
    worker.on("error", (error) => {
      for (const [id, job] of pending) {
        if (job.worker !== index) continue;
        pending.delete(id);
        job.reject(error);
      }
    });
  });
  return {
    threads,
    render: (doc) => {
      const index = inFlight.indexOf(Math.min(...inFlight));
      inFlight[index]! += 1;
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: index });
        workers[index]!.postMessage({ id, doc });
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
