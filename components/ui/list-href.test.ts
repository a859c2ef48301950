import { describe, expect, it } from "vitest";
import { hrefWithQuery, listHrefs } from "@/components/ui/list-href";

describe("hrefWithQuery", () => {
  it("leaves out empty values and keeps the others in order", () => {
    expect(
      hrefWithQuery("/c/35/inventaire", { q: "", status: "EN_PANNE", page: 2, uai: undefined }),
    ).toBe("/c/35/inventaire?status=EN_PANNE&page=2");
  });

  it("is the bare path without any value", () => {
    expect(hrefWithQuery("/c/35/inventaire", { q: undefined })).toBe("/c/35/inventaire");
  });
});

describe("listHrefs", () => {
  const href = listHrefs("/a/14/etablissements", { q: "rennes", sort: "uai", page: 3 });

  it("keeps the current filters and overrides some", () => {
    expect(href({ page: undefined })).toBe("/a/14/etablissements?q=rennes&sort=uai");
    expect(href({ sort: "name", dir: "desc" })).toBe(
      "/a/14/etablissements?q=rennes&sort=name&page=3&dir=desc",
    );
  });

  it("builds the export route's link from the same filters", () => {
    expect(href({ page: undefined }, "/a/14/etablissements/export")).toBe(
      "/a/14/etablissements/export?q=rennes&sort=uai",
    );
  });
});
