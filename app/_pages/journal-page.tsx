import "server-only";
import { spaceHref } from "@/lib/access/space-href";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { AuditJournal } from "@/components/audit/audit-journal";
import { spacePage, type Space, type SpacePageArgs } from "@/components/layout/space-page";
import { platformPage } from "@/app/_pages/platform-page";

/** The audit journal of a space or of the platform. */
async function journalBody({ ctx, searchParams }: SpacePageArgs<never>) {
  const journal = await listAuditEvents(ctx, searchParams);
  // The space's key as stored (an UAI in upper case), whatever case the URL used: filters and
  // pages stay canonical.
  return <AuditJournal {...journal} listHref={`${spaceHref(ctx)}/journal`} />;
}

export const journalPage = (space: Space) => spacePage(space, "journal", "audit.read", journalBody);

export const platformJournalPage = platformPage("journal", "audit.read", journalBody);
