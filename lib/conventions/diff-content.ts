import type { ConventionContent, MatrixRow } from "@/lib/conventions/content";

export type ChangeKind = "added" | "removed" | "modified";

export interface ArticleChange {
  change: ChangeKind;
  title: string;
  before: string | null;
  after: string | null;
}

export interface MatrixChange {
  change: ChangeKind;
  domain: string;
  before: MatrixRow | null;
  after: MatrixRow | null;
}

/**
 * What an avenant changes against the version in force: articles matched by title (a renamed
 * article reads as one removed and one added), matrix rows by domain, plus dates and service
 * levels. Unchanged items are left out.
 */
export function diffContent(base: ConventionContent, next: ConventionContent) {
  const articles: ArticleChange[] = [];
  const baseArticles = new Map(base.articles.map((a) => [a.title, a.body]));
  const nextTitles = new Set(next.articles.map((a) => a.title));
  for (const a of next.articles) {
    const before = baseArticles.get(a.title);
    if (before === undefined)
      articles.push({ change: "added", title: a.title, before: null, after: a.body });
    else if (before !== a.body)
      articles.push({ change: "modified", title: a.title, before, after: a.body });
  }
  for (const a of base.articles)
    if (!nextTitles.has(a.title))
      articles.push({ change: "removed", title: a.title, before: a.body, after: null });

  const matrix: MatrixChange[] = [];
  const baseRows = new Map(base.matrix.map((r) => [r.domain, r]));
  const nextDomains = new Set(next.matrix.map((r) => r.domain));
  for (const r of next.matrix) {
    const before = baseRows.get(r.domain);
    if (!before) matrix.push({ change: "added", domain: r.domain, before: null, after: r });
    else if (before.holder !== r.holder || before.level !== r.level || before.detail !== r.detail)
      matrix.push({ change: "modified", domain: r.domain, before, after: r });
  }
  for (const r of base.matrix)
    if (!nextDomains.has(r.domain))
      matrix.push({ change: "removed", domain: r.domain, before: r, after: null });

  const serviceLevelsChanged =
    JSON.stringify(base.serviceLevels) !== JSON.stringify(next.serviceLevels);
  return {
    articles,
    matrix,
    serviceLevelsChanged,
    empty: articles.length === 0 && matrix.length === 0 && !serviceLevelsChanged,
  };
}
