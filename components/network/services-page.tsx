import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { formatCents, formatDate, plural } from "@/lib/format";
import { centsToInput } from "@/lib/budgets/money";
import { listDigitalServices, serviceCollegeOptions } from "@/lib/network/services";
import { SERVICE_KIND_LABELS } from "@/lib/network/service-labels";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { ServiceForm, ServiceUsesForm } from "@/components/network/service-forms";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** The collectivité's catalogue of digital services, written by its agents. */
export async function ServicesPage({ ctx }: { ctx: AccessContext }) {
  const services = await listDigitalServices(ctx);
  const base = `${spaceHref(ctx)}/etablissements`;
  const path = `${base}/services`;
  const canEdit = ctx.permissions.has("referential.manage");
  const colleges = canEdit ? await serviceCollegeOptions(ctx) : [];
  const scope = scopePropsOf(ctx, path);
  return (
    <section aria-labelledby="services-titre" className="space-y-6">
      <p className="text-sm">
        <Link href={`${base}/reseau`}>← Réseau des collèges</Link>
      </p>
      <h1 id="services-titre">Catalogue des services numériques</h1>
      <p className="max-w-3xl text-slate-800">
        Les services que la collectivité fournit ou finance pour ses collèges (ENT, filtrage,
        gestion de flotte, logiciels, ressources…) : fournisseur, contrat, coût annuel, partie
        responsable et collèges qui les utilisent. Un collège peut nommer l&apos;un de ses services
        en signalant un incident.
      </p>
      <DataTable
        caption={`Services du catalogue (${plural(services.length, "service")})`}
        captionVisible
        rows={services}
        rowKey={(s) => s.id}
        empty="Aucun service au catalogue."
        columns={[
          { key: "name", header: "Service", rowHeader: true, cell: (s) => s.name },
          { key: "kind", header: "Type", cell: (s) => SERVICE_KIND_LABELS[s.kind] },
          { key: "provider", header: "Fournisseur", cell: (s) => s.provider },
          {
            key: "contract",
            header: "Contrat",
            cell: (s) =>
              s.contractEndsOn
                ? `jusqu'au ${formatDate(s.contractEndsOn)}`
                : s.contractStartsOn
                  ? `depuis le ${formatDate(s.contractStartsOn)}`
                  : "—",
          },
          {
            key: "cost",
            header: "Coût annuel",
            numeric: true,
            cell: (s) => (s.annualCostCents === null ? "—" : formatCents(s.annualCostCents)),
          },
          { key: "party", header: "Responsable", cell: (s) => PARTY_LABELS[s.responsibleParty] },
          { key: "uses", header: "Collèges", numeric: true, cell: (s) => String(s.uais.length) },
        ]}
      />
      {canEdit ? (
        <>
          <section aria-labelledby="service-ajout-titre" className="space-y-2">
            <h2 id="service-ajout-titre">Ajouter un service</h2>
            <ServiceForm {...scope} values={{ kind: "ENT", responsibleParty: "COLLECTIVITE" }} />
          </section>
          {services.map((s) => (
            <details key={s.id} className="rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-semibold">
                Modifier {s.name} et ses collèges
              </summary>
              <div className="mt-3 space-y-4">
                <ServiceForm
                  {...scope}
                  values={{
                    id: s.id,
                    kind: s.kind,
                    name: s.name,
                    provider: s.provider,
                    contractStartsOn: day(s.contractStartsOn),
                    contractEndsOn: day(s.contractEndsOn),
                    annualCost: centsToInput(s.annualCostCents),
                    responsibleParty: s.responsibleParty,
                    description: s.description ?? "",
                  }}
                />
                <ServiceUsesForm
                  {...scope}
                  serviceId={s.id}
                  serviceName={s.name}
                  colleges={colleges}
                  used={s.uais}
                />
              </div>
            </details>
          ))}
        </>
      ) : null}
    </section>
  );
}
