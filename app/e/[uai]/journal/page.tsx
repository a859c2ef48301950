import type { Metadata } from "next";
import { getPageAccessContext, spaceHref } from "@/lib/access/page-context";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AuditJournal } from "@/components/audit/audit-journal";

export const metadata: Metadata = { title: "Journal d'audit" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EtablissementJournalPage({
  params,
  searchParams,
}: {
  params: Promise<{ uai: string }>;
  searchParams: SearchParams;
}) {
  const { uai } = await params;
  const ctx = await getPageAccessContext(
    { type: "ETABLISSEMENT", uai },
    `/e/${uai}/journal`,
    "audit.read",
  );
  const journal = await listAuditEvents(ctx, await searchParams);
  // The UAI as stored (upper case), whatever case the URL used: filters and pages stay canonical.
  return <AuditJournal {...journal} listHref={`${spaceHref(ctx)}/journal`} />;
}
