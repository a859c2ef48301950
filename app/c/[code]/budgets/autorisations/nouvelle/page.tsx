import type { Metadata } from "next";
import Link from "next/link";
import { currentParisYear } from "@/lib/dates";
import { createAutorisationAction } from "@/app/actions/budgets";
import { BudgetTabs } from "@/components/budgets/budget-tabs";
import { AutorisationForm } from "@/components/budgets/autorisation-form";
import { spacePage } from "@/components/layout/space-page";

export const metadata: Metadata = { title: "Enregistrer une autorisation" };

export default spacePage<"code">(
  "c",
  "budgets/autorisations/nouvelle",
  "budget.write",
  ({ ctx, params }) => {
    const { code } = params;
    const base = `/c/${code}/budgets`;
    const path = `${base}/autorisations/nouvelle`;
    const year = currentParisYear();
    const values = {
      numero: "",
      label: "",
      kind: "AP",
      category: "EQUIPEMENT",
      votedOn: "",
      amount: "",
      affected: "0",
      engaged: "0",
      state: "VOTEE",
      cp: {},
    };
    return (
      <>
        <BudgetTabs base={base} current="autorisations" ctx={ctx} />
        <section aria-labelledby="nouvelle-ap-titre" className="space-y-4">
          <p className="text-sm">
            <Link href={`${base}/autorisations`}>← Toutes les autorisations</Link>
          </p>
          <h1 id="nouvelle-ap-titre">Enregistrer une autorisation votée</h1>
          <p>
            Les crédits de paiement se saisissent par exercice à partir de l&apos;année du vote (
            {year} par défaut, selon la date saisie).
          </p>
          <AutorisationForm
            action={createAutorisationAction}
            values={values}
            submitLabel="Enregistrer l'autorisation"
            scopeType="COLLECTIVITE"
            scopeKey={code}
            path={path}
          />
        </section>
      </>
    );
  },
);
