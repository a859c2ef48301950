import { describe, expect, it } from "vitest";
import { readInBatches } from "@/lib/db/read-in-batches";

const list = Array.from({ length: 25 }, (_, i) => i);

describe("readInBatches", () => {
  it.each([
    [10, 3],
    [25, 2],
    [30, 1],
  ])("reads every row once, %i at a time, in %i reads", async (size, reads) => {
    const windows: { skip: number; take: number }[] = [];
    const seen = await readInBatches(
      size,
      (window) => {
        windows.push(window);
        return Promise.resolve(list.slice(window.skip, window.skip + window.take));
      },
      (row) => row,
    );
    expect(seen).toEqual(list);
    expect(windows).toHaveLength(reads);
    expect(windows.every((w) => w.take === size)).toBe(true);
  });
});
