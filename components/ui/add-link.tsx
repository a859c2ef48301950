import Link from "next/link";
import type { ReactNode } from "react";

/** The link above a list to its creation page: « + Ajouter un équipement », « + Nouvelle campagne »… */
export function AddLink({
  href,
  className = "mt-4 text-sm",
  children,
}: {
  href: string;
  className?: string;
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
