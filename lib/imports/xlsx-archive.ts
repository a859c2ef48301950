import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { AppError } from "@/lib/errors";

/**
 * The ZIP side of an uploaded workbook, on fflate: the entry names come from the central
 * directory (nothing inflated), and the parts asked for are inflated by fflate's streaming
 * `Unzip`, fed 16 Ko of compressed bytes at a time with a turn of the event loop in between.
 * Every inflated chunk is counted against an `InflateBudget` before it is handed on, so a zip bomb
 * is refused after a few megabytes, whatever sizes its headers declare.
 */

/** Caps counted while inflating, shared by every part read with the same object. */
export interface InflateBudget {
  /** Bytes inflated so far, all parts read with this budget together. */
  used: number;
  maxBytes: number;
  /** Most inflated bytes per compressed byte of one part, judged past `ratioGraceBytes`. */
  maxRatio: number;
  ratioGraceBytes: number;
  /** The French reasons given when a cap is reached. */
  messages: { tooLarge: string; tooCompressed: string };
}

/** Compressed bytes pushed at a time: deflate expands 1,032 times at most, so one push yields 16 Mo at worst. */
const PUSH_BYTES = 16 * 1024;
/** Pushes between two turns of the event loop while no part being read receives data. */
const IDLE_PUSHES = 64;
const MAX_ENTRIES = 10_000;

function refuse(reason: string): never {
  throw new AppError("INVALID_INPUT", `Fichier XLSX illisible : ${reason}`);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The entry names of the archive, from its central directory; refuses what is not a ZIP. */
export function listEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (names.length >= MAX_ENTRIES)
          refuse(`l'archive contient trop de fichiers (plus de ${MAX_ENTRIES}).`);
        names.push(file.name);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse("ce fichier n'est pas un classeur Excel (.xlsx).");
  }
  return names;
}

/** Receives a part's inflated bytes in order; `final` on the last call. */
export type PartSink = (chunk: Uint8Array, final: boolean) => void;

/**
 * Inflates the entries named in `sinks` (exact names), in one pass over the archive, handing each
 * chunk to its sink once counted against `budget`. Stops as soon as every wanted entry is complete.
 * A sink may throw (a cap of its own): the error is rethrown here and the pass stops.
 */
export async function inflateEntries(
  bytes: Uint8Array,
  sinks: ReadonlyMap<string, PartSink>,
  budget: InflateBudget,
): Promise<void> {
  if (sinks.size === 0) return;
  let failure: Error | null = null;
  let pending = sinks.size;
  let pushed = 0;
  let active = false;
  const unzip = new Unzip((file) => {
    const sink = sinks.get(file.name);
    if (!sink || failure !== null) return;
    /** Compressed bytes pushed before this part began: what it consumed is at most `pushed - startedAt`. */
    const startedAt = pushed;
    let produced = 0;
    file.ondata = (error, chunk, final) => {
      if (failure !== null) return;
      try {
        if (error) {
          if ((error as unknown) instanceof AppError) throw error;
          refuse(`l'entrée « ${file.name} » ne se décompresse pas.`);
        }
        active = true;
        produced += chunk.length;
        budget.used += chunk.length;
        if (budget.used > budget.maxBytes) refuse(budget.messages.tooLarge);
        if (
          produced > budget.ratioGraceBytes &&
          produced > budget.maxRatio * Math.max(1, pushed - startedAt)
        )
          refuse(budget.messages.tooCompressed);
        sink(chunk, final);
        if (final) pending -= 1;
      } catch (caught) {
        failure = caught instanceof Error ? caught : new Error(String(caught));
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  let idle = 0;
  for (let at = 0; at < bytes.length && pending > 0; at += PUSH_BYTES) {
    const end = Math.min(bytes.length, at + PUSH_BYTES);
    pushed = end;
    active = false;
    try {
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    } catch (error) {
      if (failure === null)
        failure =
          error instanceof AppError
            ? error
            : new AppError("INVALID_INPUT", "Fichier XLSX illisible : l'archive est endommagée.");
    }
    if (failure !== null) throw failure;
    idle = active ? 0 : idle + 1;
    if (active || idle % IDLE_PUSHES === 0) await nextTurn();
  }
  // Set by the callbacks of the last push: TypeScript narrows it to null.
  if (failure !== null) throw failure as Error;
  if (pending > 0) refuse("l'archive est tronquée.");
}
