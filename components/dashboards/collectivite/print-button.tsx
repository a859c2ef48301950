"use client";

/** « Imprimer » for the one-page summary; hidden on paper. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 print:hidden"
    >
      Imprimer la synthèse
    </button>
  );
}
