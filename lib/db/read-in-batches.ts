/**
 * Reads a whole ordered list `size` rows at a time (an export of every page), handing each batch
 * to `each` before reading the next, so that a large list is never held twice.
 */
export async function readInBatches<T>(
  size: number,
  read: (window: { skip: number; take: number }) => Promise<T[]>,
  each: (batch: T[]) => void,
): Promise<void> {
  for (let skip = 0; ; skip += size) {
    const batch = await read({ skip, take: size });
    each(batch);
    if (batch.length < size) return;
  }
}
