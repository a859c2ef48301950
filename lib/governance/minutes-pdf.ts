import { PDFDocument } from "pdf-lib";
import type {
  ActionState,
  AttendanceStatus,
  BodyKind,
  ConventionParty,
  DecisionKind,
} from "@/lib/generated/prisma/enums";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { createCursor, drawFooters, type PdfCursor } from "@/lib/conventions/pdf/pdf-cursor";
import { embedPdfFonts } from "@/lib/conventions/pdf/pdf-fonts";
import { formatDate, formatDateTime } from "@/lib/format";
import {
  ACTION_STATE_LABELS,
  ATTENDANCE_LABELS,
  BODY_KIND_LABELS,
} from "@/lib/governance/vocabulary";
import { meetingWhen } from "@/lib/governance/meeting-time";

export interface MinutesDecision {
  kind: DecisionKind;
  text: string;
  ownerParty: ConventionParty | null;
  ownerName: string | null;
  dueOn: Date | null;
}

export interface CarriedAction extends MinutesDecision {
  decidedOn: Date;
  state: ActionState;
  stateNote: string | null;
}

/** Everything the minutes' PDF prints, read once when they are frozen (minutes-document.ts). */
export interface MinutesDocument {
  body: {
    name: string;
    kind: BodyKind;
    collectivite: string;
    academie: string;
    etablissement: string | null;
    convention: string | null;
  };
  meeting: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    videoUrl: string | null;
  };
  summary: string;
  attendance: {
    name: string;
    party: ConventionParty;
    qualite: string;
    status: AttendanceStatus | null;
    representedBy: string | null;
  }[];
  agenda: {
    title: string;
    presenter: string | null;
    minutes: string;
    decisions: MinutesDecision[];
  }[];
  /** Decisions recorded outside any agenda item. */
  otherDecisions: MinutesDecision[];
  carried: CarriedAction[];
  /** The meeting's file: each document with the party that joined it and its SHA-256. */
  documents: { title: string; party: ConventionParty; sha256: string }[];
  approvers: { name: string; party: ConventionParty; qualite: string }[];
  frozenAt: Date;
}

export interface MinutesApprovalEvidence {
  name: string;
  party: ConventionParty;
  qualite: string;
  decidedAt: Date;
  ip: string | null;
  userAgent: string | null;
  sha256: string;
}

const footer = (doc: MinutesDocument) =>
  `${doc.body.name} – compte rendu de la séance du ${formatDate(doc.meeting.startsAt)}`;

function setMetadata(pdf: PDFDocument, doc: MinutesDocument, subject: string, modifiedAt: Date) {
  pdf.setTitle(`${doc.body.name} – ${doc.meeting.title}`);
  pdf.setAuthor(doc.body.collectivite);
  pdf.setSubject(subject);
  pdf.setKeywords([doc.body.name, "compte rendu", formatDate(doc.meeting.startsAt)]);
  pdf.setCreator("Tripartite");
  pdf.setProducer("Tripartite (pdf-lib)");
  pdf.setLanguage("fr-FR");
  pdf.setCreationDate(doc.frozenAt);
  pdf.setModificationDate(modifiedAt);
}

/** « Action : … — responsable : Collectivité, porteur : Y. Le Gall, échéance : 31 mars 2027 ». */
export function describeDecision(d: MinutesDecision): string {
  const text = d.text.replace(/[\s.]+$/, "");
  if (d.kind === "DECISION") return `Décision : ${text}`;
  const owner = d.ownerParty ? PARTY_LABELS[d.ownerParty] : "non désigné";
  const bearer = d.ownerName ? `, porteur : ${d.ownerName}` : "";
  return `Action : ${text} — responsable : ${owner}${bearer}, échéance : ${formatDate(d.dueOn)}`;
}

function writeDecisions(cursor: PdfCursor, decisions: readonly MinutesDecision[]) {
  for (const d of decisions) cursor.text(`– ${describeDecision(d)}.`, { size: 10, after: 3 });
}

function writeBody(cursor: PdfCursor, doc: MinutesDocument) {
  cursor.text("Compte rendu de séance", { size: 18, bold: true, after: 4 });
  cursor.text(`${doc.body.name} (${BODY_KIND_LABELS[doc.body.kind].toLowerCase()})`, {
    size: 12,
    bold: true,
    after: 8,
  });
  cursor.field("Séance", doc.meeting.title);
  cursor.field("Date", `${meetingWhen(doc.meeting.startsAt, doc.meeting.endsAt)} (heure de Paris)`);
  if (doc.meeting.place) cursor.field("Lieu", doc.meeting.place);
  if (doc.meeting.videoUrl) cursor.field("Visioconférence", doc.meeting.videoUrl);
  cursor.field("Collectivité", doc.body.collectivite);
  cursor.field("Académie", doc.body.academie);
  if (doc.body.etablissement) cursor.field("Établissement", doc.body.etablissement);
  if (doc.body.convention) cursor.field("Convention pilotée", doc.body.convention);
  cursor.space(8);

  cursor.heading("Présences", 12);
  cursor.table(
    [
      { header: "Nom", width: 0.27 },
      { header: "Partie", width: 0.2 },
      { header: "Qualité", width: 0.3 },
      { header: "Présence", width: 0.23 },
    ],
    doc.attendance.map((a) => [
      a.name,
      PARTY_LABELS[a.party],
      a.qualite,
      a.status === null
        ? "non relevée"
        : a.status === "REPRESENTE"
          ? `représenté par ${a.representedBy ?? "—"}`
          : ATTENDANCE_LABELS[a.status],
    ]),
  );
  cursor.space(6);

  if (doc.summary) {
    cursor.heading("Synthèse", 12);
    cursor.text(doc.summary, { size: 10, after: 8 });
  }

  cursor.heading("Ordre du jour", 12);
  for (const [index, item] of doc.agenda.entries()) {
    cursor.heading(`${index + 1}. ${item.title}`, 11);
    if (item.presenter) cursor.text(`Présenté par ${item.presenter}.`, { size: 9, gray: true });
    cursor.text(item.minutes || "Pas de compte rendu pour ce point.", { size: 10, after: 4 });
    writeDecisions(cursor, item.decisions);
    cursor.space(6);
  }
  if (doc.otherDecisions.length > 0) {
    cursor.heading("Autres décisions", 12);
    writeDecisions(cursor, doc.otherDecisions);
    cursor.space(6);
  }

  cursor.heading("Suivi des actions des séances précédentes", 12);
  if (doc.carried.length === 0)
    cursor.text("Aucune action en cours des séances précédentes.", { size: 10, after: 8 });
  else
    cursor.table(
      [
        { header: "Action", width: 0.4 },
        { header: "Décidée le", width: 0.14, center: true },
        { header: "Responsable", width: 0.2 },
        { header: "Échéance", width: 0.13, center: true },
        { header: "État", width: 0.13, center: true },
      ],
      doc.carried.map((a) => [
        a.stateNote ? `${a.text} (${a.stateNote})` : a.text,
        formatDate(a.decidedOn),
        a.ownerParty
          ? `${PARTY_LABELS[a.ownerParty]}${a.ownerName ? ` (${a.ownerName})` : ""}`
          : "—",
        formatDate(a.dueOn),
        ACTION_STATE_LABELS[a.state],
      ]),
    );
  cursor.space(8);
  if (doc.documents.length > 0) {
    cursor.heading("Dossier de séance", 12);
    for (const d of doc.documents)
      cursor.text(`– ${d.title} (${PARTY_LABELS[d.party]}), SHA-256 ${d.sha256}`, {
        size: 9,
        after: 3,
      });
    cursor.space(6);
  }
  cursor.heading("Approbation", 12);
  cursor.text(
    `Compte rendu figé le ${formatDateTime(doc.frozenAt)} (heure de Paris), soumis à l'approbation de chaque coprésident : ` +
      doc.approvers.map((a) => `${a.name}, ${a.qualite} (${PARTY_LABELS[a.party]})`).join(" ; ") +
      ".",
    { size: 10 },
  );
}

/** The frozen minutes: the PDF the co-chairs approve. Same document, same bytes. */
export async function renderMinutesPdf(doc: MinutesDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, doc, "Compte rendu de séance – version figée", doc.frozenAt);
  const fonts = await embedPdfFonts(pdf);
  const cursor = createCursor(pdf, fonts);
  writeBody(cursor, doc);
  drawFooters(
    cursor.pages,
    fonts.regular,
    footer(doc),
    (index, total) => `Page ${index + 1} / ${total}`,
  );
  return pdf.save({ useObjectStreams: false });
}

/**
 * The approved minutes: the frozen pages as approved, then a certificate of each co-chair's
 * approval of their SHA-256 (verifiable on « Vérifier un document »).
 */
export async function renderApprovedMinutesPdf(
  frozenPdf: Uint8Array,
  input: {
    doc: MinutesDocument;
    frozenSha256: string;
    approvals: MinutesApprovalEvidence[];
    approvedAt: Date;
  },
): Promise<Uint8Array> {
  const frozen = await PDFDocument.load(frozenPdf, { updateMetadata: false });
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, input.doc, "Compte rendu de séance – approuvé", input.approvedAt);
  const copied = await pdf.copyPages(frozen, frozen.getPageIndices());
  for (const page of copied) pdf.addPage(page);
  const fonts = await embedPdfFonts(pdf);
  const cursor = createCursor(pdf, fonts);
  cursor.text("Certificat d'approbation", { size: 18, bold: true, after: 8 });
  cursor.text(`${input.doc.body.name} – ${input.doc.meeting.title}.`, { after: 8 });
  cursor.field("Compte rendu figé (SHA-256)", input.frozenSha256);
  cursor.field("Pages du compte rendu", `${copied.length}, reproduites sans modification`);
  cursor.field("Approuvé le", `${formatDateTime(input.approvedAt)} (heure de Paris)`);
  cursor.space(6);
  cursor.text(
    "Chaque coprésident a approuvé l'empreinte ci-dessus depuis son compte, après avoir saisi de nouveau son mot de passe. " +
      "Pour vérifier un exemplaire de ce document, déposez-le sur la page « Vérifier un document » de Tripartite.",
    { size: 9, gray: true, after: 10 },
  );
  for (const a of input.approvals) {
    cursor.heading(`${PARTY_LABELS[a.party]}`, 11);
    cursor.field("Coprésident", a.name);
    cursor.field("Qualité", a.qualite);
    cursor.field("Date et heure", `${formatDateTime(a.decidedAt)} (heure de Paris)`);
    cursor.field("Adresse IP", a.ip ?? "non enregistrée");
    cursor.field("Navigateur", a.userAgent ? a.userAgent.slice(0, 160) : "non enregistré");
    const same = a.sha256 === input.frozenSha256;
    cursor.field(
      "Empreinte approuvée",
      `${a.sha256} (${same ? "identique à celle du compte rendu figé" : "DIFFÉRENTE de celle du compte rendu figé"})`,
    );
    cursor.space(8);
  }
  drawFooters(
    cursor.pages,
    fonts.regular,
    `${footer(input.doc)} – certificat d'approbation`,
    (index, total) => `Certificat, page ${index + 1} / ${total}`,
  );
  return pdf.save({ useObjectStreams: false });
}
