import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can, type AccessContext, type ScopeRef } from "@/lib/access/context";
import { appendMemberAuditEvent, partiesAuditScope } from "@/lib/audit/append-audit-event";
import { checkAttachments } from "@/lib/assistance/attachments";
import { getAssistanceDashboardExport } from "@/lib/assistance/measures-export";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";
import { spaceFileKey, type SpreadsheetExport } from "@/lib/download";
import { spreadsheetHeader, spreadsheetRows } from "@/lib/exports/data-table";
import { spreadsheetFile } from "@/lib/exports/spreadsheet";
import { renewalSummaryExport } from "@/lib/inventory/export-renewal-plan";
import { optionalText } from "@/lib/schema-fields";
import { actingParty, bodyParties, bodyScopeWhere } from "@/lib/governance/body-scope";
import { assertNotCancelled, lockMeeting, meetingNotFound } from "@/lib/governance/meeting-scope";

/** A file of the meeting's own space, as the form offers it: an upload or an export's snapshot. */
const UPLOAD = "fichier";

interface Snapshot {
  label: string;
  permission: "inventory.read" | "incident.read";
  /** The export as a workbook, built with the context's scope and permissions. */
  build: (
    ctx: AccessContext,
    scope: ScopeRef,
  ) => Promise<Pick<SpreadsheetExport, "baseName" | "header" | "rows">>;
}

const assistance =
  (key: "assistance-volume" | "assistance-delais") =>
  async (ctx: AccessContext, scope: ScopeRef) => {
    const file = await getAssistanceDashboardExport(
      ctx,
      new URLSearchParams({ graphique: key }),
      spaceFileKey(scope),
    );
    if (!file) throw new AppError("NOT_FOUND", "Cet export n'existe pas dans votre espace.");
    return {
      header: spreadsheetHeader(file.table),
      rows: spreadsheetRows(file.table),
      baseName: file.baseName,
    };
  };

/** The exports a party may attach, each read in its own space at the time it is added. */
const SNAPSHOTS: Record<string, Snapshot> = {
  "plan-colleges": {
    label: "Plan de renouvellement, par collège",
    permission: "inventory.read",
    build: async (ctx, scope) => renewalSummaryExport(ctx, {}, scope, "colleges"),
  },
  "assistance-volume": {
    label: "Incidents : signalements et résolutions par mois",
    permission: "incident.read",
    build: assistance("assistance-volume"),
  },
  "assistance-delais": {
    label: "Incidents : délais de prise en charge et de résolution",
    permission: "incident.read",
    build: assistance("assistance-delais"),
  },
};

function scopeRefOf(ctx: AccessContext): ScopeRef {
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
    case "ACADEMIE":
      return { type: ctx.scope.type, code: ctx.scope.code };
    case "ETABLISSEMENT":
      return { type: "ETABLISSEMENT", uai: ctx.scope.uai };
    case "PLATFORM":
      return { type: "PLATFORM" };
  }
}

/** What the context may attach: an upload, and the exports its space lets it read. */
export function documentSources(ctx: AccessContext): { value: string; label: string }[] {
  return [
    { value: UPLOAD, label: "Un fichier de votre poste (photo ou PDF)" },
    ...Object.entries(SNAPSHOTS)
      .filter(([, s]) => can(ctx, s.permission))
      .map(([value, s]) => ({ value, label: `Export : ${s.label.toLowerCase()}` })),
  ];
}

const addDocumentSchema = z.object({
  meetingId: z.string({ error: "Séance introuvable." }).trim().min(1, "Séance introuvable."),
  source: z
    .string({ error: "Document : choisissez dans la liste." })
    .refine((v) => v === UPLOAD || v in SNAPSHOTS, "Document : choisissez dans la liste."),
  title: optionalText(160, "Titre"),
});

const sha256Of = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * Adds documents to a meeting's file for the context's own party: the files uploaded (photos or
 * PDFs, checked by their content), or a snapshot of one of its space's exports. Any party of the
 * body adds its own; while the minutes are not approved.
 */
export async function addMeetingDocuments(
  ctx: AccessContext,
  input: unknown,
  files: readonly File[],
  now = new Date(),
) {
  const party = actingParty(ctx, "governance.manage");
  const { meetingId, source, title } = addDocumentSchema.parse(input);
  const snapshot = source === UPLOAD ? null : SNAPSHOTS[source]!;
  if (snapshot && !can(ctx, snapshot.permission))
    throw new AppError("FORBIDDEN", "Votre rôle ne lit pas cet export.");
  // Read before the transaction: files are checked, exports computed, outside any lock.
  const documents = snapshot
    ? [await snapshotDocument(ctx, snapshot, title)]
    : (await checkAttachments(files)).map((f) => ({
        title: title ?? f.fileName,
        fileName: f.fileName,
        contentType: f.contentType,
        data: f.data,
      }));
  if (documents.length === 0)
    throw new AppError("INVALID_INPUT", "Choisissez le fichier à joindre.", {
      files: "Choisissez un fichier.",
    });
  return db.$transaction(async (tx) => {
    const { body, meeting } = await lockMeeting(tx, ctx, meetingId);
    if (!bodyParties(body).includes(party)) throw meetingNotFound();
    assertNotCancelled(meeting);
    if (meeting.minutesStatus === "APPROUVE")
      throw new AppError(
        "CONFLICT",
        "Le compte rendu est approuvé : le dossier de séance est clos.",
      );
    for (const d of documents)
      await tx.meetingDocument.create({
        data: {
          meetingId: meeting.id,
          party,
          source,
          title: d.title,
          fileName: d.fileName,
          contentType: d.contentType,
          size: d.data.byteLength,
          sha256: sha256Of(d.data),
          data: d.data,
          addedById: ctx.user.id,
          addedAt: now,
        },
      });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.document.add",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { party, source, titles: documents.map((d) => d.title) },
      occurredAt: now,
    });
    return { added: documents.length };
  });
}

async function snapshotDocument(ctx: AccessContext, snapshot: Snapshot, title: string | null) {
  const scope = scopeRefOf(ctx);
  const table = await snapshot.build(ctx, scope);
  const file = await spreadsheetFile("xlsx", table.baseName, table.header, table.rows, {
    sheetName: "Export",
  });
  const data = typeof file.body === "string" ? new TextEncoder().encode(file.body) : file.body;
  return {
    title: title ?? snapshot.label,
    fileName: file.filename,
    contentType: file.contentType,
    data: new Uint8Array(data),
  };
}

/** Removes a document its own party added, while the minutes are in draft. */
export async function removeMeetingDocument(ctx: AccessContext, input: unknown, now = new Date()) {
  const party = actingParty(ctx, "governance.manage");
  const { documentId } = z
    .object({ documentId: z.string().trim().min(1, "Document introuvable.") })
    .parse(input);
  return db.$transaction(async (tx) => {
    const found = await tx.meetingDocument.findFirst({
      where: { id: documentId, meeting: { body: bodyScopeWhere(ctx) } },
      select: { meetingId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Ce document n'existe pas dans votre espace.");
    const { body, meeting } = await lockMeeting(tx, ctx, found.meetingId);
    const document = await tx.meetingDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: { id: true, party: true, title: true },
    });
    if (document.party !== party)
      throw new AppError(
        "FORBIDDEN",
        `Ce document a été joint par ${PARTY_IN_SENTENCE[document.party]} : seule cette partie le retire.`,
      );
    if (meeting.minutesStatus !== "BROUILLON")
      throw new AppError(
        "CONFLICT",
        "Le compte rendu est figé : le dossier de séance qu'il cite ne se modifie plus.",
      );
    await tx.meetingDocument.delete({ where: { id: document.id } });
    await appendMemberAuditEvent(tx, ctx, {
      scope: partiesAuditScope(body),
      action: "governance.document.remove",
      entityType: "Meeting",
      entityId: meeting.id,
      before: { party, title: document.title },
      occurredAt: now,
    });
    return { title: document.title };
  });
}

/** One document of a meeting the context sees, for download; NOT_FOUND otherwise. */
export async function getMeetingDocument(ctx: AccessContext, meetingId: string, id: string) {
  const document = await db.meetingDocument.findFirst({
    where: { id, meetingId, meeting: { body: bodyScopeWhere(ctx) } },
    select: { data: true, fileName: true, contentType: true },
  });
  if (!document || !can(ctx, "governance.read"))
    throw new AppError("NOT_FOUND", "Ce document n'existe pas dans votre espace.");
  return document;
}
