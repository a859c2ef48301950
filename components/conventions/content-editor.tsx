"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import type { ConventionKind } from "@/lib/conventions/labels";
import type { ConventionContent, SigningStep } from "@/lib/conventions/content";
import { partiesOf } from "@/lib/conventions/vocabulary";
import { useKeyedList } from "@/components/conventions/content-keyed-list";
import { useEnterKeepsForm } from "@/components/forms/use-enter-keeps-form";
import { ArticlesEditor } from "@/components/conventions/content-articles-editor";
import {
  CommitmentsEditor,
  MatrixEditor,
  ServiceLevelsEditor,
} from "@/components/conventions/content-table-editors";
import {
  AssistanceEditor,
  useAssistanceEditor,
} from "@/components/conventions/content-assistance-editor";
import {
  AnnexesEditor,
  ReferentsEditor,
  SigningOrderEditor,
} from "@/components/conventions/content-signing-editor";

/** One step per party of the kind, keeping the ranks the document already gives. */
function signingOrderFor(kind: ConventionKind, steps: readonly SigningStep[]): SigningStep[] {
  return partiesOf(kind).map((party, index) => ({
    party,
    order: steps.find((s) => s.party === party)?.order ?? index + 1,
  }));
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

interface Props {
  initial: ConventionContent;
  kind: ConventionKind;
  /** Name of the hidden input carrying the document as JSON; « content » by default. */
  name?: string;
}

/**
 * Edits a convention document (template or draft) in the browser and posts it, as JSON, in a
 * hidden input of the enclosing form; the server validates it with `conventionContentSchema`.
 */
export function ContentEditor({ initial, kind, name = "content" }: Props) {
  const idPrefix = `editor${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  const editorRef = useRef<HTMLDivElement>(null);
  useEnterKeepsForm(editorRef);
  const articles = useKeyedList(initial.articles);
  const matrix = useKeyedList(initial.matrix);
  const serviceLevels = useKeyedList(initial.serviceLevels);
  const commitments = useKeyedList(initial.commitments);
  const [annexes, setAnnexes] = useState(initial.annexes);
  const [signingOrder, setSigningOrder] = useState(() =>
    signingOrderFor(kind, initial.signingOrder),
  );
  const [referents, setReferents] = useState(initial.referents);
  const [notApplicable, setNotApplicable] = useState(initial.notApplicable);
  const assistance = useAssistanceEditor(initial.assistance);

  const content: ConventionContent = {
    articles: articles.items.map((i) => i.value),
    matrix: matrix.items.map((i) => i.value),
    serviceLevels: serviceLevels.items.map((i) => i.value),
    commitments: commitments.items.map((i) => i.value),
    annexes,
    signingOrder,
    referents,
    notApplicable,
    assistance: assistance.value,
  };

  return (
    <div ref={editorRef} className="space-y-8">
      <input type="hidden" name={name} value={JSON.stringify(content)} />
      <Section id={`${idPrefix}-articles`} title={`Articles (${articles.items.length})`}>
        <ArticlesEditor list={articles} idPrefix={idPrefix} />
      </Section>
      <Section id={`${idPrefix}-matrix`} title="Matrice des responsabilités">
        <p className="text-sm text-slate-700">
          Pour chaque domaine, la partie responsable et, s&apos;il y a lieu, le niveau de
          maintenance (N0 vérifications, N1 réglages simples, N2 réparation et échange, N3
          constructeur ou éditeur).
        </p>
        <MatrixEditor list={matrix} idPrefix={idPrefix} />
      </Section>
      <Section id={`${idPrefix}-services`} title="Niveaux de service">
        <ServiceLevelsEditor list={serviceLevels} idPrefix={idPrefix} />
      </Section>
      <Section id={`${idPrefix}-commitments`} title="Engagements des parties">
        <p className="text-sm text-slate-700">
          Ce que chaque partie s&apos;engage à atteindre, en chiffres : le bilan annuel mesure les
          délais de prise en charge et de résolution et les référents désignés ; les autres
          engagements sont suivis par la partie qui s&apos;engage.
        </p>
        <CommitmentsEditor list={commitments} idPrefix={idPrefix} />
      </Section>
      <Section
        id={`${idPrefix}-assistance`}
        title="Aiguillage des signalements et engagements mesurés"
      >
        <AssistanceEditor editor={assistance} idPrefix={idPrefix} />
      </Section>
      <Section id={`${idPrefix}-signing`} title="Signature, annexes et référents">
        <SigningOrderEditor order={signingOrder} onChange={setSigningOrder} idPrefix={idPrefix} />
        <AnnexesEditor annexes={annexes} onChange={setAnnexes} idPrefix={idPrefix} />
        <ReferentsEditor
          referents={referents}
          onChange={setReferents}
          notApplicable={notApplicable}
          onNotApplicableChange={setNotApplicable}
          kind={kind}
          idPrefix={idPrefix}
        />
      </Section>
    </div>
  );
}
