import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { OutboxBanner } from "@/components/layout/outbox-banner";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tripartite", template: "%s · Tripartite" },
  description:
    "Le numérique éducatif gouverné à trois : collectivités, académies et établissements.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#contenu"
          className="sr-only z-50 bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Aller au contenu
        </a>
        <OutboxBanner />
        <SiteHeader />
        <div className="flex flex-1 flex-col">{children}</div>
        <SiteFooter />
      </body>
    </html>
  );
}
