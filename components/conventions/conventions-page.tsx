import { scopePropsOf } from "@/components/forms/scope-fields";
import Link from "next/link";
import { can, type AccessContext } from "@/lib/access/context";
import { listConventions } from "@/lib/conventions/list-conventions";
import { getConventionCoverage } from "@/lib/conventions/coverage";
import { listConventionOptions } from "@/lib/conventions/list-options";
import { getConvention } from "@/lib/conventions/get-convention";
import { offlineParties } from "@/lib/conventions/sign-offline";
import { getSignerDefaults } from "@/lib/conventions/signer-defaults";
import { AUTHORISATION_KINDS, partyOfScope } from "@/lib/conventions/machine";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { CONVENTION_TABS } from "@/lib/conventions/schemas";
import { ConventionList } from "@/components/conventions/convention-list";
import { CoverageTable } from "@/components/conventions/coverage-table";
import { NewConventionForms } from "@/components/conventions/new-convention-forms";
import { BatchSignForm } from "@/components/conventions/batch-sign-form";
import { ConventionDetailView } from "@/components/conventions/convention-detail";
import { listConventionProposals } from "@/lib/conventions/proposals";
import { bodiesSteering } from "@/lib/governance/steered-conventions";
import { listReviews } from "@/lib/reviews/read-review";
import { orNotFound } from "@/app/_server/or-not-found";

/** The conventions of a space: coverage, creation (collectivité), batch signature (signers), follow-up. */
export async function ConventionsPage({
  ctx,
  listHref,
  searchParams,
}: {
  ctx: AccessContext;
  listHref: string;
  searchParams: unknown;
}) {
  const writer = ctx.scope.type === "COLLECTIVITE" && can(ctx, "convention.write");
  const party = partyOfScope(ctx.scope.type);
  const signer = can(ctx, "convention.sign") && party !== null;
  const [data, coverage, options, departements, defaults, toSign] = await Promise.all([
    listConventions(ctx, searchParams),
    ctx.scope.type === "ETABLISSEMENT" ? Promise.resolve([]) : getConventionCoverage(ctx),
    writer ? listConventionOptions(ctx) : Promise.resolve(null),
    ctx.scope.type === "ACADEMIE" ? summarizeEtablissementsByDepartement(ctx) : Promise.resolve([]),
    signer ? getSignerDefaults(ctx) : Promise.resolve({ qualite: "", authorisationReference: "" }),
    signer && ctx.scope.type === "ACADEMIE"
      ? listConventions(ctx, { tab: "a-signer" })
      : Promise.resolve(null),
  ]);
  const scope = scopePropsOf(ctx, listHref);
  const tabs = CONVENTION_TABS.filter((t) => t !== "a-signer" || signer);
  const batch = toSign?.items.filter((i) => i.frozenSha256) ?? [];
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1>Conventions</h1>
        {ctx.scope.type === "COLLECTIVITE" && (
          <Link href={`${listHref}/modeles`}>Modèles de convention</Link>
        )}
      </div>
      <CoverageTable rows={coverage} />
      {options && (
        <section aria-labelledby="nouvelle-titre" className="space-y-3">
          <h2 id="nouvelle-titre">Nouvelle convention</h2>
          <NewConventionForms
            {...scope}
            colleges={options.colleges}
            epleColleges={options.epleColleges}
            cadres={options.cadres}
          />
        </section>
      )}
      {signer && ctx.scope.type === "ACADEMIE" && party && (
        <BatchSignForm
          {...scope}
          referenceLabel={AUTHORISATION_KINDS[party].referenceLabel}
          defaults={defaults}
          items={batch.map((i) => ({
            id: i.id,
            reference: i.reference,
            sha256: i.frozenSha256!,
            documentHref: `${listHref}/${i.id}/fichiers/fige/${i.versionId}`,
            label: i.etablissement
              ? `${i.etablissement.name} (${i.etablissement.communeName})`
              : i.title,
          }))}
        />
      )}
      <ConventionList data={data} listHref={listHref} tabs={tabs} departements={departements} />
    </div>
  );
}

/** One convention in a space; a foreign or unknown id is the 404 page. */
export async function ConventionPage({
  ctx,
  listHref,
  conventionId,
  done,
}: {
  ctx: AccessContext;
  listHref: string;
  conventionId: string;
  done?: unknown;
}) {
  const convention = await orNotFound(getConvention(ctx, conventionId));
  const signerDefaults = can(ctx, "convention.sign")
    ? await getSignerDefaults(ctx)
    : { qualite: "", authorisationReference: "" };
  const paper =
    convention.status === "EN_SIGNATURE" ? await offlineParties(ctx, convention.id) : [];
  const [proposals, bodies, reviews] = await Promise.all([
    listConventionProposals(ctx, convention.id),
    bodiesSteering(ctx, convention.id),
    listReviews(ctx, convention.id),
  ]);
  return (
    <ConventionDetailView
      ctx={ctx}
      convention={convention}
      listHref={listHref}
      scope={scopePropsOf(ctx, `${listHref}/${convention.id}`)}
      signerDefaults={signerDefaults}
      paper={paper}
      proposals={proposals}
      bodies={bodies}
      reviews={reviews}
      done={typeof done === "string" ? done : undefined}
    />
  );
}
