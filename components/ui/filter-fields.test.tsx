import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { FilterFields, KeepSortFields } from "@/components/ui/filter-fields";
import { listTableLinks, sortedListHrefs } from "@/components/ui/list-page";

const options = [
  { value: "A", label: "Alpha" },
  { value: "B", label: "Bêta" },
];

describe("FilterFields", () => {
  const html = renderToStaticMarkup(
    <FilterFields
      values={{ kind: "B", q: "rennes", before: 2021 }}
      filters={[
        { name: "kind", label: "Sorte", all: "Toutes", options },
        false,
        { name: "q", id: "liste-q", type: "search", label: "Rechercher" },
        { name: "before", type: "number", label: "Avant", min: 1980, hint: "Une année." },
        { name: "other", label: "Autre", value: "A", options },
      ]}
    />,
  );

  it("labels each control and shows the query's value, « all » first", () => {
    expect(html).toContain('<label for="kind" class="block text-sm font-medium">Sorte</label>');
    expect(html).toContain('<option value="">Toutes</option><option value="A">Alpha</option>');
    expect(html).toContain('<option value="B" selected="">Bêta</option>');
    expect(html).toContain('<input id="liste-q" class=');
    expect(html).toContain('type="search" name="q" value="rennes"');
  });

  it("gives a year field its bounds, numeric keyboard and hint, and a fixed value wins", () => {
    expect(html).toContain('aria-describedby="before-hint" type="number" min="1980"');
    expect(html).toContain('inputMode="numeric" name="before" value="2021"');
    expect(html).toContain(
      '<p id="before-hint" class="mt-1 text-xs text-slate-700">Une année.</p>',
    );
    expect(html).toContain('<option value="A" selected="">Alpha</option>');
  });
});

describe("KeepSortFields", () => {
  it("keeps only an order that is not the default", () => {
    const keep = (sort: string, dir: "asc" | "desc") =>
      renderToStaticMarkup(<KeepSortFields query={{ sort, dir }} defaultSort="name" />);
    expect(keep("name", "asc")).toBe("");
    expect(keep("uai", "desc")).toBe(
      '<input type="hidden" name="sort" value="uai"/><input type="hidden" name="dir" value="desc"/>',
    );
  });
});

describe("sortedListHrefs and listTableLinks", () => {
  const query = { sort: "cout", dir: "desc", page: 2 } as const;
  const href = sortedListHrefs("/c/35/ecarts", query, "cout", { q: "x", ecart: "" }, "desc");

  it("leaves the defaults out of the links", () => {
    expect(href({})).toBe("/c/35/ecarts?q=x&page=2");
    expect(href({ sort: "name", dir: "asc", page: undefined })).toBe(
      "/c/35/ecarts?q=x&sort=name&dir=asc",
    );
  });

  it("offers the export only for a list with rows, and page 1 without `page`", () => {
    const links = (total: number) =>
      listTableLinks({ listHref: "/c/35/ecarts", href, query, pageCount: 3, total, what: "ces" });
    expect(links(0).exports).toBeUndefined();
    expect(links(5).exports).toEqual({ href: "/c/35/ecarts/export?q=x", what: "ces" });
    expect(links(5).pagination.href(1)).toBe("/c/35/ecarts?q=x");
  });
});
