import type { ReactNode } from "react";
import { hasAssistance, type ConventionContent } from "@/lib/conventions/content";
import {
  CONVENTION_VARIABLES,
  fillVariables,
  COMMITMENT_KIND_LABELS,
  MATRIX_HOLDER_LABELS,
  PARTY_LABELS,
  type ConventionVariable,
} from "@/lib/conventions/vocabulary";
import { levelLabel, signingRanks } from "@/components/conventions/content-labels";
import {
  MeasuredCommitments,
  RoutingTable,
} from "@/components/conventions/content-assistance-view";
import { numberAnnexes } from "@/lib/conventions/annexes";
import { DataTable, type Column } from "@/components/ui/data-table";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";

type Level = 2 | 3 | 4;
const HEADINGS = { 2: "h2", 3: "h3", 4: "h4", 5: "h5" } as const;

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: Level | 5;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = HEADINGS[level];
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** A part of the document: a section named by its heading. */
function Part({
  id,
  level,
  title,
  children,
}: {
  id: string;
  level: Level;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

const VARIABLE_TOKEN = /(\{\{\s*[\w.]+\s*\}\})/;

/** Unfilled `{{variables}}` stand out (and keep their braces, so the meaning is not colour alone). */
function TemplateText({ text }: { text: string }) {
  return text.split(VARIABLE_TOKEN).map((part, i) => {
    if (i % 2 === 0) return part;
    const name = part.slice(2, -2).trim() as ConventionVariable;
    return (
      <span
        key={i}
        className="rounded bg-amber-100 px-1 font-mono text-sm text-amber-950"
        title={CONVENTION_VARIABLES[name] ?? undefined}
      >
        {part}
      </span>
    );
  });
}

function ArticleBody({
  body,
  values,
}: {
  body: string;
  values?: Partial<Record<ConventionVariable, string>>;
}) {
  const text = values ? fillVariables(body, values) : body;
  return text.split(/\n{2,}/).map((paragraph, i) => (
    <p key={i} className="mt-2 whitespace-pre-line">
      {values ? paragraph : <TemplateText text={paragraph} />}
    </p>
  ));
}

const TOP = "align-top";
const ROW_HEADER = "align-top font-medium";

type Indexed<T> = T & { key: number };

interface TableSpec<Row> {
  caption: string;
  columns: Column<Indexed<Row>>[];
  /** Said instead of the table when the document has no row. */
  empty: string;
}

/** One of the document's tables; its rows have no identity but their place. */
function ContentTable<Row extends object>({
  spec,
  rows,
}: {
  spec: TableSpec<Row>;
  rows: readonly Row[];
}) {
  return (
    <DataTable
      caption={spec.caption}
      className="mt-3"
      columns={spec.columns}
      rows={rows.map((row, key) => ({ ...row, key }))}
      rowKey={(row) => row.key}
      empty={spec.empty}
    />
  );
}

const MATRIX: TableSpec<ConventionContent["matrix"][number]> = {
  caption: "Matrice des responsabilités : responsable et niveau de maintenance par domaine",
  columns: [
    {
      key: "domain",
      header: "Domaine",
      rowHeader: true,
      className: ROW_HEADER,
      cell: (r) => r.domain,
    },
    {
      key: "holder",
      header: "Responsable",
      className: TOP,
      cell: (r) => MATRIX_HOLDER_LABELS[r.holder],
    },
    { key: "level", header: "Niveau", className: TOP, cell: (r) => levelLabel(r.level) },
    { key: "detail", header: "Précision", className: TOP, cell: (r) => r.detail || "—" },
  ],
  empty: "Aucune ligne.",
};

const SERVICE_LEVELS: TableSpec<ConventionContent["serviceLevels"][number]> = {
  caption: "Niveaux de service : engagement par service",
  columns: [
    {
      key: "service",
      header: "Service",
      rowHeader: true,
      className: ROW_HEADER,
      cell: (s) => s.service,
    },
    { key: "level", header: "Niveau", className: TOP, cell: (s) => levelLabel(s.level) },
    { key: "commitment", header: "Engagement", className: TOP, cell: (s) => s.commitment },
  ],
  empty: "Aucun niveau de service.",
};

const COMMITMENTS: TableSpec<ConventionContent["commitments"][number]> = {
  caption: "Engagements des parties : valeur visée par indicateur",
  columns: [
    {
      key: "label",
      header: "Engagement",
      rowHeader: true,
      className: ROW_HEADER,
      cell: (c) => c.label,
    },
    { key: "party", header: "Partie", className: TOP, cell: (c) => PARTY_LABELS[c.party] },
    {
      key: "kind",
      header: "Indicateur",
      className: TOP,
      cell: (c) => COMMITMENT_KIND_LABELS[c.kind],
    },
    { key: "target", header: "Valeur visée", className: TOP, cell: (c) => String(c.target) },
  ],
  empty: "Aucun engagement chiffré.",
};

interface Props {
  content: ConventionContent;
  /** Values of the variables; without them the variables are shown as written. */
  values?: Partial<Record<ConventionVariable, string>>;
  /** Level of the section headings (articles one below); 2 by default. */
  headingLevel?: Level;
  /** Prefix of the heading ids, when a page shows two documents. */
  idPrefix?: string;
}

/**
 * A convention document, read-only: articles, matrix, service levels, assistance routing and
 * measured commitments, signing order, annexes.
 */
export function ContentView({ content, values, headingLevel = 2, idPrefix = "document" }: Props) {
  const sub = (headingLevel + 1) as Level | 5;
  const section = (suffix: string) => `${idPrefix}-${suffix}`;
  const referents = (
    [
      ["Référent numérique de l'établissement", content.referents.numerique],
      ["Référent technique", content.referents.technique],
      ["Interlocuteur de la collectivité", content.referents.collectivite],
    ] satisfies DetailRow[]
  ).filter(([, value]) => value !== "");
  return (
    <div className="space-y-8">
      <Part id={section("articles")} level={headingLevel} title="Articles">
        <ol className="mt-3 space-y-5">
          {content.articles.map((article, i) => (
            <li key={i} className="leading-relaxed">
              <Heading level={sub}>
                Article {i + 1} – {article.title}
              </Heading>
              <ArticleBody body={article.body} values={values} />
            </li>
          ))}
        </ol>
      </Part>

      <Part id={section("matrix")} level={headingLevel} title="Matrice des responsabilités">
        <ContentTable spec={MATRIX} rows={content.matrix} />
      </Part>

      <Part id={section("services")} level={headingLevel} title="Niveaux de service">
        <ContentTable spec={SERVICE_LEVELS} rows={content.serviceLevels} />
      </Part>

      {content.commitments.length > 0 && (
        <Part id={section("commitments")} level={headingLevel} title="Engagements des parties">
          <ContentTable spec={COMMITMENTS} rows={content.commitments} />
        </Part>
      )}

      {hasAssistance(content.assistance) && (
        <Part
          id={section("assistance")}
          level={headingLevel}
          title="Aiguillage des signalements et engagements mesurés"
        >
          <RoutingTable routing={content.assistance.routing} />
          <Heading level={sub} className="mt-3">
            Engagements mesurés
          </Heading>
          <MeasuredCommitments assistance={content.assistance} />
        </Part>
      )}

      <Part id={section("signing")} level={headingLevel} title="Signature et annexes">
        <Heading level={sub} className="mt-3">
          Ordre de signature
        </Heading>
        <ul className="mt-1 list-none space-y-1">
          {signingRanks(content.signingOrder).map((rank) => (
            <li key={rank}>{rank}</li>
          ))}
        </ul>
        <Heading level={sub} className="mt-3">
          Annexes jointes
        </Heading>
        <ul className="mt-1 list-disc pl-6">
          <li>Matrice des responsabilités</li>
          {numberAnnexes(content.annexes).map((annex) => (
            <li key={annex.key}>
              Annexe {annex.number} : {annex.title}
            </li>
          ))}
        </ul>
        {referents.length > 0 && (
          <>
            <Heading level={sub} className="mt-3">
              Référents
            </Heading>
            <DetailList
              rows={referents}
              className="mt-1 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]"
              termClassName="font-medium text-slate-700"
            />
          </>
        )}
      </Part>
    </div>
  );
}
