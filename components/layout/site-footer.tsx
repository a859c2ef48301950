import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-700">
        <span>Tripartite — collectivités, académies et établissements</span>
        <Link href="/accessibilite">Accessibilité : partiellement conforme</Link>
        <Link href="/sources">Sources des données</Link>
        <Link href="/verifier">Vérifier un document</Link>
      </div>
    </footer>
  );
}
