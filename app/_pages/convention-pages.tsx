import "server-only";
import { spaceHref } from "@/lib/access/space-href";
import type { AccessContext } from "@/lib/access/context";
import { ConventionPage, ConventionsPage } from "@/components/conventions/conventions-page";
import { spacePage, type Space } from "@/components/layout/space-page";
import { itemPage } from "@/app/_pages/item-page";
import { ReviewPage } from "@/components/reviews/review-page";

/** The space's key as stored (an UAI in upper case), whatever case the URL used. */
const listHrefOf = (ctx: AccessContext) => `${spaceHref(ctx)}/conventions`;

export const conventionsPage = (space: Space) =>
  spacePage(space, "conventions", "convention.read", ({ ctx, searchParams }) => (
    <ConventionsPage ctx={ctx} listHref={listHrefOf(ctx)} searchParams={searchParams} />
  ));

export const conventionPage = (space: Space) =>
  itemPage(space, "conventions", "convention.read", ({ ctx, params, searchParams }) => (
    <ConventionPage
      ctx={ctx}
      listHref={listHrefOf(ctx)}
      conventionId={params.id}
      done={searchParams.fait}
    />
  ));

/** One annual review of a convention (`…/conventions/bilans/[id]`). */
export const reviewPage = (space: Space) =>
  itemPage(space, "conventions/bilans", "convention.read", ({ ctx, params, searchParams }) => (
    <ReviewPage
      ctx={ctx}
      id={params.id}
      done={typeof searchParams.fait === "string" ? searchParams.fait : undefined}
    />
  ));
