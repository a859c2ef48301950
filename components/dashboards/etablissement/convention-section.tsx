import Link from "next/link";
import type { CollegeConvention } from "@/lib/dashboards/etablissement-convention";
import { matrixByHolder } from "@/lib/dashboards/etablissement-tables";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { STATUS_LABELS } from "@/lib/conventions/machine";
import { formatDate, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { exportHref } from "@/components/dashboards/etablissement/export-href";
import { ScrollRegion } from "@/components/ui/scroll-region";

function period(c: CollegeConvention): string {
  if (!c.startsOn && !c.endsOn) return "dates à fixer";
  if (!c.endsOn) return `à partir du ${formatDate(c.startsOn)}, sans date de fin`;
  return `du ${formatDate(c.startsOn)} au ${formatDate(c.endsOn)}`;
}

function versionText(c: CollegeConvention): string {
  const signed = c.version.signedAt ? `, signée le ${formatDate(c.version.signedAt)}` : "";
  const avenant =
    c.version.kind === "AVENANT" ? ` de l'avenant ${c.version.reference} (version consolidée)` : "";
  return `version ${c.version.number}${avenant}${signed}`;
}

/** What the convention commits each party to: its matrix, one row group per holder. */
function Matrix({
  uai,
  convention,
  planned,
}: {
  uai: string;
  convention: CollegeConvention;
  planned: boolean;
}) {
  const groups = matrixByHolder(convention.matrix);
  if (groups.length === 0)
    return (
      <p>La convention {convention.reference} ne comporte pas de matrice des responsabilités.</p>
    );
  const what = planned ? "prévoit" : "engage";
  return (
    <div className="space-y-2">
      <h3>
        {planned
          ? "Ce que la convention en préparation prévoit pour chaque partie"
          : "Ce que la convention engage chaque partie à faire"}
      </h3>
      <p>{groups.map((g) => `${g.label} : ${plural(g.rows.length, "domaine")}`).join(" ; ")}.</p>
      <ScrollRegion label="Matrice des responsabilités (défilement horizontal)" className="">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="px-3 py-2 text-left font-semibold">
            Matrice des responsabilités de la convention {convention.reference} (
            {plural(convention.matrix.length, "domaine")}), par responsable : ce qu&apos;elle {what}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Domaine
              </th>
              <th scope="col" className="px-3 py-2">
                Niveau de maintenance
              </th>
              <th scope="col" className="px-3 py-2">
                Précision
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.holder}>
              <tr className="border-t-2 border-slate-300 bg-slate-50">
                <th scope="rowgroup" colSpan={3} className="px-3 py-2 font-semibold">
                  {g.label}
                </th>
              </tr>
              {g.rows.map((r, i) => (
                <tr key={`${g.holder}-${i}`} className="border-t border-slate-200 align-top">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {r.domain}
                  </th>
                  <td className="px-3 py-2">{r.level || "—"}</td>
                  <td className="px-3 py-2">{r.detail || "—"}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      <ExportLinks
        href={exportHref(uai, "matrice")}
        what={`la matrice des responsabilités de la convention ${convention.reference}`}
      />
    </div>
  );
}

function Identity({ uai, convention }: { uai: string; convention: CollegeConvention }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-700">Référence</dt>
      <dd>
        <Link
          href={`/e/${uai}/conventions/${convention.id}`}
        >{`Convention ${convention.reference}`}</Link>{" "}
        — {convention.title}
      </dd>
      <dt className="font-medium text-slate-700">État</dt>
      <dd>
        {STATUS_LABELS[convention.status]}
        {convention.awaiting.length > 0
          ? ` — signature attendue : ${convention.awaiting.map((p) => PARTY_LABELS[p]).join(", ")}`
          : ""}
      </dd>
      <dt className="font-medium text-slate-700">Période</dt>
      <dd>{period(convention)}</dd>
      <dt className="font-medium text-slate-700">Version</dt>
      <dd>{versionText(convention)}</dd>
    </dl>
  );
}

/** « Ma convention »: the one in force and its responsibility matrix, or the one in progress. */
export function ConventionSection({
  uai,
  inForce,
  inProgress,
}: {
  uai: string;
  inForce: CollegeConvention | null;
  inProgress: CollegeConvention | null;
}) {
  return (
    <section
      aria-labelledby="convention-titre"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="convention-titre">Ma convention</h2>
      {inForce ? (
        <>
          <Identity uai={uai} convention={inForce} />
          <Matrix uai={uai} convention={inForce} planned={false} />
        </>
      ) : (
        <>
          <p>Aucune convention tripartite n&apos;est en vigueur pour votre collège.</p>
          {inProgress ? (
            <>
              <p>Une convention est en préparation :</p>
              <Identity uai={uai} convention={inProgress} />
              <Matrix uai={uai} convention={inProgress} planned />
            </>
          ) : (
            <p>
              Aucune convention n&apos;est en préparation non plus : la collectivité la rédige, puis
              la soumet à la signature des trois parties.
            </p>
          )}
        </>
      )}
      <p className="text-sm">
        <Link href={`/e/${uai}/conventions`}>Voir toutes les conventions du collège</Link>
      </p>
    </section>
  );
}
