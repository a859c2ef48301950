import type { CsvRecord } from "@/lib/imports/csv";

/*
 * What the ministry files' readers (établissements, effectifs, IPS) share once a header is matched:
 * a record's cells by field, and the errors a refused file reports, line by line.
 */

/** One refusal of a file being imported: its line, the file's name for the column, why. */
export interface ImportError {
  line: number;
  column: string | null;
  message: string;
}

/** A record's cell for each field, "" where the file has no column for it. */
export function recordValues<F extends string>(
  record: CsvRecord,
  fields: readonly F[],
  columns: ReadonlyMap<F, { index: number }>,
): Record<F, string> {
  const raw = {} as Record<F, string>;
  for (const field of fields) {
    const column = columns.get(field);
    raw[field] = column ? (record.values[column.index] ?? "") : "";
  }
  return raw;
}

/** The one error of a file that lacks required columns, named as the reader calls them. */
export function missingColumnsError(labels: readonly string[]): ImportError {
  return {
    line: 1,
    column: null,
    message: `Colonnes obligatoires absentes : ${labels.join(", ")}`,
  };
}

/** A row's validation issues as errors on its line, each on the column of the field it is about. */
export function issueErrors<F extends string>(
  line: number,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  columnOf: (field: F) => string,
): ImportError[] {
  return issues.map((issue) => {
    const field = issue.path[0] as F | undefined;
    return { line, column: field ? columnOf(field) : null, message: issue.message };
  });
}
