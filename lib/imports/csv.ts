/** A parsed CSV record with the 1-based line number where it starts in the file. */
export interface CsvRecord {
  line: number;
  values: string[];
}

export interface ParsedCsv {
  separator: ";" | ",";
  header: string[];
  records: CsvRecord[];
}

/** Picks `;` or `,` from the header line, counting only separators outside quotes. */
export function detectSeparator(headerLine: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * Parses CSV text (RFC 4180 quoting, `;` or `,`, CRLF or LF, UTF-8 with or without BOM).
 * Blank lines are skipped; line numbers count physical lines so errors can name them.
 */
export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLineEnd = body.search(/\r?\n/);
  const separator = detectSeparator(firstLineEnd === -1 ? body : body.slice(0, firstLineEnd));
  const rows: CsvRecord[] = [];
  let values: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endRecord = () => {
    values.push(field);
    if (!(values.length === 1 && values[0] === "" && !fieldStarted)) rows.push({ line: recordLine, values });
    values = [];
    field = "";
    fieldStarted = false;
  };

  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      quoted = true;
      fieldStarted = true;
    } else if (char === separator) {
      values.push(field);
      field = "";
      fieldStarted = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (field !== "" || values.length > 0 || fieldStarted) endRecord();

  const [headerRecord, ...records] = rows;
  return { separator, header: (headerRecord?.values ?? []).map((h) => h.trim()), records };
}

/** Folds a column name for matching across years: no accents, case, spaces or punctuation. */
export function foldColumnName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
