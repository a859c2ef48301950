import type { ReactNode } from "react";
import type { EquipmentDetail as Detail } from "@/lib/inventory/get-equipment";
import { CATEGORY_LABELS, FUNDING_LABELS, USAGE_LABELS } from "@/lib/inventory/labels";
import { auditActionLabel, describeAuditChanges } from "@/lib/audit/labels";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import { updateEquipmentAction, updateEquipmentStatusAction } from "@/app/actions/equipment";
import { EquipmentStatusBadge } from "@/components/inventory/equipment-status-badge";
import { DetailPage, type DetailRow } from "@/components/ui/detail-list";
import { EquipmentForm, EquipmentStatusForm } from "@/components/inventory/equipment-form";
import type { EquipmentFormValues } from "@/components/inventory/equipment-values";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const euros = (cents: number | null) =>
  cents === null ? "" : (cents / 100).toFixed(2).replace(".", ",");

export function equipmentFormValues(e: Detail["equipment"]): EquipmentFormValues {
  return {
    id: e.id,
    uai: e.etablissement.uai,
    category: e.category,
    manufacturer: e.manufacturer ?? "",
    model: e.model ?? "",
    serialNumber: e.serialNumber ?? "",
    inventoryNumber: e.inventoryNumber ?? "",
    acquiredOn: day(e.acquiredOn),
    warrantyEndsOn: day(e.warrantyEndsOn),
    status: e.status,
    location: e.location ?? "",
    usage: e.usage,
    fundingSource: e.fundingSource ?? "",
    purchaseCost: euros(e.purchaseCostCents),
  };
}

interface Props {
  detail: Detail;
  listHref: string;
  scope: { scopeType: string; scopeKey: string };
  path: string;
  /** Collectivité agents: every field, and the collège list to move it. */
  edit: { etablissements: { uai: string; name: string; communeName: string }[] } | null;
  canUpdateStatus: boolean;
  done?: string;
  /** What other modules show of the equipment (its incidents), before its history. */
  children?: ReactNode;
}

export function EquipmentDetailView({
  detail,
  listHref,
  scope,
  path,
  edit,
  canUpdateStatus,
  done,
  children,
}: Props) {
  const { equipment: e, history } = detail;
  const title = `${CATEGORY_LABELS[e.category]}${e.model ? ` ${[e.manufacturer, e.model].filter(Boolean).join(" ")}` : ""}`;
  const rows: DetailRow[] = [
    [
      "Établissement",
      `${e.etablissement.name} (${e.etablissement.uai}), ${e.etablissement.communeName}`,
    ],
    ["Catégorie", CATEGORY_LABELS[e.category]],
    ["Fabricant", e.manufacturer ?? "—"],
    ["Modèle", e.model ?? "—"],
    ["Numéro de série", e.serialNumber ?? "—"],
    ["Numéro d'inventaire", e.inventoryNumber ?? "—"],
    ["Date d'acquisition", e.acquiredOn ? formatDate(e.acquiredOn) : "—"],
    ["Fin de garantie", e.warrantyEndsOn ? formatDate(e.warrantyEndsOn) : "—"],
    ["Statut", <EquipmentStatusBadge key="s" status={e.status} />],
    ["Emplacement", e.location ?? "—"],
    ["Usage", USAGE_LABELS[e.usage]],
    ["Financement", e.fundingSource ? FUNDING_LABELS[e.fundingSource] : "—"],
    ["Coût d'achat", e.purchaseCostCents === null ? "—" : formatCents(e.purchaseCostCents)],
    [
      "Renouvellement",
      e.plannedRenewalYear
        ? `prévu en ${e.plannedRenewalYear} (ajusté${e.renewalNote ? ` : ${e.renewalNote}` : ""})`
        : "calculé d'après le référentiel",
    ],
    [
      "Provenance",
      e.import
        ? `${e.import.format === "DEMO" ? "données fictives de démonstration" : `import « ${e.import.fileName} »`}${e.import.committedAt ? ` du ${formatDate(e.import.committedAt)}` : ""}`
        : "saisie manuelle",
    ],
  ];
  return (
    <DetailPage
      titleId="equipement-titre"
      title={title}
      backHref={listHref}
      backLabel="← Tous les équipements"
      done={done}
      createdMessage="Équipement ajouté."
      rows={rows}
    >
      {canUpdateStatus && !edit ? (
        <section aria-labelledby="statut-titre">
          <h2 id="statut-titre">Statut et emplacement</h2>
          <EquipmentStatusForm
            action={updateEquipmentStatusAction}
            id={e.id}
            status={e.status}
            location={e.location ?? ""}
            {...scope}
            path={path}
          />
        </section>
      ) : null}
      {edit ? (
        <section aria-labelledby="modifier-titre">
          <h2 id="modifier-titre">Modifier l&apos;équipement</h2>
          <EquipmentForm
            action={updateEquipmentAction}
            values={equipmentFormValues(e)}
            etablissements={edit.etablissements}
            submitLabel="Enregistrer les modifications"
            {...scope}
            path={path}
          />
        </section>
      ) : null}
      {children}
      <section aria-labelledby="historique-titre">
        <h2 id="historique-titre">Historique</h2>
        {history.length === 0 ? (
          <p>Aucune modification enregistrée depuis l&apos;import ou la saisie.</p>
        ) : (
          <ol className="mt-2 space-y-2">
            {history.map((event) => {
              const { changed } = describeAuditChanges(event.before, event.after);
              return (
                <li
                  key={event.seq}
                  className="rounded border border-slate-200 bg-white p-3 text-sm"
                >
                  <p>
                    <strong>{auditActionLabel(event.action)}</strong> —{" "}
                    {formatDateTime(event.occurredAt)}, {event.actorLabel}
                  </p>
                  {changed.length > 0 ? (
                    <ul className="mt-1 list-disc pl-6">
                      {changed.map((c) => (
                        <li key={c.key}>
                          {c.label} : {c.before === "—" || c.before === "" ? "" : `${c.before} → `}
                          {c.after}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </DetailPage>
  );
}
