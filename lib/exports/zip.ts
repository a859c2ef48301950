import { createInflateRaw, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { AppError } from "@/lib/errors";

/**
 * The little of ZIP that spreadsheets need: a writer (stored or deflated entries, fixed timestamp so
 * the same input gives the same bytes) and a reader for uploaded files, with caps against zip bombs.
 * No encryption, no ZIP64, no multi-disk archives.
 */

export interface ZipEntryInput {
  /** Path inside the archive, `/`-separated, UTF-8. */
  name: string;
  data: Uint8Array | string;
  /** Deflate the data (default) or store it as is. */
  compress?: boolean;
  /** Deflate level, 1 (fastest) to 9 (smallest); default 6. */
  level?: number;
}

/** An unreadable or refused archive; `reason` is the French explanation without a prefix. */
export class ZipFormatError extends AppError {
  readonly reason: string;

  constructor(reason: string) {
    super("INVALID_INPUT", `Archive ZIP illisible : ${reason}`);
    this.reason = reason;
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
/** 1980-01-01 00:00:00, the earliest DOS date: fixed so archives are reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

const encoder = new TextEncoder();

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? encoder.encode(data) : data;
}

/** Writes a ZIP archive, entries in the given order. */
export function writeZip(entries: readonly ZipEntryInput[]): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const raw = bytesOf(entry.data);
    const compress = entry.compress ?? true;
    const body = compress ? deflateRawSync(raw, { level: entry.level ?? 6 }) : raw;
    const crc = crc32(raw) >>> 0;
    if (raw.length > 0xfffffffe || offset > 0xfffffffe) throw new Error("writeZip: archive too large for ZIP without ZIP64");

    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, UTF8_NAMES, true);
    lv.setUint16(8, compress ? 8 : 0, true);
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);

    const header = new Uint8Array(46 + name.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, CENTRAL_HEADER, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, UTF8_NAMES, true);
    cv.setUint16(10, compress ? 8 : 0, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    header.set(name, 46);

    parts.push(local, body);
    central.push(header);
    offset += local.length + body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);

  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...parts, ...central, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface ZipLimits {
  /** Most entries accepted (default 10,000). */
  maxEntries?: number;
  /** Most bytes one entry may inflate to (default 200 MB). */
  maxEntryBytes?: number;
  /** Most bytes all entries together may inflate to (default 300 MB). */
  maxTotalBytes?: number;
}

export interface ZipArchive {
  /** Entry names in central-directory order (directories included, ending with `/`). */
  names: string[];
  has(name: string): boolean;
  /** The entry's bytes, inflated and checked against its CRC; `undefined` when absent. */
  read(name: string): Uint8Array | undefined;
  /**
   * The entry's bytes as they inflate, off the main thread (zlib's thread pool), counted against
   * `budget` chunk by chunk: inflation stops at the first chunk past a cap, whatever the archive
   * declares. `undefined` when absent.
   */
  stream(name: string, budget: InflateBudget): AsyncGenerator<Uint8Array> | undefined;
}

/** Caps counted while inflating, shared by every entry read with the same object. */
export interface InflateBudget {
  /** Bytes inflated so far, all entries read with this budget together. */
  used: number;
  maxBytes: number;
  /** Most inflated bytes per compressed byte of one entry, judged past `ratioGraceBytes`. */
  maxRatio: number;
  ratioGraceBytes: number;
  /** The French reasons given when a cap is reached. */
  messages: { tooLarge: string; tooCompressed: string };
}

interface CentralEntry {
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const MB = 1024 * 1024;
/** Inflated bytes handed over at a time by `stream`. */
const STREAM_CHUNK = 64 * 1024;

/**
 * Reads the central directory of an archive; entries are inflated on demand. Declared sizes are
 * capped before anything is inflated, and inflation stops at the declared size, so an entry that
 * lies about its size fails instead of filling memory.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipArchive {
  const maxEntries = limits.maxEntries ?? 10_000;
  const maxEntryBytes = limits.maxEntryBytes ?? 200 * MB;
  const maxTotalBytes = limits.maxTotalBytes ?? 300 * MB;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  if (bytes.length < 22) throw new ZipFormatError("ce n'est pas une archive ZIP.");
  let endAt = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(at) === END_OF_CENTRAL_DIRECTORY) {
      endAt = at;
      break;
    }
  }
  if (endAt === -1) throw new ZipFormatError("ce n'est pas une archive ZIP.");
  if (endAt >= 20 && u32(endAt - 20) === ZIP64_LOCATOR) throw new ZipFormatError("le format ZIP64 n'est pas pris en charge.");
  const count = u16(endAt + 10);
  const centralSize = u32(endAt + 12);
  const centralOffset = u32(endAt + 16);
  if (u16(endAt + 4) !== 0 || u16(endAt + 6) !== 0 || u16(endAt + 8) !== count) {
    throw new ZipFormatError("les archives en plusieurs parties ne sont pas prises en charge.");
  }
  if (count === 0xffff || centralOffset === 0xffffffff || centralSize === 0xffffffff) {
    throw new ZipFormatError("le format ZIP64 n'est pas pris en charge.");
  }
  if (count > maxEntries) throw new ZipFormatError(`l'archive contient trop de fichiers (plus de ${maxEntries}).`);
  if (centralOffset + centralSize > endAt) throw new ZipFormatError("le répertoire de l'archive est tronqué.");

  const decoder = new TextDecoder("utf-8");
  const entries = new Map<string, CentralEntry>();
  const names: string[] = [];
  let total = 0;
  let at = centralOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > endAt || u32(at) !== CENTRAL_HEADER) throw new ZipFormatError("le répertoire de l'archive est endommagé.");
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const crc = u32(at + 16);
    const compressedSize = u32(at + 20);
    const size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const localOffset = u32(at + 42);
    if (at + 46 + nameLength > endAt) throw new ZipFormatError("le répertoire de l'archive est endommagé.");
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 0x0001 || flags & 0x0040) throw new ZipFormatError("les archives chiffrées ne sont pas prises en charge.");
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new ZipFormatError("le format ZIP64 n'est pas pris en charge.");
    }
    if (method !== 0 && method !== 8) throw new ZipFormatError(`méthode de compression non prise en charge (${method}).`);
    if (size > maxEntryBytes) throw new ZipFormatError(`le fichier « ${name} » est trop volumineux une fois décompressé.`);
    total += size;
    if (total > maxTotalBytes) throw new ZipFormatError("le contenu de l'archive est trop volumineux une fois décompressé.");
    if (!entries.has(name)) {
      entries.set(name, { method, crc, compressedSize, size, localOffset });
      names.push(name);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }

  const bodyOf = (name: string, entry: CentralEntry): Uint8Array => {
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(local) !== LOCAL_HEADER) throw new ZipFormatError(`l'entrée « ${name} » est endommagée.`);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw new ZipFormatError(`l'entrée « ${name} » est tronquée.`);
    return bytes.subarray(start, end);
  };

  const read = (name: string): Uint8Array | undefined => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    const body = bodyOf(name, entry);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = body;
    } else {
      try {
        // One byte more than declared: an entry inflating beyond its declared size fails below.
        data = inflateRawSync(body, { maxOutputLength: Math.max(1, entry.size + 1) });
      } catch (error) {
        const tooLarge = (error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE";
        throw new ZipFormatError(tooLarge ? `l'entrée « ${name} » n'a pas la taille annoncée.` : `l'entrée « ${name} » ne se décompresse pas.`);
      }
    }
    if (data.length !== entry.size) throw new ZipFormatError(`l'entrée « ${name} » n'a pas la taille annoncée.`);
    if ((crc32(data) >>> 0) !== entry.crc) throw new ZipFormatError(`l'entrée « ${name} » est corrompue (somme de contrôle).`);
    return data;
  };

  async function* stream(name: string, entry: CentralEntry, body: Uint8Array, budget: InflateBudget): AsyncGenerator<Uint8Array> {
    let produced = 0;
    let crc = 0;
    /** `consumed`: compressed bytes read so far, so the ratio is judged as the data comes, not at the end. */
    const count = (chunk: Uint8Array, consumed: number) => {
      produced += chunk.length;
      budget.used += chunk.length;
      if (budget.used > budget.maxBytes) throw new ZipFormatError(budget.messages.tooLarge);
      if (produced > budget.ratioGraceBytes && produced > budget.maxRatio * Math.max(1, consumed)) throw new ZipFormatError(budget.messages.tooCompressed);
      if (produced > entry.size) throw new ZipFormatError(`l'entrée « ${name} » n'a pas la taille annoncée.`);
      crc = crc32(chunk, crc);
    };
    if (entry.method === 0) {
      for (let at = 0; at < body.length; at += STREAM_CHUNK) {
        const chunk = body.subarray(at, at + STREAM_CHUNK);
        count(chunk, at + chunk.length);
        yield chunk;
      }
    } else {
      const inflater = createInflateRaw({ chunkSize: STREAM_CHUNK });
      inflater.end(body);
      try {
        for await (const chunk of inflater as AsyncIterable<Buffer>) {
          // zlib counts in bytesWritten the input its engine has consumed.
          count(chunk, inflater.bytesWritten);
          yield chunk;
        }
      } catch (error) {
        if (error instanceof ZipFormatError) throw error;
        throw new ZipFormatError(`l'entrée « ${name} » ne se décompresse pas.`);
      } finally {
        inflater.destroy();
      }
    }
    if (produced !== entry.size) throw new ZipFormatError(`l'entrée « ${name} » n'a pas la taille annoncée.`);
    if ((crc >>> 0) !== entry.crc) throw new ZipFormatError(`l'entrée « ${name} » est corrompue (somme de contrôle).`);
  }

  return {
    names,
    has: (name) => entries.has(name),
    read,
    stream: (name, budget) => {
      const entry = entries.get(name);
      return entry ? stream(name, entry, bodyOf(name, entry), budget) : undefined;
    },
  };
}
