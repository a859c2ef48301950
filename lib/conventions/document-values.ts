import { formatDate } from "@/lib/format";
import { readContent, type ConventionContent } from "@/lib/conventions/content";
import { academieLabel } from "@/lib/referentials/labels";
import { annexListText } from "@/lib/conventions/annexes";
import {
  fillVariables,
  unfilledVariables,
  type ConventionVariable,
  type VariableValues,
} from "@/lib/conventions/vocabulary";

/** What a version's variables are filled from: its parties, references, dates and content. */
export interface DocumentSource {
  collectivite: string;
  /** « Académie de Rennes », as the document names it; null when the académie is not a party. */
  academie: string | null;
  etablissement: { name: string; uai: string; communeName: string } | null;
  reference: string;
  parentReference: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
  content: ConventionContent;
}

/** A convention as its documents name it: parties and references, whatever the version. */
export interface DocumentConvention {
  reference: string;
  collectivite: { name: string };
  academie: { name: string } | null;
  etablissement: DocumentSource["etablissement"];
  parent: { reference: string } | null;
}

/** What one version of the convention is filled from: the convention's names, the version's dates and content. */
export function documentSourceOf(
  convention: DocumentConvention,
  version: { content: unknown; startsOn: Date | null; endsOn: Date | null },
): DocumentSource {
  return {
    collectivite: convention.collectivite.name,
    academie: convention.academie ? academieLabel(convention.academie.name) : null,
    etablissement: convention.etablissement,
    reference: convention.reference,
    parentReference: convention.parent?.reference ?? null,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    content: readContent(version.content),
  };
}

/**
 * The value of every variable of a version. The frozen PDF and the page that shows the document
 * both fill the articles from here, so what a signatory reads on screen is what the PDF says.
 */
export function documentValues(source: DocumentSource): VariableValues {
  const { content } = source;
  return {
    "collectivite.nom": source.collectivite,
    "academie.nom": source.academie ?? undefined,
    "etablissement.nom": source.etablissement?.name,
    "etablissement.uai": source.etablissement?.uai,
    "etablissement.commune": source.etablissement?.communeName,
    "convention.reference": source.reference,
    "convention_cadre.reference": source.parentReference ?? undefined,
    date_debut: source.startsOn ? formatDate(source.startsOn) : undefined,
    date_fin: source.endsOn ? formatDate(source.endsOn) : undefined,
    "referent.numerique": content.referents.numerique,
    "referent.technique": content.referents.technique,
    "referent.collectivite": content.referents.collectivite,
    "annexes.liste": annexListText(content.annexes),
  };
}

/** The articles with their variables filled, as the PDF prints them. */
export function filledArticles(source: DocumentSource): { title: string; body: string }[] {
  const values = documentValues(source);
  const skip = source.content.notApplicable;
  return source.content.articles.map((a) => ({
    title: fillVariables(a.title, values, skip),
    body: fillVariables(a.body, values, skip),
  }));
}

/** The variables the articles use that are neither filled nor marked « sans objet »: freezing refuses them. */
export function unfilledVariablesOf(source: DocumentSource): ConventionVariable[] {
  return unfilledVariables(
    source.content.articles.flatMap((a) => [a.title, a.body]),
    documentValues(source),
    source.content.notApplicable,
  );
}
