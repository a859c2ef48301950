import { PDFDocument } from "pdf-lib";
import type { ConventionParty, ReviewRating } from "@/lib/generated/prisma/enums";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { createCursor, drawFooters, type PdfCursor } from "@/lib/conventions/pdf/pdf-cursor";
import { embedPdfFonts } from "@/lib/conventions/pdf/pdf-fonts";
import { formatCents, formatDate, formatDateTime, formatIsoDate } from "@/lib/format";

import { ACTION_STATE_LABELS, DECISION_KIND_LABELS } from "@/lib/governance/vocabulary";
import type { ReviewFigures } from "@/lib/reviews/figures";
import { REVIEW_RATING_LABELS } from "@/lib/reviews/vocabulary";
import { describeAssistance, describeCommitment, periodLabel } from "@/lib/reviews/describe";

/** Everything a review's PDF prints, read once when it is frozen. */
export interface ReviewDocument {
  convention: {
    reference: string;
    title: string;
    collectivite: string;
    /** The parties a convention binds: no académie for a convention collectivité–EPLE, no collège for a cadre. */
    academie: string | null;
    etablissement: string | null;
  };
  figures: ReviewFigures;
  assessments: { party: ConventionParty; rating: ReviewRating; text: string; authorName: string }[];
  conclusions: string;
  meeting: { body: string; startsAt: Date } | null;
  frozenAt: Date;
}

function writeFigures(cursor: PdfCursor, f: ReviewFigures) {
  cursor.heading("Assistance et niveaux de service", 12);
  for (const line of describeAssistance(f.assistance))
    cursor.text(`– ${line}`, { size: 10, after: 3 });
  if (f.serviceLevels.length > 0) {
    cursor.text("Engagements de la convention :", { size: 10, bold: true, after: 2 });
    for (const s of f.serviceLevels) cursor.text(`– ${s}`, { size: 9, after: 2 });
  }
  cursor.space(6);

  cursor.heading("Engagements des parties", 12);
  if (!f.commitments?.length)
    cursor.text("La convention ne chiffre aucun engagement.", { size: 10, after: 6 });
  else {
    cursor.table(
      [
        { header: "Engagement", width: 0.36 },
        { header: "Partie", width: 0.16 },
        { header: "Visé", width: 0.12, center: true },
        { header: "Mesuré", width: 0.22, center: true },
        { header: "Résultat", width: 0.14, center: true },
      ],
      f.commitments.map((c) => {
        const d = describeCommitment(c);
        return [c.label, PARTY_LABELS[c.party], d.target, d.measured, d.reached];
      }),
    );
    cursor.space(6);
  }

  cursor.heading("Équipement au regard du référentiel", 12);
  if (!f.equipment)
    cursor.text("Effectif inconnu : l'écart au référentiel ne se calcule pas.", { size: 10 });
  else {
    cursor.text(`${f.equipment.salles} salles estimées d'après l'effectif.`, { size: 10 });
    cursor.table(
      [
        { header: "Équipement", width: 0.4 },
        { header: "Requis", width: 0.2, center: true },
        { header: "En service", width: 0.2, center: true },
        { header: "Manquants", width: 0.2, center: true },
      ],
      f.equipment.lines.map((l) => [
        l.label,
        String(l.required),
        String(l.actual),
        String(l.missing),
      ]),
    );
    cursor.text(`Coût estimé du manque : ${formatCents(f.equipment.missingCostCents)}.`, {
      size: 10,
    });
  }
  cursor.space(6);

  cursor.heading("Dotations et besoins", 12);
  if (f.allocations.length === 0)
    cursor.text("Aucune dotation sur les exercices de la période.", { size: 10 });
  for (const a of f.allocations)
    cursor.text(
      `– Exercice ${a.exercice} : ${a.count} dotation(s), ${formatCents(a.amountCents)}.`,
      { size: 10, after: 3 },
    );
  cursor.text(
    `Besoins décidés dans la période : ${f.needs.decided} (${f.needs.accepted} acceptés, ${f.needs.partial} partiellement, ${f.needs.refused} refusés), ${formatCents(f.needs.acceptedCents)} accordés.`,
    { size: 10, after: 8 },
  );

  if (f.projectReports) {
    cursor.heading("Projets des appels à projets", 12);
    if (f.projectReports.length === 0)
      cursor.text("Aucun bilan de projet déposé dans la période.", { size: 10 });
    for (const r of f.projectReports)
      cursor.text(
        `– ${r.call}, ${r.college} : bilan à ${r.milestone} mois déposé le ${formatIsoDate(r.filedOn)}, ${r.classesUsing} classe(s), ${r.pupilsReached} élèves, ${r.equipmentInUsePct} % de l'équipement utilisé${r.assessed ? ", apprécié par l'académie" : ""}.`,
        { size: 10, after: 3 },
      );
    cursor.space(6);
  }

  cursor.heading("Décisions des instances de pilotage", 12);
  if (f.decisions.length === 0)
    cursor.text("Aucune décision des instances qui pilotent la convention dans la période.", {
      size: 10,
    });
  else
    cursor.table(
      [
        { header: "Séance", width: 0.3 },
        { header: "Décision ou action", width: 0.5 },
        { header: "État", width: 0.2, center: true },
      ],
      f.decisions.map((d) => [
        `${d.body}, ${formatIsoDate(d.meetingOn)}`,
        `${DECISION_KIND_LABELS[d.kind]} : ${d.text}${d.ownerParty ? ` (${PARTY_LABELS[d.ownerParty]})` : ""}`,
        d.state ? ACTION_STATE_LABELS[d.state] : "—",
      ]),
    );
  cursor.space(6);
  cursor.heading("Formation", 12);
  cursor.text("Les formations suivies ne sont pas enregistrées dans Tripartite.", {
    size: 10,
    gray: true,
    after: 8,
  });
}

/** The frozen review: figures, each party's assessment and the conclusions. */
export async function renderReviewPdf(doc: ReviewDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const title = `Bilan annuel ${periodLabel(doc.figures.period)}`;
  pdf.setTitle(`${doc.convention.reference} – ${title}`);
  pdf.setAuthor(doc.convention.collectivite);
  pdf.setSubject("Bilan annuel de convention – version figée");
  pdf.setKeywords([doc.convention.reference, "bilan annuel"]);
  pdf.setCreator("Tripartite");
  pdf.setProducer("Tripartite (pdf-lib)");
  pdf.setLanguage("fr-FR");
  pdf.setCreationDate(doc.frozenAt);
  pdf.setModificationDate(doc.frozenAt);
  const fonts = await embedPdfFonts(pdf);
  const cursor = createCursor(pdf, fonts);
  cursor.text(title, { size: 18, bold: true, after: 4 });
  cursor.text(`${doc.convention.title} (${doc.convention.reference})`, {
    size: 12,
    bold: true,
    after: 8,
  });
  cursor.field("Collectivité", doc.convention.collectivite);
  if (doc.convention.academie) cursor.field("Académie", doc.convention.academie);
  if (doc.convention.etablissement) cursor.field("Établissement", doc.convention.etablissement);
  cursor.field(
    "Période",
    `du ${formatIsoDate(doc.figures.period.from)} au ${formatIsoDate(doc.figures.period.to)}`,
  );
  if (doc.figures.colleges !== undefined)
    cursor.field(
      "Collèges",
      `${doc.figures.colleges} (conventions d'application signées) : les chiffres en font la somme`,
    );
  if (doc.meeting)
    cursor.field("Présenté", `${doc.meeting.body}, séance du ${formatDate(doc.meeting.startsAt)}`);
  cursor.space(8);
  writeFigures(cursor, doc.figures);
  cursor.heading("Appréciations des parties", 12);
  for (const a of doc.assessments) {
    cursor.heading(`${PARTY_LABELS[a.party]} – ${REVIEW_RATING_LABELS[a.rating]}`, 11);
    cursor.text(a.text, { size: 10, after: 2 });
    cursor.text(`Rédigée par ${a.authorName}.`, { size: 9, gray: true, after: 6 });
  }
  cursor.heading("Conclusions pour la suite", 12);
  cursor.text(doc.conclusions || "Aucune conclusion rédigée.", { size: 10, after: 8 });
  cursor.text(
    `Bilan figé le ${formatDateTime(doc.frozenAt)} (heure de Paris). Son empreinte SHA-256 se vérifie sur la page « Vérifier un document » de Tripartite.`,
    { size: 9, gray: true },
  );
  drawFooters(
    cursor.pages,
    fonts.regular,
    `${doc.convention.reference} – ${title}`,
    (index, total) => `Page ${index + 1} / ${total}`,
  );
  return pdf.save({ useObjectStreams: false });
}
