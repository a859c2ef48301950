import { z } from "zod";
import { pageSchema } from "@/lib/schema-fields";
import { parseCalendarDate } from "@/lib/imports/dates";

/** An empty form field means "no filter". */
const blankToUndefined = (value: string) => (value === "" ? undefined : value);

const calendarDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => parseCalendarDate(value) !== null)
  .optional()
  .catch(undefined);

/** Filters and page of the audit journal, as read from the URL. A bad value drops its filter. */
export const listAuditEventsSchema = z.object({
  /** A prefix: « member. » matches every member action, « member.invite » that one. */
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[\w.-]*$/)
    .transform(blankToUndefined)
    .optional()
    .catch(undefined),
  entityType: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{1,60}$/)
    .optional()
    .catch(undefined),
  /** Part of the actor's label: name, e-mail or process name. */
  actor: z.string().trim().max(100).transform(blankToUndefined).optional().catch(undefined),
  /** Days `AAAA-MM-JJ`, inclusive, in Paris time. */
  from: calendarDay,
  to: calendarDay,
  page: pageSchema,
  pageSize: z.coerce.number().int().min(10).max(200).default(50).catch(50),
});

export type ListAuditEventsInput = z.input<typeof listAuditEventsSchema>;
export type ListAuditEventsQuery = z.output<typeof listAuditEventsSchema>;
