import { SaxesParser } from "saxes";
import { AppError } from "@/lib/errors";
import type { PartSink } from "@/lib/imports/xlsx-archive";

// The XML of an imported workbook, streamed through saxes as its parts inflate (xlsx-archive.ts).

/** One shared string or one cell: Excel stops at 32,767 characters; this leaves room for other producers. */
export const MAX_TEXT_CHARS = 1024 * 1024;

export function fail(reason: string): never {
  throw new AppError("INVALID_INPUT", `Fichier XLSX illisible : ${reason}`);
}

// ---------------------------------------------------------------------------------------------
// XML, streamed through saxes

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The local part of a qualified name: parts are read whatever namespace prefix the producer chose. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** A sink decoding a part (UTF-8, or UTF-16 after its BOM) and feeding it to saxes as it inflates. */
export function xmlSink(part: string, handlers: XmlHandlers): PartSink {
  const parser = new SaxesParser({ position: false });
  const invalid = () => fail(`la partie « ${part} » n'est pas du XML valide.`);
  parser.on("error", invalid);
  parser.on("opentag", (tag) =>
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>),
  );
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => handlers.text(text));
  let decoder: TextDecoder | null = null;
  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof AppError) throw error;
      invalid();
    }
  };
  return (chunk, final) => {
    if (decoder === null) {
      const encoding =
        chunk[0] === 0xff && chunk[1] === 0xfe
          ? "utf-16le"
          : chunk[0] === 0xfe && chunk[1] === 0xff
            ? "utf-16be"
            : "utf-8";
      decoder = new TextDecoder(encoding);
    }
    // saxes refuses a byte-order mark before the declaration; TextDecoder drops it.
    write(decoder.decode(chunk, { stream: !final }));
    if (final) {
      try {
        parser.close();
      } catch (error) {
        if (error instanceof AppError) throw error;
        invalid();
      }
    }
  };
}

/** Text gathered between an opening and a closing tag, capped. */
export class TextBuffer {
  private text = "";
  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {}
  add(text: string): void {
    // Usually one piece per element: concatenation only when saxes splits the text (entities, chunk ends).
    this.text = this.text === "" ? text : this.text + text;
    if (this.text.length > this.limit) fail(`${this.what} est démesurément long.`);
  }
  take(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}
