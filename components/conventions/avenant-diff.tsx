import type { diffContent } from "@/lib/conventions/diff-content";
import { type MatrixRow } from "@/lib/conventions/content";
import { MATRIX_HOLDER_LABELS } from "@/lib/conventions/vocabulary";
import { DataTable } from "@/components/ui/data-table";

const CHANGE: Record<string, string> = {
  added: "Ajouté",
  removed: "Supprimé",
  modified: "Modifié",
};
const cell = (r: MatrixRow | null) =>
  r
    ? `${MATRIX_HOLDER_LABELS[r.holder]}${r.level ? ` (${r.level})` : ""}${r.detail ? ` — ${r.detail}` : ""}`
    : "—";

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
export function AvenantDiff({ diff }: { diff: ReturnType<typeof diffContent> }) {
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
      {diff.matrix.length > 0 && (
        <DataTable
          caption="Matrice des responsabilités"
          captionVisible
          className=""
          rows={diff.matrix}
          rowKey={(m) => m.domain}
          columns={[
            { key: "domain", header: "Domaine", rowHeader: true, cell: (m) => m.domain },
            { key: "change", header: "Changement", cell: (m) => CHANGE[m.change] },
            { key: "before", header: "En vigueur", cell: (m) => cell(m.before) },
            { key: "after", header: "Proposé", cell: (m) => cell(m.after) },
          ]}
        />
      )}
      {diff.serviceLevelsChanged && <p>Les niveaux de service sont modifiés.</p>}
    </section>
  );
}
