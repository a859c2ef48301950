import { PDFDocument } from "pdf-lib";
import {
  createCursor,
  drawFooters,
  type PdfCursor,
  type TableColumn,
} from "@/lib/conventions/pdf/pdf-cursor";
import { embedPdfFonts } from "@/lib/conventions/pdf/pdf-fonts";
import { formatCents, formatDate, plural } from "@/lib/format";
import { formatRate, RANGE_POSITION_LABELS } from "@/lib/budgets/figures";
import { AUTORISATION_STATE_LABELS } from "@/lib/budgets/labels";
import { formatDataCell, rateOf } from "@/lib/exports/data-table";
import {
  COMMISSION_KEYS,
  eluTable,
  type EluColumnKind,
  type EluTable,
} from "@/lib/budgets/elu-tables";
import type { EluView } from "@/lib/budgets/elu-view";

const WEIGHTS: Record<EluColumnKind, number> = {
  text: 2.2,
  cents: 1.3,
  rate: 0.95,
  integer: 0.85,
  decimal: 0.85,
  year: 0.8,
};

/** Column shares of the page width from the columns' kinds: texts wide, amounts medium, rates and years narrow. */
function pdfColumns(t: EluTable): TableColumn[] {
  const weights = t.columns.map(
    (c, i) => WEIGHTS[c.kind] + (i === 0 && c.kind === "text" ? 0.4 : 0),
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return t.columns.map((c, i) => ({
    header: c.header,
    width: weights[i]! / sum,
    center: c.kind !== "text",
  }));
}

/** Each AP/AE named once, then its schedule: narrower than the spreadsheet's flat table, which repeats the name on every row. */
function writeAutorisations(cursor: PdfCursor, view: EluView) {
  const columns: TableColumn[] = [
    { header: "Exercice", width: 0.16, center: true },
    { header: "CP prévus", width: 0.3, center: true },
    { header: "CP consommés (mandatés)", width: 0.3, center: true },
    { header: "Taux de consommation", width: 0.24, center: true },
  ];
  for (const ap of view.autorisations) {
    cursor.text(
      `${ap.numero} – ${ap.label} (${AUTORISATION_STATE_LABELS[ap.state].toLowerCase()}) : ${formatCents(ap.amountCents)}, dont ${formatCents(ap.cpConsumedCents)} consommés et ${formatCents(ap.remainingCents)} restants.`,
      { size: 9.5, bold: true, after: 4 },
    );
    cursor.table(columns, [
      ...ap.schedule.map((s) => [
        String(s.exercice),
        formatCents(s.plannedCents),
        formatCents(s.consumedCents),
        formatRate(rateOf(s.consumedCents, s.plannedCents)),
      ]),
      [
        "Total",
        formatCents(ap.cpPlannedCents),
        formatCents(ap.cpConsumedCents),
        formatRate(rateOf(ap.cpConsumedCents, ap.cpPlannedCents)),
      ],
    ]);
  }
}

export function commissionTitle(exercice: number): string {
  return `Budget du numérique éducatif — exercice ${exercice}`;
}

/**
 * The commission's A4 PDF of one exercice: title, collectivité and date, the key figures, then
 * the tables (chapters, categories, € per pupil against the range, AP/CP, funding, evolution,
 * campaigns) with their captions, in the standard Helvetica fonts.
 */
export async function renderCommissionPdf(view: EluView, now: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = commissionTitle(view.exercice);
  pdf.setTitle(`${title} – ${view.collectivite.name}`);
  pdf.setAuthor(view.collectivite.name);
  pdf.setSubject("Synthèse budgétaire pour la commission");
  pdf.setCreator("Tripartite");
  pdf.setProducer("Tripartite (pdf-lib)");
  pdf.setLanguage("fr-FR");
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const fonts = await embedPdfFonts(pdf);
  const cursor = createCursor(pdf, fonts);

  cursor.text(title, { size: 17, bold: true, after: 6 });
  cursor.field("Collectivité", view.collectivite.name);
  cursor.field("Date d'édition", formatDate(now));
  if (view.demo)
    cursor.field(
      "Avertissement",
      "Données fictives de démonstration : ce budget ne décrit pas le budget réel de la collectivité.",
    );
  cursor.space(4);
  if (view.lineCount === 0) {
    cursor.text(`Aucune ligne budgétaire n'est saisie pour ${view.exercice}.`, { after: 8 });
  } else {
    const p = view.perPupil;
    cursor.text(
      `${plural(view.lineCount, "ligne budgétaire", "lignes budgétaires")} : ${formatCents(view.totals.voted)} votés, ${formatCents(view.totals.engaged)} engagés, ` +
        `${formatCents(view.totals.mandated)} mandatés, soit un taux d'exécution de ${formatRate(view.totals.executionRate)}.` +
        (p.eurosPerPupil !== null && p.position && p.pupils > 0
          ? ` ${formatCents(Math.round(p.eurosPerPupil * 100))} par élève, ${RANGE_POSITION_LABELS[p.position]} de ${p.range.min} à ${p.range.max} € observée sur le terrain.`
          : ""),
      { after: 10 },
    );
  }
  for (const key of COMMISSION_KEYS) {
    const t = eluTable(view, key);
    cursor.heading(t.title, 11);
    if (key === "ap" && view.autorisations.length > 0) {
      writeAutorisations(cursor, view);
      continue;
    }
    if (t.rows.length === 0) {
      cursor.text("Aucune donnée.", { size: 9, gray: true, after: 8 });
      continue;
    }
    cursor.table(
      pdfColumns(t),
      t.rows.map((row) => row.map((cell, i) => formatDataCell(cell, t.columns[i]!.kind))),
    );
  }
  drawFooters(
    cursor.pages,
    fonts.regular,
    `${title} – ${view.collectivite.name}`,
    (index, total) => `Page ${index + 1} / ${total}`,
  );
  return pdf.save({ useObjectStreams: false });
}
