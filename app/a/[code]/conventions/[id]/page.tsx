import type { Metadata } from "next";
import { ConventionPage } from "@/components/conventions/conventions-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Convention" };

export default spacePage<"code" | "id">(
  "a",
  (p) => `conventions/${p.id}`,
  "convention.read",
  ({ ctx, params, searchParams }) => {
    const { code, id } = params;
    const listHref = `/a/${code}/conventions`;
    return (
      <ConventionPage ctx={ctx} listHref={listHref} conventionId={id} done={searchParams.fait} />
    );
  },
);
