import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { displayStatus, STATUS_LABELS } from "@/lib/conventions/machine";
import { formatDate } from "@/lib/format";
import { steerableConventions, steeredConventions } from "@/lib/governance/steered-conventions";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { SteerConventionForm, UnsteerConventionForm } from "@/components/governance/body-forms";

/**
 * The conventions a body steers, each linked to its page in the reader's space; the secretariat
 * adds or takes them out.
 */
export async function SteeredConventionsSection({
  ctx,
  bodyId,
  path,
  secretariat,
}: {
  ctx: AccessContext;
  bodyId: string;
  /** The body's page, where the forms return. */
  path: string;
  secretariat: boolean;
}) {
  const [steered, steerable] = await Promise.all([
    steeredConventions(ctx, bodyId),
    secretariat ? steerableConventions(ctx, bodyId) : Promise.resolve([]),
  ]);
  const conventions = `${spaceHref(ctx)}/conventions`;
  return (
    <section aria-labelledby="pilotees-titre" className="space-y-3">
      <h2 id="pilotees-titre">Conventions pilotées</h2>
      <DataTable
        caption="Conventions que l'instance pilote"
        rows={steered}
        rowKey={(c) => c.id}
        empty="L'instance ne pilote encore aucune convention."
        columns={[
          {
            key: "reference",
            header: "Référence",
            rowHeader: true,
            cell: (c) => <Link href={`${conventions}/${c.id}`}>{c.reference}</Link>,
          },
          { key: "title", header: "Titre", cell: (c) => c.title },
          { key: "kind", header: "Type", cell: (c) => KIND_LABELS[c.kind] },
          {
            key: "status",
            header: "Statut",
            cell: (c) => STATUS_LABELS[displayStatus(c.status, c.endsOn)],
          },
          { key: "since", header: "Pilotée depuis le", cell: (c) => formatDate(c.addedAt) },
          ...(secretariat
            ? [
                {
                  key: "remove",
                  header: "Pilotage",
                  cell: (c: (typeof steered)[number]) => (
                    <UnsteerConventionForm
                      {...scopePropsOf(ctx, path)}
                      bodyId={bodyId}
                      conventionId={c.id}
                      reference={c.reference}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {secretariat && steerable.length > 0 ? (
        <SteerConventionForm
          {...scopePropsOf(ctx, path)}
          bodyId={bodyId}
          conventions={steerable.map((c) => ({
            value: c.id,
            label: `${c.reference} — ${c.title}`,
          }))}
        />
      ) : null}
    </section>
  );
}
