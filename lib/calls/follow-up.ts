import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertCan, type AccessContext } from "@/lib/access/context";
import { requireCollectivite, requireEtablissement } from "@/lib/access/require-scope";
import { appendMemberAuditEvent } from "@/lib/audit/append-audit-event";
import { plural, formatDate } from "@/lib/format";
import { todayInParis } from "@/lib/dates";
import { enterDeliveredEquipment } from "@/lib/inventory/deliver-equipment";
import { assessmentSchema, deliverySchema, reportSchema } from "@/lib/calls/schemas";
import { isRetained, REPORT_MILESTONES } from "@/lib/calls/instruction-rules";
import { applicationAuditScope, type RequestedLine } from "@/lib/calls/applications";
import { lockCall } from "@/lib/calls/write-call";
import { lockApplication } from "@/lib/calls/instruction";

/**
 * The collectivité records the delivery of a retained dossier's equipment: every line enters the
 * collège's inventory (the campaigns' delivery path), in the transaction that marks it delivered.
 * Only once, after the final decision, on a day neither before it nor in the future.
 */
export async function deliverApplication(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ created: number }> {
  requireCollectivite(ctx, "call.manage");
  const { applicationId, deliveredOn } = deliverySchema.parse(input);
  if (deliveredOn > todayInParis(now)) {
    const message = "Date de livraison : elle ne peut pas être dans le futur.";
    throw new AppError("INVALID_INPUT", message, { deliveredOn: message });
  }
  return db.$transaction(async (tx) => {
    const { call, application } = await lockApplication(tx, ctx, applicationId);
    if (!application.decidedAt || !isRetained(application.decision))
      throw new AppError("CONFLICT", "Seul un dossier retenu, décision prise, se livre.");
    if (application.deliveredOn)
      throw new AppError("CONFLICT", "Ce dossier est déjà livré et inventorié.");
    if (deliveredOn < todayInParis(application.decidedAt)) {
      const message = `Date de livraison : au plus tôt le jour de la décision (${formatDate(application.decidedAt)}).`;
      throw new AppError("INVALID_INPUT", message, { deliveredOn: message });
    }
    let created = 0;
    for (const line of application.equipment as unknown as RequestedLine[])
      created += await enterDeliveredEquipment(tx, {
        college: application.etablissement,
        category: line.category,
        quantity: line.quantity,
        unitCostCents: line.unitCostCents,
        deliveredOn,
      });
    await tx.projectApplication.update({
      where: { id: application.id, deliveredOn: null },
      data: { deliveredOn },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: applicationAuditScope(call, application.etablissement.id),
      action: "call.application.deliver",
      entityType: "ProjectApplication",
      entityId: application.id,
      after: {
        appel: call.title,
        livraison: formatDate(deliveredOn),
        inventaire: plural(created, "équipement"),
      },
      occurredAt: now,
    });
    return { created };
  });
}

/**
 * The chef or the référent numérique reports on the collège's funded project, once its equipment is
 * delivered: the 6-month report first, then 12, then 24 (a report may come before its due date).
 * A filed report does not change.
 */
export async function fileReport(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<{ id: string }> {
  const college = requireEtablissement(ctx, "call.apply");
  const { callId, milestone, ...fields } = reportSchema.parse(input);
  return db.$transaction(async (tx) => {
    const call = await lockCall(tx, ctx, callId);
    const application = await tx.projectApplication.findUnique({
      where: { callId_etablissementId: { callId: call.id, etablissementId: college.id } },
      select: {
        id: true,
        decision: true,
        decidedAt: true,
        deliveredOn: true,
        reports: { select: { milestone: true } },
      },
    });
    if (!application?.decidedAt || !isRetained(application.decision))
      throw new AppError("CONFLICT", "Seul un projet retenu fait l'objet de bilans.");
    if (!application.deliveredOn)
      throw new AppError(
        "CONFLICT",
        "Le bilan porte sur l'usage de l'équipement : il suit sa livraison.",
      );
    const filed = application.reports.map((r) => r.milestone);
    if (filed.includes(milestone))
      throw new AppError("CONFLICT", `Le bilan à ${milestone} mois est déjà déposé.`);
    const before = REPORT_MILESTONES.find((m) => m < milestone && !filed.includes(m));
    if (before) throw new AppError("CONFLICT", `Déposez d'abord le bilan à ${before} mois.`);
    const report = await tx.projectReport.create({
      data: {
        applicationId: application.id,
        milestone,
        ...fields,
        filedAt: now,
        filedById: ctx.user.id,
        filedByName: ctx.user.name,
      },
      select: { id: true },
    });
    await appendMemberAuditEvent(tx, ctx, {
      scope: applicationAuditScope(call, college.id),
      action: "call.report.file",
      entityType: "ProjectReport",
      entityId: report.id,
      after: {
        appel: call.title,
        bilan: `${milestone} mois`,
        classes: fields.classesUsing,
        eleves: fields.pupilsReached,
        utilisation: `${fields.equipmentInUsePct} %`,
      },
      occurredAt: now,
    });
    return report;
  });
}

/**
 * The co-pilot académie adds its pedagogical assessment to a collège's report, by its DRANE (the
 * État's view of the use, not the collectivité's). Once per report.
 */
export async function assessReport(
  ctx: AccessContext,
  input: unknown,
  now = new Date(),
): Promise<void> {
  // The collectivité and the collège read the report; only the académie assesses it.
  if (ctx.scope.type !== "ACADEMIE") throw new AppError("FORBIDDEN");
  const academieCode = ctx.scope.code;
  const { reportId, assessment } = assessmentSchema.parse(input);
  await db.$transaction(async (tx) => {
    const found = await tx.projectReport.findFirst({
      where: { id: reportId, application: { call: { academieCode } } },
      select: { id: true, milestone: true, application: { select: { id: true } } },
    });
    if (!found)
      throw new AppError("NOT_FOUND", "Ce bilan n'existe pas, ou vous n'y avez pas accès.");
    assertCan(ctx, "call.copilot");
    const { call, application } = await lockApplication(tx, ctx, found.application.id);
    const updated = await tx.projectReport.updateMany({
      where: { id: found.id, assessedAt: null },
      data: {
        assessment,
        assessedAt: now,
        assessedById: ctx.user.id,
        assessedByName: ctx.user.name,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "L'académie a déjà apprécié ce bilan.");
    await appendMemberAuditEvent(tx, ctx, {
      scope: applicationAuditScope(call, application.etablissement.id),
      action: "call.report.assess",
      entityType: "ProjectReport",
      entityId: found.id,
      after: { appel: call.title, bilan: `${found.milestone} mois`, appreciation: "donnée" },
      occurredAt: now,
    });
  });
}
