import type { ConventionContent, MatrixRow, RoutingRule, SlaRule } from "@/lib/conventions/content";
import { describeAssistanceTerms } from "@/lib/assistance/describe-sla";

export type ChangeKind = "added" | "removed" | "modified";

export interface ArticleChange {
  change: ChangeKind;
  title: string;
  before: string | null;
  after: string | null;
}

/** A row of a keyed table (matrix, routing, measured commitments) added, removed or modified. */
export interface RowChange<Row> {
  change: ChangeKind;
  key: string;
  before: Row | null;
  after: Row | null;
}

export type MatrixChange = RowChange<MatrixRow> & { domain: string };

/** A setting of the assistance section, in words: « Journée ouvrée », before and after. */
export interface SettingChange {
  term: string;
  before: string;
  after: string;
}

/** Rows matched by key: the next ones in order (added or modified), then those removed. */
function diffRows<Row>(
  base: readonly Row[],
  next: readonly Row[],
  keyOf: (row: Row) => string,
): RowChange<Row>[] {
  const changes: RowChange<Row>[] = [];
  const baseRows = new Map(base.map((r) => [keyOf(r), r]));
  const nextKeys = new Set(next.map(keyOf));
  for (const r of next) {
    const key = keyOf(r);
    const before = baseRows.get(key);
    if (!before) changes.push({ change: "added", key, before: null, after: r });
    else if (JSON.stringify(before) !== JSON.stringify(r))
      changes.push({ change: "modified", key, before, after: r });
  }
  for (const r of base)
    if (!nextKeys.has(keyOf(r)))
      changes.push({ change: "removed", key: keyOf(r), before: r, after: null });
  return changes;
}

/** The key of a measured commitment: one per level and domain (the content schema says so). */
export const slaKey = (rule: SlaRule) => `${rule.level}/${rule.domain}`;

/**
 * What an avenant changes against the version in force: articles matched by title (a renamed
 * article reads as one removed and one added), matrix rows by domain, routing rows by assistance
 * domain, measured commitments by level and domain, the working day and closing delays, plus
 * dates and service levels. Unchanged items are left out.
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

  const matrix: MatrixChange[] = diffRows(base.matrix, next.matrix, (r) => r.domain).map((c) => ({
    ...c,
    domain: c.key,
  }));
  const routing: RowChange<RoutingRule>[] = diffRows(
    base.assistance.routing,
    next.assistance.routing,
    (r) => r.domain,
  );
  const measured: RowChange<SlaRule>[] = diffRows(
    base.assistance.serviceLevels,
    next.assistance.serviceLevels,
    slaKey,
  );
  const nextTerms = describeAssistanceTerms(next.assistance);
  const settings: SettingChange[] = describeAssistanceTerms(base.assistance).flatMap(
    ([term, before], i) => {
      const after = nextTerms[i]?.[1] ?? "";
      return before === after ? [] : [{ term, before, after }];
    },
  );

  const serviceLevelsChanged =
    JSON.stringify(base.serviceLevels) !== JSON.stringify(next.serviceLevels);
  return {
    articles,
    matrix,
    serviceLevelsChanged,
    routing,
    measured,
    settings,
    empty:
      articles.length === 0 &&
      matrix.length === 0 &&
      !serviceLevelsChanged &&
      routing.length === 0 &&
      measured.length === 0 &&
      settings.length === 0,
  };
}
