import { describe, expect, it } from "vitest";
import { moveAt } from "@/components/conventions/content-keyed-list";

describe("moveAt", () => {
  it("moves an item up or down by one place", () => {
    expect(moveAt(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveAt(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });

  it("leaves the list unchanged past either end or for an unknown index", () => {
    expect(moveAt(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveAt(["a", "b"], 1, 1)).toEqual(["a", "b"]);
    expect(moveAt(["a", "b"], -1, 1)).toEqual(["a", "b"]);
  });
});
