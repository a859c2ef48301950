import { LIMIT_MESSAGES, MAX_IMPORT_CELLS } from "@/lib/imports/limits";
import { fail, MAX_TEXT_CHARS, TextBuffer, type XmlHandlers } from "@/lib/imports/xlsx-xml";
import {
  builtInFormatKind,
  decodeExcelEscapes,
  formatKind,
  type FormatKind,
} from "@/lib/imports/xlsx-values";

// The small parts of an imported workbook: relationships, workbook, styles and shared strings.

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

export function relsPathOf(path: string): string {
  const dir = directoryOf(path);
  return `${dir ? `${dir}/` : ""}_rels/${path.slice(path.lastIndexOf("/") + 1)}.rels`;
}

/** A relationship target resolved against the directory of the part that holds it. */
function resolvePath(baseDir: string, target: string): string {
  const segments = target.startsWith("/") ? [] : baseDir.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

interface Relationship {
  /** Last segment of the relationship type: officeDocument, worksheet, sharedStrings, styles… */
  type: string;
  path: string;
}

export function relationshipsHandler(dir: string) {
  const rels = new Map<string, Relationship>();
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (
        name !== "Relationship" ||
        !attributes.Id ||
        !attributes.Target ||
        attributes.TargetMode === "External"
      )
        return;
      if (rels.size >= 10_000) fail("les relations du classeur sont démesurément nombreuses.");
      rels.set(attributes.Id, {
        type: (attributes.Type ?? "").split("/").pop() ?? "",
        path: resolvePath(dir, attributes.Target),
      });
    },
    close() {},
    text() {},
  };
  return { rels, handlers };
}

interface SheetEntry {
  relId: string | undefined;
  visible: boolean;
}

export function workbookHandler() {
  const state = { sheets: [] as SheetEntry[], date1904: false };
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === "workbookPr") state.date1904 = /^(1|true)$/.test(attributes.date1904 ?? "");
      if (name === "sheet") {
        if (state.sheets.length >= 10_000) fail("le classeur contient démesurément de feuilles.");
        // The relationship id is the attribute named `id` in the relationships namespace, whatever its prefix.
        const relId = Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1];
        state.sheets.push({ relId, visible: (attributes.state ?? "visible") === "visible" });
      }
    },
    close() {},
    text() {},
  };
  return {
    get sheets() {
      return state.sheets;
    },
    get date1904() {
      return state.date1904;
    },
    handlers,
  };
}

/** For each cell style index (cellXfs order), how its number format shows a value. */
export function stylesHandler() {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const handlers: XmlHandlers = {
    open(name, attributes) {
      if (name === "numFmt") custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        if (formats.length >= 100_000) fail("les styles du classeur sont démesurément nombreux.");
        formats.push(Number(attributes.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  };
  const kinds = (): FormatKind[] =>
    formats.map((id) => {
      const code = custom.get(id);
      return code !== undefined ? formatKind(code) : builtInFormatKind(id);
    });
  return { handlers, kinds };
}

/** The text of a string item (`<si>` or `<is>`): its runs concatenated, phonetic guides left out. */
export class RichText {
  private depthInPhonetic = 0;
  private inText = false;
  private readonly buffer = new TextBuffer(MAX_TEXT_CHARS, "un texte du classeur");

  open(name: string): void {
    if (name === "rPh") this.depthInPhonetic += 1;
    else if (name === "t" && this.depthInPhonetic === 0) this.inText = true;
  }
  close(name: string): void {
    if (name === "rPh") this.depthInPhonetic -= 1;
    else if (name === "t") this.inText = false;
  }
  text(text: string): void {
    if (this.inText) this.buffer.add(text);
  }
  take(): string {
    this.depthInPhonetic = 0;
    this.inText = false;
    return decodeExcelEscapes(this.buffer.take());
  }
}

/** The shared strings, item by item as the part inflates; as many as cells at most. */
export function sharedStringsHandler() {
  const items: string[] = [];
  const rich = new RichText();
  let inItem = false;
  const handlers: XmlHandlers = {
    open(name) {
      if (name === "si") {
        if (items.length >= MAX_IMPORT_CELLS) fail(LIMIT_MESSAGES.cells);
        inItem = true;
      } else if (inItem) rich.open(name);
    },
    close(name) {
      if (name === "si") {
        items.push(rich.take());
        inItem = false;
      } else if (inItem) rich.close(name);
    },
    text(text) {
      if (inItem) rich.text(text);
    },
  };
  return { items, handlers };
}
