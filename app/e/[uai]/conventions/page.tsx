import type { Metadata } from "next";
import { ConventionsPage } from "@/components/conventions/conventions-page";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Conventions" };

export default spacePage<"uai">(
  "e",
  "conventions",
  "convention.read",
  ({ ctx, params, searchParams }) => {
    const { uai } = params;
    const listHref = `/e/${uai.toUpperCase()}/conventions`;
    return <ConventionsPage ctx={ctx} listHref={listHref} searchParams={searchParams} />;
  },
);
