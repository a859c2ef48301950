import type { Metadata } from "next";
import { PageColumn } from "@/app/_pages/page-column";

export const metadata: Metadata = { title: "Sources des données" };

export default function SourcesPage() {
  return (
    <PageColumn title="Sources des données" width="max-w-3xl" prose>
      <p className="mt-4">
        Le référentiel des établissements provient des données ouvertes du ministère de
        l&apos;Éducation nationale (MENJ), publiées sous la Licence Ouverte 2.0 (Etalab). Leur
        réutilisation est libre, sous réserve d&apos;en citer la source et la date.
      </p>
      <table className="mt-6 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Jeux de données utilisés</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Jeu de données
            </th>
            <th scope="col" className="py-2 pr-4">
              Usage
            </th>
            <th scope="col" className="py-2">
              Millésime
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200">
            <td className="py-2 pr-4">
              Adresse et géolocalisation des établissements d&apos;enseignement du premier et second
              degrés
            </td>
            <td className="py-2 pr-4">Liste nationale des collèges, académies, départements</td>
            <td className="py-2">fin 2024</td>
          </tr>
          <tr className="border-b border-slate-200">
            <td className="py-2 pr-4">Annuaire de l&apos;éducation</td>
            <td className="py-2 pr-4">Coordonnées, éducation prioritaire</td>
            <td className="py-2">2023</td>
          </tr>
          <tr className="border-b border-slate-200">
            <td className="py-2 pr-4">
              Effectifs d&apos;élèves par niveau, sexe et langue des collèges
            </td>
            <td className="py-2 pr-4">Élèves par rentrée</td>
            <td className="py-2">rentrées 2019 et suivantes</td>
          </tr>
          <tr>
            <td className="py-2 pr-4">Indices de position sociale (IPS) des collèges</td>
            <td className="py-2 pr-4">IPS par collège</td>
            <td className="py-2">rentrée 2023</td>
          </tr>
        </tbody>
      </table>
      <p className="mt-6 text-sm text-slate-700">
        Source : MENJ – DEPP, data.education.gouv.fr, Licence Ouverte 2.0. Les inventaires, budgets
        et conventions de la démonstration sont des données fictives, comme les effectifs
        d&apos;élèves estimés des collèges hors Ille-et-Vilaine (leur source l&apos;indique).
      </p>
    </PageColumn>
  );
}
