import type { diffContent, RowChange } from "@/lib/conventions/diff-content";
import { type MatrixRow, type RoutingRule, type SlaRule } from "@/lib/conventions/content";
import { MATRIX_HOLDER_LABELS } from "@/lib/conventions/vocabulary";
import { ASSISTANCE_DOMAIN_LABELS, HANDLER_PARTY_LABELS } from "@/lib/assistance/vocabulary";
import { describeSla, describeSlaScope } from "@/lib/assistance/describe-sla";
import { DataTable } from "@/components/ui/data-table";

const CHANGE: Record<string, string> = {
  added: "Ajouté",
  removed: "Supprimé",
  modified: "Modifié",
};
const matrixCell = (r: MatrixRow) =>
  `${MATRIX_HOLDER_LABELS[r.holder]}${r.level ? ` (${r.level})` : ""}${r.detail ? ` — ${r.detail}` : ""}`;

type Diff = ReturnType<typeof diffContent>;

/** A table of row changes: what each row was in force, and what the avenant proposes. */
function ChangesTable<Row>({
  caption,
  header,
  changes,
  name,
  describe,
}: {
  caption: string;
  /** The header of the column that names each row. */
  header: string;
  changes: RowChange<Row>[];
  name: (change: RowChange<Row>) => string;
  describe: (row: Row) => string;
}) {
  if (changes.length === 0) return null;
  return (
    <DataTable
      caption={caption}
      captionVisible
      className=""
      rows={changes}
      rowKey={(m) => m.key}
      columns={[
        { key: "name", header, rowHeader: true, cell: name },
        { key: "change", header: "Changement", cell: (m) => CHANGE[m.change] },
        { key: "before", header: "En vigueur", cell: (m) => (m.before ? describe(m.before) : "—") },
        { key: "after", header: "Proposé", cell: (m) => (m.after ? describe(m.after) : "—") },
      ]}
    />
  );
}

const routingName = (m: RowChange<RoutingRule>) =>
  ASSISTANCE_DOMAIN_LABELS[(m.after ?? m.before)!.domain];
const routingCell = (r: RoutingRule) => `${HANDLER_PARTY_LABELS[r.party]} (${r.level})`;
const measuredName = (m: RowChange<SlaRule>) => describeSlaScope((m.after ?? m.before)!);

/** The routing, measured commitments and working day the avenant changes. */
function AssistanceChanges({ diff }: { diff: Diff }) {
  return (
    <>
      <ChangesTable
        caption="Aiguillage des signalements"
        header="Domaine"
        changes={diff.routing}
        name={routingName}
        describe={routingCell}
      />
      <ChangesTable
        caption="Engagements mesurés"
        header="Niveau et domaine"
        changes={diff.measured}
        name={measuredName}
        describe={describeSla}
      />
      {diff.settings.length > 0 && (
        <ul className="list-disc pl-6">
          {diff.settings.map((s) => (
            <li key={s.term}>
              {s.term} : « {s.after} » au lieu de « {s.before} ».
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const VERSIONS = {
  before: {
    label: "Texte en vigueur",
    Tag: "del",
    className: "block whitespace-pre-wrap rounded bg-red-50 p-2 text-sm",
  },
  after: {
    label: "Texte proposé",
    Tag: "ins",
    className: "block whitespace-pre-wrap rounded bg-green-50 p-2 text-sm no-underline",
  },
} as const;

/** An article's text in force (struck out) or proposed (inserted); nothing when it has none. */
function ArticleText({ version, text }: { version: keyof typeof VERSIONS; text: string | null }) {
  if (text === null) return null;
  const { label, Tag, className } = VERSIONS[version];
  return (
    <div>
      <p className="text-sm font-medium">{label}</p>
      <Tag className={className}>{text}</Tag>
    </div>
  );
}

/** What the avenant changes against the version in force, in words (not colour alone). */
export function AvenantDiff({ diff }: { diff: Diff }) {
  return (
    <section
      aria-labelledby="diff-titre"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
    >
      <h2 id="diff-titre">Modifications apportées par l&apos;avenant</h2>
      {diff.empty && (
        <p>L&apos;avenant ne modifie encore rien par rapport à la version en vigueur.</p>
      )}
      {diff.articles.map((a) => (
        <div key={`${a.change}-${a.title}`} className="space-y-1">
          <h3>
            {CHANGE[a.change]} : {a.title}
          </h3>
          <ArticleText version="before" text={a.before} />
          <ArticleText version="after" text={a.after} />
        </div>
      ))}
      <ChangesTable
        caption="Matrice des responsabilités"
        header="Domaine"
        changes={diff.matrix}
        name={(m) => m.key}
        describe={matrixCell}
      />
      {diff.serviceLevelsChanged && <p>Les niveaux de service sont modifiés.</p>}
      <AssistanceChanges diff={diff} />
    </section>
  );
}
