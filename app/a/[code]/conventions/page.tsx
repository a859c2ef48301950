import type { Metadata } from "next";
import { ConventionsPage } from "@/components/conventions/conventions-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Conventions" };

export default spacePage<"code">(
  "a",
  "conventions",
  "convention.read",
  ({ ctx, params, searchParams }) => {
    const { code } = params;
    const listHref = `/a/${code}/conventions`;
    return <ConventionsPage ctx={ctx} listHref={listHref} searchParams={searchParams} />;
  },
);
