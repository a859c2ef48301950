import { z } from "zod";
import { optionalText, requiredCalendarDate, requiredText } from "@/lib/schema-fields";
import {
  ACTION_STATES,
  ATTENDANCE_STATUSES,
  DECISION_KINDS,
  PARTIES,
} from "@/lib/governance/vocabulary";

const id = (message: string) =>
  z.string({ error: message }).trim().min(1, message).max(50, message);

const time = (label: string) =>
  z
    .string({ error: `${label} : ce champ est obligatoire.` })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} : heure invalide (HH:MM).`);

/** The most agenda items a meeting holds: beyond, it is another meeting. */
export const MAX_AGENDA_ITEMS = 20;

/** The agenda typed one item per line; « Titre — Présenté par » names who presents it. */
const agenda = z
  .string({ error: "Ordre du jour : ce champ est obligatoire." })
  .transform((value, ctx) => {
    const lines = value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "");
    if (lines.length === 0) {
      ctx.addIssue({ code: "custom", message: "Ordre du jour : au moins un point, un par ligne." });
      return z.NEVER;
    }
    if (lines.length > MAX_AGENDA_ITEMS) {
      ctx.addIssue({
        code: "custom",
        message: `Ordre du jour : ${MAX_AGENDA_ITEMS} points au plus (${lines.length} lignes saisies).`,
      });
      return z.NEVER;
    }
    const items = [];
    for (const [index, line] of lines.entries()) {
      const [title = "", presenter] = line.split(/\s+—\s+/, 2);
      if (title.length > 200 || (presenter?.length ?? 0) > 120) {
        ctx.addIssue({
          code: "custom",
          message: `Ordre du jour, ligne ${index + 1} : 200 caractères au plus pour le point, 120 pour qui le présente.`,
        });
        return z.NEVER;
      }
      items.push({ title, presenter: presenter?.trim() || null });
    }
    return items;
  });

const videoUrl = z
  .string()
  .trim()
  .max(500, "Lien de visioconférence : 500 caractères au plus.")
  .optional()
  .transform((value) => (value ? value : null))
  .pipe(
    z
      .url({
        protocol: /^https$/,
        error: "Lien de visioconférence : une adresse https:// complète.",
      })
      .nullable(),
  );

/** A meeting as the secretariat schedules or reschedules it (Paris times). */
export const meetingFieldsSchema = z
  .object({
    title: requiredText(160, "Objet de la séance"),
    day: requiredCalendarDate("Date"),
    start: time("Début"),
    end: time("Fin"),
    place: optionalText(200, "Lieu"),
    videoUrl,
    agenda,
  })
  .superRefine((value, ctx) => {
    if (value.end <= value.start)
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "Fin : après le début de la séance.",
      });
    if (!value.place && !value.videoUrl)
      ctx.addIssue({
        code: "custom",
        path: ["place"],
        message: "Indiquez un lieu, un lien de visioconférence, ou les deux.",
      });
  });

export const scheduleMeetingSchema = z.intersection(
  z.object({ bodyId: id("Instance introuvable.") }),
  meetingFieldsSchema,
);

export const updateMeetingSchema = z.intersection(
  z.object({ meetingId: id("Séance introuvable.") }),
  meetingFieldsSchema,
);

export const meetingIdSchema = z.object({ meetingId: id("Séance introuvable.") });

export const cancelMeetingSchema = z.object({
  meetingId: id("Séance introuvable."),
  reason: requiredText(300, "Motif de l'annulation"),
});

/**
 * Attendance as the form posts it: `presence.<member id>` (a status) and
 * `represente.<member id>` (who represented them) for each member convened.
 */
export const attendanceSchema = z.record(z.string(), z.string()).transform((fields, ctx) => {
  const meetingId = fields.meetingId?.trim();
  if (!meetingId) {
    ctx.addIssue({ code: "custom", message: "Séance introuvable." });
    return z.NEVER;
  }
  const entries = [];
  for (const [key, value] of Object.entries(fields)) {
    const match = /^presence\.([\w-]{1,50})$/.exec(key);
    if (!match) continue;
    const memberId = match[1]!;
    const status = z.enum(ATTENDANCE_STATUSES).safeParse(value);
    if (!status.success) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: "Présence : choisissez dans la liste.",
      });
      return z.NEVER;
    }
    const representedBy = fields[`represente.${memberId}`]?.trim() || null;
    if (status.data === "REPRESENTE" && !representedBy) {
      ctx.addIssue({
        code: "custom",
        path: [`represente.${memberId}`],
        message: "Représenté : indiquez par qui.",
      });
      return z.NEVER;
    }
    if ((representedBy?.length ?? 0) > 120) {
      ctx.addIssue({
        code: "custom",
        path: [`represente.${memberId}`],
        message: "Représenté par : 120 caractères au plus.",
      });
      return z.NEVER;
    }
    entries.push({
      memberId,
      status: status.data,
      representedBy: status.data === "REPRESENTE" ? representedBy : null,
    });
  }
  return { meetingId, entries };
});

/** The minutes' text: `summary`, then `point.<agenda item id>` for each item. */
export const minutesTextSchema = z.record(z.string(), z.string()).transform((fields, ctx) => {
  const meetingId = fields.meetingId?.trim();
  if (!meetingId) {
    ctx.addIssue({ code: "custom", message: "Séance introuvable." });
    return z.NEVER;
  }
  const tooLong = (key: string) =>
    ctx.addIssue({ code: "custom", path: [key], message: "20 000 caractères au plus." });
  const summary = (fields.summary ?? "").trim();
  if (summary.length > 20_000) {
    tooLong("summary");
    return z.NEVER;
  }
  const items = [];
  for (const [key, value] of Object.entries(fields)) {
    const match = /^point\.([\w-]{1,50})$/.exec(key);
    if (!match) continue;
    if (value.trim().length > 20_000) {
      tooLong(key);
      return z.NEVER;
    }
    items.push({ id: match[1]!, minutes: value.trim() });
  }
  return { meetingId, summary, items };
});

export const decisionSchema = z
  .object({
    meetingId: id("Séance introuvable."),
    agendaItemId: optionalText(50, "Point de l'ordre du jour"),
    kind: z.enum(DECISION_KINDS, { error: "Nature : choisissez dans la liste." }),
    text: requiredText(1_000, "Énoncé"),
    ownerParty: z
      .enum(PARTIES, { error: "Responsable : choisissez dans la liste." })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    ownerMemberId: optionalText(50, "Porteur"),
    dueOn: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .pipe(requiredCalendarDate("Échéance").optional()),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== "ACTION") return;
    if (!value.ownerParty)
      ctx.addIssue({
        code: "custom",
        path: ["ownerParty"],
        message: "Une action a une partie responsable.",
      });
    if (!value.dueOn)
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Une action a une échéance." });
  });

export const decisionIdSchema = z.object({ decisionId: id("Décision introuvable.") });

const sha256 = z
  .string({ error: "Document introuvable : rechargez la page." })
  .trim()
  .regex(/^[0-9a-f]{64}$/, "Document introuvable : rechargez la page.");

export const approveMinutesSchema = z.object({
  meetingId: id("Séance introuvable."),
  sha256,
  password: z
    .string({ error: "Mot de passe : ce champ est obligatoire." })
    .min(1, "Mot de passe : ce champ est obligatoire.")
    .max(200, "Mot de passe incorrect."),
});

export const requestCorrectionSchema = z.object({
  meetingId: id("Séance introuvable."),
  sha256,
  reason: requiredText(1_000, "Correction demandée"),
});

export const actionStateSchema = z.object({
  decisionId: id("Action introuvable."),
  state: z.enum(ACTION_STATES, { error: "État : choisissez dans la liste." }),
  note: optionalText(500, "Commentaire"),
});
