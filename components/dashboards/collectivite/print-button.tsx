"use client";

import { Button } from "@/components/ui/button";

/** « Imprimer » for the one-page summary; hidden on paper. */
export function PrintButton() {
  return (
    <Button onClick={() => window.print()} className="print:hidden">
      Imprimer la synthèse
    </Button>
  );
}
