import Link from "next/link";
import type {
  CollegeConvention,
  CollegeEquipmentConvention,
} from "@/lib/dashboards/etablissement-convention";
import { matrixByHolder } from "@/lib/dashboards/etablissement-tables";
import { PARTY_IN_SENTENCE, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { STATUS_LABELS } from "@/lib/conventions/machine";
import { formatDate, plural } from "@/lib/format";
import { ExportLinks } from "@/components/ui/export-links";
import { exportHref } from "@/components/dashboards/etablissement/export-href";
import { DataTable } from "@/components/ui/data-table";

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
      <DataTable
        caption={
          <>
            Matrice des responsabilités de la convention {convention.reference} (
            {plural(convention.matrix.length, "domaine")}), par responsable : ce qu&apos;elle {what}
          </>
        }
        captionVisible
        label="Matrice des responsabilités (défilement horizontal)"
        className=""
        rows={convention.matrix}
        groups={groups.map((g) => ({ key: g.holder, label: g.label, rows: g.rows }))}
        rowKey={(r) => convention.matrix.indexOf(r)}
        rowClassName="align-top"
        columns={[
          { key: "domain", header: "Domaine", rowHeader: true, cell: (r) => r.domain },
          { key: "level", header: "Niveau de maintenance", cell: (r) => r.level || "—" },
          { key: "detail", header: "Précision", cell: (r) => r.detail || "—" },
        ]}
      />
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

/** Where the collège's convention collectivité–EPLE stands, in one sentence with its link. */
function EquipmentConvention({
  uai,
  convention,
}: {
  uai: string;
  convention: CollegeEquipmentConvention | null;
}) {
  if (!convention)
    return (
      <p className="text-sm">
        Convention collectivité–établissement (équipements mis à disposition) : aucune pour
        l&apos;instant ; la collectivité la prépare.
      </p>
    );
  const state =
    convention.status === "EN_SIGNATURE"
      ? `en signature, attend la signature de ${convention.awaiting.map((p) => PARTY_IN_SENTENCE[p]).join(" et de ")}`
      : convention.status === "EN_VIGUEUR" && convention.endsOn
        ? `en vigueur jusqu'au ${formatDate(convention.endsOn)}`
        : STATUS_LABELS[convention.status].toLowerCase();
  return (
    <p className="text-sm">
      Convention collectivité–établissement (équipements mis à disposition) :{" "}
      <Link href={`/e/${uai}/conventions/${convention.id}`}>{convention.reference}</Link>, {state}.
    </p>
  );
}

/**
 * « Ma convention »: the tripartite in force and its responsibility matrix, or the one in
 * progress; then where the convention collectivité–EPLE stands.
 */
export function ConventionSection({
  uai,
  inForce,
  inProgress,
  equipment,
}: {
  uai: string;
  inForce: CollegeConvention | null;
  inProgress: CollegeConvention | null;
  equipment: CollegeEquipmentConvention | null;
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
      <EquipmentConvention uai={uai} convention={equipment} />
      <p className="text-sm">
        <Link href={`/e/${uai}/conventions`}>Voir toutes les conventions du collège</Link>
      </p>
    </section>
  );
}
