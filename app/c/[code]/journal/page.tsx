import type { Metadata } from "next";
import { getPageAccessContext } from "@/lib/access/page-context";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AuditJournal } from "@/components/audit/audit-journal";

export const metadata: Metadata = { title: "Journal d'audit" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CollectiviteJournalPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: SearchParams;
}) {
  const { code } = await params;
  const listHref = `/c/${code}/journal`;
  const ctx = await getPageAccessContext({ type: "COLLECTIVITE", code }, listHref, "audit.read");
  const journal = await listAuditEvents(ctx, await searchParams);
  return <AuditJournal {...journal} listHref={listHref} />;
}
