/**
 * Reads a whole ordered list `size` rows at a time (an export of every page, not only one) and
 * returns each row as `toRow` makes it; a batch is dropped once its rows are made.
 */
export async function readInBatches<T, R>(
  size: number,
  read: (window: { skip: number; take: number }) => Promise<T[]>,
  toRow: (row: T) => R,
): Promise<R[]> {
  const rows: R[] = [];
  for (let skip = 0; ; skip += size) {
    const batch = await read({ skip, take: size });
    for (const row of batch) rows.push(toRow(row));
    if (batch.length < size) return rows;
  }
}
