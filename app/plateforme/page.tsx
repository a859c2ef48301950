import type { Metadata } from "next";
import Link from "next/link";
import { getPageAccessContext } from "@/app/_server/page-access";
import { countEtablissements } from "@/lib/etablissements/list-etablissements";
import { plural } from "@/lib/format";

export const metadata: Metadata = { title: "Administration de la plateforme" };

export default async function PlateformeHomePage() {
  const ctx = await getPageAccessContext({ type: "PLATFORM" }, "/plateforme");
  const counts = await countEtablissements(ctx);
  return (
    <div className="space-y-6">
      <h1>Tableau de bord</h1>
      <section
        aria-labelledby="registre-titre"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="registre-titre">Registre national</h2>
        <p className="mt-2">
          {plural(counts.total, "collège ouvert", "collèges ouverts")} :{" "}
          {plural(counts.public, "public")}, {plural(counts.prive, "privé")}.
        </p>
        <ul className="mt-3 list-disc pl-6">
          <li>
            <Link href="/plateforme/etablissements">Consulter le registre national</Link>
          </li>
          <li>
            <Link href="/plateforme/import">Importer un fichier d&apos;établissements</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
