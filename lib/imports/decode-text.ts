import iconv from "iconv-lite";

export type TextEncodingName = "UTF-8" | "Windows-1252";

export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  "UTF-8": "UTF-8",
  "Windows-1252": "Windows-1252 (Excel pour Windows)",
};

/**
 * The one decoding rule of every import, web and command line: UTF-8 when the bytes are valid
 * UTF-8 (a BOM is dropped), else Windows-1252, what Excel for Windows writes as « CSV ».
 * Windows-1252 and not ISO-8859-1: « – », « ’ », « € » and « œ » live in 0x80–0x9F. iconv-lite
 * rather than TextDecoder: Node 20's TextDecoder("windows-1252") decodes as ISO-8859-1
 * (0x96 → U+0096, a control character) — checked on this machine.
 */
export function decodeImportText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encoding: "UTF-8",
    };
  } catch {
    return {
      text: iconv.decode(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        "windows-1252",
      ),
      encoding: "Windows-1252",
    };
  }
}

/** The line every import report gives, on screen and in the terminal. */
export function encodingLine(encoding: TextEncodingName): string {
  return `Encodage lu : ${ENCODING_LABELS[encoding]}.`;
}
