import "server-only";
import type { SpacePageProps } from "@/components/layout/space-page";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import { getEquipment } from "@/lib/inventory/get-equipment";
import { listEquipment } from "@/lib/inventory/list-equipment";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { incidentCollegeOptions } from "@/lib/assistance/list-incidents";
import { findVisitToReportFrom } from "@/lib/assistance/equipment-incidents";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENTS_PER_FORM } from "@/lib/assistance/attachments";
import { DOMAIN_OF_CATEGORY } from "@/lib/assistance/vocabulary";
import { formatDate } from "@/lib/format";
import { BackHeading } from "@/components/ui/back-heading";
import { collegeOptions } from "@/components/inventory/college-filter-fields";
import { EquipmentPicker } from "@/components/assistance/equipment-picker";
import { ReportForm } from "@/components/assistance/report-form";
import { searchParam } from "@/app/_pages/search-param";
import { reportableServices } from "@/lib/network/services";
import { orNullIfNotFound } from "@/app/_server/or-not-found";

/**
 * « Signaler un incident »: the equipment picked from the collège's inventory (`?equipement=`),
 * the visit it was found on (`?visite=`), then the report; once sent, the incident's page says
 * where it was routed.
 */
export async function ReportIncidentPage({ ctx, searchParams }: SpacePageProps) {
  const listHref = `${spaceHref(ctx)}/assistance`;
  const path = `${listHref}/signaler`;
  const equipmentId = searchParam(searchParams, "equipement") ?? "";
  const visitId = searchParam(searchParams, "visite") ?? "";
  const q = searchParam(searchParams, "q");
  const category = searchParam(searchParams, "category");
  const [detail, visit, colleges, services] = await Promise.all([
    equipmentId ? orNullIfNotFound(getEquipment(ctx, equipmentId)) : null,
    visitId ? findVisitToReportFrom(ctx, visitId) : null,
    incidentCollegeOptions(ctx),
    reportableServices(ctx),
  ]);
  const equipment = detail?.equipment ?? null;
  const own = ctx.scope.type === "ETABLISSEMENT" ? ctx.scope.uai : "";
  const uai =
    own ||
    equipment?.etablissement.uai ||
    visit?.etablissement.uai ||
    (searchParam(searchParams, "uai") ?? "").toUpperCase();
  const searched = q !== undefined && (uai !== "" || own !== "");
  const results = searched
    ? (await listEquipment(ctx, { q, uai: own ? undefined : uai, category, pageSize: 20 })).items
    : null;
  const keep = (extra: Record<string, string>) =>
    `${path}?${new URLSearchParams({ ...(visit ? { visite: visit.id } : {}), ...extra })}`;
  const options = collegeOptions(colleges);
  return (
    <article aria-labelledby="signaler-titre" className="space-y-6">
      <BackHeading
        href={listHref}
        label="← Tous les incidents"
        title="Signaler un incident"
        titleId="signaler-titre"
      />
      <p>
        L&apos;incident est aiguillé selon la convention en vigueur du collège : sa page dira vers
        quelle file, à quel niveau, et le délai qui s&apos;applique.
      </p>
      {visit ? (
        <p className="rounded border border-blue-700 bg-blue-50 p-2 text-blue-900">
          Signalement rattaché à la visite du {formatDate(visit.plannedOn)} au collège{" "}
          {visit.etablissement.name}.
        </p>
      ) : visitId ? (
        <p role="alert" className="text-red-800">
          Cette visite est introuvable : le signalement n&apos;y sera pas rattaché.
        </p>
      ) : null}
      {equipment ? (
        <p className="rounded border border-slate-300 bg-white p-3">
          <strong>Équipement :</strong> {CATEGORY_LABELS[equipment.category]}{" "}
          {[equipment.manufacturer, equipment.model].filter(Boolean).join(" ")}
          {equipment.serialNumber ? `, n° de série ${equipment.serialNumber}` : ""}
          {equipment.inventoryNumber ? `, n° d'inventaire ${equipment.inventoryNumber}` : ""} —{" "}
          {equipment.etablissement.name}.{" "}
          <a href={keep(own ? {} : { uai })}>Changer d&apos;équipement</a>
        </p>
      ) : (
        <>
          {equipmentId ? (
            <p role="alert" className="text-red-800">
              Cet équipement est introuvable dans votre inventaire : choisissez-en un autre.
            </p>
          ) : null}
          <EquipmentPicker
            action={path}
            values={{ uai, q, category, visite: visit?.id }}
            colleges={own ? [] : options}
            results={results}
            pickHref={(e) => keep({ equipement: e.id })}
          />
        </>
      )}
      <section aria-labelledby="signalement-titre" className="space-y-2">
        <h2 id="signalement-titre">Le signalement</h2>
        <ReportForm
          // A new equipment or visit picked (client navigation) prefills a fresh form.
          key={`${equipment?.id ?? ""}:${visit?.id ?? ""}:${uai}`}
          scopeType={ctx.scope.type}
          scopeKey={spaceKey(ctx)}
          path={path}
          defaults={{
            uai,
            domain: equipment ? DOMAIN_OF_CATEGORY[equipment.category] : "",
            equipmentId: equipment?.id ?? "",
            visitId: visit?.id ?? "",
            room: equipment?.location ?? "",
          }}
          colleges={own ? [] : options}
          services={services.map((s) => ({ value: s.id, label: `${s.name} (${s.provider})` }))}
          files={{ accept: ATTACHMENT_ACCEPT, max: MAX_ATTACHMENTS_PER_FORM }}
        />
      </section>
    </article>
  );
}
