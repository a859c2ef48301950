import { describe, expect, it } from "vitest";
import { pageCountOf, pageWindow } from "@/lib/pagination";

describe("pagination", () => {
  it("skips the rows of the pages before", () => {
    expect(pageWindow({ page: 1, pageSize: 50 })).toEqual({ skip: 0, take: 50 });
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ skip: 40, take: 20 });
  });
  it("counts one page for an empty list", () => {
    expect(pageCountOf(0, 50)).toBe(1);
    expect(pageCountOf(101, 50)).toBe(3);
  });
});
