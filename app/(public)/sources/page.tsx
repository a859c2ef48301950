import type { Metadata } from "next";
import { PageColumn } from "@/app/_pages/page-column";

export const metadata: Metadata = { title: "Sources des données" };

const COLUMNS = ["Jeu de données", "Usage", "Millésime"];

/** Every column but the last keeps a gap on its right. */
const cellClass = (column: number) => (column < COLUMNS.length - 1 ? "py-2 pr-4" : "py-2");

/** The open data sets used: name, what Tripartite takes from it, vintage. */
const DATASETS: [name: string, use: string, vintage: string][] = [
  [
    "Adresse et géolocalisation des établissements d'enseignement du premier et second degrés",
    "Liste nationale des collèges, académies, départements",
    "fin 2024",
  ],
  ["Annuaire de l'éducation", "Coordonnées, éducation prioritaire", "2023"],
  [
    "Effectifs d'élèves par niveau, sexe et langue des collèges",
    "Élèves par rentrée",
    "rentrées 2019 et suivantes",
  ],
  ["Indices de position sociale (IPS) des collèges", "IPS par collège", "rentrée 2023"],
];

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
            {COLUMNS.map((label, i) => (
              <th key={label} scope="col" className={cellClass(i)}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DATASETS.map((row, i) => (
            <tr
              key={row[0]}
              className={i < DATASETS.length - 1 ? "border-b border-slate-200" : undefined}
            >
              {row.map((text, j) => (
                <td key={COLUMNS[j]} className={cellClass(j)}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
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
