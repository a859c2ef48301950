import { scopePropsOf } from "@/components/forms/scope-fields";
import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { spaceHref } from "@/lib/access/space-href";
import { plural } from "@/lib/format";
import { getSector, listSectors } from "@/lib/sectors/list-sectors";
import { BackHeading } from "@/components/ui/back-heading";
import { DataTable } from "@/components/ui/data-table";
import {
  CreateSectorForm,
  DeleteSectorForm,
  RenameSectorForm,
} from "@/components/sectors/sector-forms";
import { SectorCollegesForm } from "@/components/sectors/sector-colleges-form";
import { orNotFound } from "@/app/_server/or-not-found";

/** The secteurs of a collectivité with their counts, and the form of a new one. */
export async function SectorsListPage({ ctx }: { ctx: AccessContext }) {
  const base = `${spaceHref(ctx)}/secteurs`;
  const { sectors, unassigned } = await listSectors(ctx);
  return (
    <div className="space-y-6">
      <section aria-labelledby="secteurs-titre">
        <h1 id="secteurs-titre">Secteurs</h1>
        <p className="mt-2 text-slate-800">
          Un secteur regroupe une dizaine de collèges voisins suivis par les mêmes techniciens : un
          technicien ou un référent technique de la collectivité ne voit que les collèges de son
          secteur.
        </p>
        <p className="mt-2 text-sm">
          {unassigned === 0
            ? "Tous les collèges publics ouverts sont dans un secteur."
            : `${plural(unassigned, "collège public ouvert n'est", "collèges publics ouverts ne sont")} dans aucun secteur.`}
        </p>
        <DataTable
          caption="Secteurs de la collectivité"
          className="mt-3"
          rows={sectors}
          rowKey={(s) => s.id}
          empty="Aucun secteur pour l'instant : créez le premier ci-dessous."
          columns={[
            {
              key: "name",
              header: "Secteur",
              rowHeader: true,
              cell: (s) => <Link href={`${base}/${s.id}`}>{s.name}</Link>,
            },
            { key: "colleges", header: "Collèges", numeric: true, cell: (s) => s.colleges },
            {
              key: "people",
              header: "Techniciens et référents",
              numeric: true,
              cell: (s) => s.people,
            },
          ]}
        />
      </section>
      <section aria-labelledby="nouveau-secteur-titre" className="space-y-2">
        <h2 id="nouveau-secteur-titre">Nouveau secteur</h2>
        <CreateSectorForm {...scopePropsOf(ctx, base)} />
      </section>
    </div>
  );
}

/** One secteur: its collèges to check, the people attached to it, renaming and deleting. */
export async function SectorDetailPage({ ctx, id }: { ctx: AccessContext; id: string }) {
  const base = `${spaceHref(ctx)}/secteurs`;
  const path = `${base}/${id}`;
  const detail = await orNotFound(getSector(ctx, id));
  const { sector, colleges, members, invitations } = detail;
  const inSector = colleges.filter((c) => c.sector?.id === sector.id).length;
  const scope = scopePropsOf(ctx, path);
  const people = [
    ...members.map((m) => ({ key: m.id, ...m.user, role: m.role, pending: false })),
    ...invitations.map((i) => ({
      key: i.id,
      name: i.name,
      email: i.email,
      role: i.role,
      pending: true,
    })),
  ];
  return (
    <article aria-labelledby="secteur-titre" className="space-y-6">
      <BackHeading
        href={base}
        label="← Tous les secteurs"
        title={sector.name}
        titleId="secteur-titre"
      />
      <p>{plural(inSector, "collège")} dans ce secteur.</p>
      <section aria-labelledby="colleges-titre" className="space-y-2">
        <h2 id="colleges-titre">Collèges</h2>
        <p className="text-sm text-slate-700">
          Cochez les collèges du secteur, puis enregistrez. Un collège n&apos;est que dans un
          secteur : le cocher ici le retire de l&apos;autre.
        </p>
        <SectorCollegesForm
          {...scope}
          sectorId={sector.id}
          colleges={colleges.map((c) => ({
            id: c.id,
            uai: c.uai,
            name: c.name,
            communeName: c.communeName,
            closed: c.etat !== "OUVERT",
            otherSector: c.sector && c.sector.id !== sector.id ? c.sector.name : null,
            checked: c.sector?.id === sector.id,
          }))}
        />
      </section>
      <section aria-labelledby="personnes-titre">
        <h2 id="personnes-titre">Personnes du secteur</h2>
        <DataTable
          caption="Techniciens et référents techniques du secteur"
          className="mt-3"
          rows={people}
          rowKey={(p) => p.key}
          empty="Personne n'est rattaché à ce secteur : invitez un technicien depuis la page Personnes en choisissant ce secteur."
          columns={[
            { key: "name", header: "Nom", rowHeader: true, cell: (p) => p.name },
            { key: "email", header: "Adresse e-mail", cell: (p) => p.email },
            {
              key: "role",
              header: "Rôle",
              cell: (p) => `${ROLE_LABELS[p.role]}${p.pending ? " (invitation en attente)" : ""}`,
            },
          ]}
        />
        <p className="mt-2 text-sm">
          <Link href={`${spaceHref(ctx)}/personnes`}>Inviter une personne dans ce secteur</Link>
        </p>
      </section>
      <section aria-labelledby="renommer-titre" className="space-y-2">
        <h2 id="renommer-titre">Nom du secteur</h2>
        <RenameSectorForm {...scope} sectorId={sector.id} name={sector.name} />
      </section>
      <DeleteSectorForm {...scopePropsOf(ctx, base)} sectorId={sector.id} />
    </article>
  );
}
