import type { Metadata } from "next";
import { getPageAccessContext } from "@/app/_server/page-access";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AuditJournal } from "@/components/audit/audit-journal";

export const metadata: Metadata = { title: "Journal d'audit" };

export default async function PlateformeJournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const listHref = "/plateforme/journal";
  const ctx = await getPageAccessContext({ type: "PLATFORM" }, listHref, "audit.read");
  const journal = await listAuditEvents(ctx, await searchParams);
  return <AuditJournal {...journal} listHref={listHref} />;
}
