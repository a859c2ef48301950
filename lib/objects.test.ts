import { describe, expect, it } from "vitest";
import { omit } from "@/lib/objects";

describe("omit", () => {
  it("copies an object without the keys named, leaving the original alone", () => {
    const original = { id: "a", name: "Collège", content: { x: 1 } };
    expect(omit(original, "id", "content")).toEqual({ name: "Collège" });
    expect(original).toEqual({ id: "a", name: "Collège", content: { x: 1 } });
  });
});
