import type { Metadata } from "next";
import { spaceHref } from "@/lib/access/space-href";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AuditJournal } from "@/components/audit/audit-journal";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Journal d'audit" };

export default spacePage("e", "journal", "audit.read", async ({ ctx, searchParams }) => {
  const journal = await listAuditEvents(ctx, searchParams);
  // The UAI as stored (upper case), whatever case the URL used: filters and pages stay canonical.
  return <AuditJournal {...journal} listHref={`${spaceHref(ctx)}/journal`} />;
});
