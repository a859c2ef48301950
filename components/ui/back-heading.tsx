import type { ReactNode } from "react";
import Link from "next/link";

/** The top of a page below a list: the link back to it (« ← Toutes les conventions »), then the title. */
export function BackHeading({
  href,
  label,
  title,
  titleId,
}: {
  href: string;
  label: ReactNode;
  title: ReactNode;
  titleId?: string;
}) {
  return (
    <>
      <p className="text-sm">
        <Link href={href}>{label}</Link>
      </p>
      <h1 id={titleId}>{title}</h1>
    </>
  );
}
