import type { Metadata } from "next";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AuditJournal } from "@/components/audit/audit-journal";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Journal d'audit" };

export default spacePage<"code">(
  "c",
  "journal",
  "audit.read",
  async ({ ctx, params, searchParams }) => {
    const { code } = params;
    const listHref = `/c/${code}/journal`;
    const journal = await listAuditEvents(ctx, searchParams);
    return <AuditJournal {...journal} listHref={listHref} />;
  },
);
