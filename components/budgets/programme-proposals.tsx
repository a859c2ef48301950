import Link from "next/link";
import type { RenewalProposals } from "@/lib/budgets/renewal-proposals";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, plural } from "@/lib/format";
import { createProgrammeProposalAction } from "@/app/actions/budgets";
import { ActionForm } from "@/components/forms/action-form";
import { DataTable } from "@/components/ui/data-table";

type Programme = RenewalProposals["programmes"][number];
type Cell = Programme["perYear"][number];

/** One exercice of a programme: its cost, and its line or the button that creates it. */
function YearCell({
  programme,
  cell,
  base,
  code,
}: {
  programme: Programme;
  cell: Cell;
  base: string;
  code: string;
}) {
  if (cell.costCents === 0) return "—";
  return (
    <>
      {formatCents(cell.costCents)}
      <span className="block text-xs text-slate-700">{plural(cell.units, "équipement")}</span>
      {cell.line ? (
        <Link href={`${base}/lignes/${cell.line.id}`} className="block">
          Ligne créée : {formatCents(cell.line.bpCents + cell.line.dmCents)} votés
        </Link>
      ) : (
        <ActionForm
          action={createProgrammeProposalAction}
          hidden={{ exercice: String(cell.year), programmeId: programme.id }}
          scopeType="COLLECTIVITE"
          scopeKey={code}
          path={`${base}/propositions`}
          submitLabel={`Créer la ligne ${cell.year} (${programme.title})`}
          pendingLabel="Création…"
          tone="secondary"
          className="mt-1 space-y-1"
        />
      )}
    </>
  );
}

/**
 * The adopted deployment programmes: what their waves cost each exercice (units planned × unit
 * cost), each year a line of its own beside the renewal's.
 */
export function ProgrammeProposals({
  programmes,
  years,
  base,
  code,
}: {
  programmes: RenewalProposals["programmes"];
  years: number[];
  base: string;
  code: string;
}) {
  return (
    <section aria-labelledby="programmes-propositions-titre" className="space-y-2">
      <h2 id="programmes-propositions-titre">Programmes de déploiement par vagues</h2>
      <p className="max-w-3xl text-slate-800">
        Les vagues des programmes adoptés s&apos;ajoutent au renouvellement du parc : chaque année
        d&apos;un programme peut devenir sa propre ligne d&apos;investissement, au coût des
        équipements prévus dans ses vagues de l&apos;année.{" "}
        <Link href={`/c/${code}/appels/programmes`}>Voir les programmes</Link>
      </p>
      <DataTable<Programme>
        caption="Coût des vagues des programmes adoptés, par exercice"
        wrapHeaders
        rows={programmes}
        rowKey={(p) => p.id}
        rowClassName="align-top"
        empty="Aucun programme de déploiement adopté."
        columns={[
          {
            key: "programme",
            header: "Programme",
            rowHeader: true,
            cell: (p) => (
              <>
                {p.title}
                <span className="block text-xs text-slate-700">{CATEGORY_LABELS[p.category]}</span>
              </>
            ),
          },
          ...years.map((year, i) => ({
            key: String(year),
            header: String(year),
            numeric: true,
            cell: (p: Programme) => (
              <YearCell programme={p} cell={p.perYear[i]!} base={base} code={code} />
            ),
          })),
          {
            key: "total",
            header: "Total",
            numeric: true,
            cell: (p) => formatCents(p.costCents),
          },
        ]}
      />
    </section>
  );
}
