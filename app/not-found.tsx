import Link from "next/link";

export default function NotFound() {
  return (
    <main id="contenu" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <h1>Page introuvable</h1>
      <p className="mt-4 text-slate-700">
        Cette page n&apos;existe pas, ou vous n&apos;y avez pas accès avec ce compte.
      </p>
      <p className="mt-4">
        <Link href="/">Retour à l&apos;accueil</Link>
      </p>
    </main>
  );
}
