import Link from "next/link";
import type { RenewalProposals } from "@/lib/budgets/renewal-proposals";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatInteger, plural } from "@/lib/format";
import { createRenewalProposalAction } from "@/app/actions/budgets";
import { ActionForm } from "@/components/forms/action-form";
import { DataTable, type Column } from "@/components/ui/data-table";
import { centsColumn, countColumn } from "@/components/ui/figure-columns";
import { ProgrammeProposals } from "@/components/budgets/programme-proposals";

type Year = RenewalProposals["years"][number];

/**
 * The renewal plan's investment need per year and category, and per year the budget line proposed
 * from it (chapitre 21, nature 21831) or the button that creates it.
 */
export function RenewalProposalsView({
  data,
  base,
  code,
}: {
  data: RenewalProposals;
  base: string;
  code: string;
}) {
  const path = `${base}/propositions`;
  const lastYear = data.firstYear + data.years.length - 1;
  return (
    <section aria-labelledby="propositions-titre" className="space-y-6">
      <h1 id="propositions-titre">Propositions budgétaires du plan de renouvellement</h1>
      <p className="max-w-3xl text-slate-800">
        Le plan de renouvellement de l&apos;inventaire estime l&apos;investissement nécessaire
        chaque année, d&apos;après l&apos;âge des équipements et les coûts unitaires du référentiel
        (les équipements en retard sont comptés la première année). Chaque année peut devenir une
        ligne d&apos;investissement (chapitre 21, fonction 221, nature 21831 matériel informatique
        scolaire) dont le budget primitif est le coût estimé ; elle se modifie ensuite comme toute
        ligne.
      </p>
      <p className="text-sm">
        <Link href={`/c/${code}/inventaire/plan`}>Voir le plan de renouvellement détaillé</Link>
      </p>
      {data.totalCents === 0 ? (
        <p>
          Le plan ne prévoit aucun renouvellement de {data.firstYear} à {lastYear} :
          l&apos;inventaire ne compte pas d&apos;équipement à renouveler sur cette période.
        </p>
      ) : null}
      <DataTable<Year>
        caption={
          <>
            Besoin d&apos;investissement du plan {data.firstYear}-{lastYear}, par année et par
            catégorie
          </>
        }
        captionVisible
        className=""
        wrapHeaders
        rows={data.years}
        rowKey={(y) => y.year}
        rowClassName="align-top"
        columns={[
          {
            key: "year",
            header: "Année",
            rowHeader: true,
            className: "font-bold",
            cell: (y) => y.year,
          },
          ...data.categories.map((c): Column<Year> => ({
            key: c,
            header: CATEGORY_LABELS[c],
            numeric: true,
            cell: (y) => {
              const cell = y.byCategory.find((b) => b.category === c);
              return cell ? (
                <>
                  {formatCents(cell.costCents)}
                  <span className="block text-xs text-slate-700">
                    {plural(cell.count, "équipement")}
                  </span>
                </>
              ) : (
                "—"
              );
            },
          })),
          countColumn("count", "Équipements", (y) => y.count),
          centsColumn("cost", "Coût estimé", (y) => y.costCents),
          {
            key: "line",
            header: "Ligne budgétaire",
            cell: (y) =>
              y.line ? (
                <Link href={`${base}/lignes/${y.line.id}`}>
                  Ligne créée : {formatCents(y.line.bpCents + y.line.dmCents)} votés
                </Link>
              ) : y.costCents > 0 ? (
                <ActionForm
                  action={createRenewalProposalAction}
                  hidden={{ exercice: String(y.year) }}
                  scopeType="COLLECTIVITE"
                  scopeKey={code}
                  path={path}
                  submitLabel={`Créer la ligne ${y.year}`}
                  pendingLabel="Création…"
                  tone="secondary"
                  className="space-y-1"
                />
              ) : (
                "Aucune dépense prévue"
              ),
          },
        ]}
        totals={{
          label: "Total",
          cells: {
            ...Object.fromEntries(
              data.categories.map((c) => [
                c,
                formatCents(
                  data.years.reduce(
                    (sum, y) => sum + (y.byCategory.find((b) => b.category === c)?.costCents ?? 0),
                    0,
                  ),
                ),
              ]),
            ),
            count: formatInteger(data.years.reduce((sum, y) => sum + y.count, 0)),
            cost: formatCents(data.totalCents),
          },
        }}
      />
      <ProgrammeProposals
        programmes={data.programmes}
        years={data.years.map((y) => y.year)}
        base={base}
        code={code}
      />
    </section>
  );
}
