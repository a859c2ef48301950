import type { ReactNode } from "react";
import { type ConventionContent } from "@/lib/conventions/content";
import {
  CONVENTION_VARIABLES,
  fillVariables,
  MATRIX_HOLDER_LABELS,
  type ConventionVariable,
} from "@/lib/conventions/vocabulary";
import { levelLabel, signingRanks } from "@/components/conventions/content-labels";
import { numberAnnexes } from "@/lib/conventions/annexes";
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

const TH = "px-3 py-2";
const TD = "px-3 py-2 align-top";

interface Props {
  content: ConventionContent;
  /** Values of the variables; without them the variables are shown as written. */
  values?: Partial<Record<ConventionVariable, string>>;
  /** Level of the section headings (articles one below); 2 by default. */
  headingLevel?: Level;
  /** Prefix of the heading ids, when a page shows two documents. */
  idPrefix?: string;
}

/** A convention document, read-only: articles, matrix, service levels, signing order, annexes. */
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
      <section aria-labelledby={section("articles")}>
        <Heading level={headingLevel} id={section("articles")}>
          Articles
        </Heading>
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
      </section>

      <section aria-labelledby={section("matrix")}>
        <Heading level={headingLevel} id={section("matrix")}>
          Matrice des responsabilités
        </Heading>
        {content.matrix.length === 0 ? (
          <p className="mt-2">Aucune ligne.</p>
        ) : (
          <div className="mt-3 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">
                Matrice des responsabilités : responsable et niveau de maintenance par domaine
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={TH}>
                    Domaine
                  </th>
                  <th scope="col" className={TH}>
                    Responsable
                  </th>
                  <th scope="col" className={TH}>
                    Niveau
                  </th>
                  <th scope="col" className={TH}>
                    Précision
                  </th>
                </tr>
              </thead>
              <tbody>
                {content.matrix.map((row, i) => (
                  <tr key={i} className="border-t border-slate-200">
                    <th scope="row" className={`${TD} font-medium`}>
                      {row.domain}
                    </th>
                    <td className={TD}>{MATRIX_HOLDER_LABELS[row.holder]}</td>
                    <td className={TD}>{levelLabel(row.level)}</td>
                    <td className={TD}>{row.detail || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby={section("services")}>
        <Heading level={headingLevel} id={section("services")}>
          Niveaux de service
        </Heading>
        {content.serviceLevels.length === 0 ? (
          <p className="mt-2">Aucun niveau de service.</p>
        ) : (
          <div className="mt-3 relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">Niveaux de service : engagement par service</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={TH}>
                    Service
                  </th>
                  <th scope="col" className={TH}>
                    Niveau
                  </th>
                  <th scope="col" className={TH}>
                    Engagement
                  </th>
                </tr>
              </thead>
              <tbody>
                {content.serviceLevels.map((service, i) => (
                  <tr key={i} className="border-t border-slate-200">
                    <th scope="row" className={`${TD} font-medium`}>
                      {service.service}
                    </th>
                    <td className={TD}>{levelLabel(service.level)}</td>
                    <td className={TD}>{service.commitment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby={section("signing")}>
        <Heading level={headingLevel} id={section("signing")}>
          Signature et annexes
        </Heading>
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
      </section>
    </div>
  );
}
