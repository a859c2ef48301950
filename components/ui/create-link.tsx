import type { ReactNode } from "react";
import Link from "next/link";

/** « + Nouvelle … »: the link from a list to the form that adds to it, on its own line. */
export function CreateLink({
  href,
  className,
  children,
}: {
  href: string;
  /** The paragraph's spacing and size where it stands. */
  className: string;
  children: ReactNode;
}) {
  return (
    <p className={className}>
      <Link href={href} className="font-semibold">
        {children}
      </Link>
    </p>
  );
}
