import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listMySpaces } from "@/lib/access/spaces";
import { PageColumn } from "@/app/_pages/page-column";

export const metadata: Metadata = { title: "Mes espaces" };

export default async function EspacesPage() {
  const spaces = await listMySpaces();
  if (!spaces) redirect("/connexion?callbackUrl=/espaces");
  return (
    <PageColumn title="Mes espaces" width="max-w-3xl">
      {spaces.length === 0 ? (
        <p className="mt-4 text-slate-700">
          Votre compte n&apos;est rattaché à aucun espace pour l&apos;instant. Demandez à
          l&apos;administrateur de votre collectivité, à la DRANE de votre académie ou à votre chef
          d&apos;établissement de vous y inviter.
        </p>
      ) : (
        <>
          <p className="mt-2 text-slate-700">Choisissez l&apos;espace dans lequel travailler.</p>
          <ul className="mt-6 space-y-3">
            {spaces.map((space) => (
              <li key={space.href} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={space.href} className="text-lg font-semibold">
                  {space.name}
                </Link>
                <p className="text-sm text-slate-700">
                  {space.kindLabel} · {space.roles.join(", ")}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </PageColumn>
  );
}
