import type { ReactNode } from "react";

/** The one column of a page outside the spaces (no shell): its title, then its content. */
export function PageColumn({
  title,
  width,
  prose = false,
  children,
}: {
  title: string;
  /** A Tailwind max-width class, written whole so that Tailwind sees it. */
  width: "max-w-lg" | "max-w-3xl";
  /** Long text: looser line height. */
  prose?: boolean;
  children: ReactNode;
}) {
  return (
    <main
      id="contenu"
      className={`mx-auto w-full ${width} flex-1 px-4 py-10${prose ? " leading-relaxed" : ""}`}
    >
      <h1>{title}</h1>
      {children}
    </main>
  );
}
