import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/layout/sign-out-button";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
          Tripartite
          <span className="ml-2 hidden text-sm font-normal text-slate-600 sm:inline">
            numérique éducatif partagé
          </span>
        </Link>
        {user ? (
          <nav aria-label="Compte" className="flex items-center gap-4 text-sm">
            <span className="text-slate-700">{user.name}</span>
            <Link href="/espaces">Mes espaces</Link>
            <Link href="/compte">Mon compte</Link>
            <SignOutButton />
          </nav>
        ) : (
          <nav aria-label="Compte" className="text-sm">
            <Link href="/connexion">Se connecter</Link>
          </nav>
        )}
      </div>
    </header>
  );
}
