import type { AccessContext } from "@/lib/access/context";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import type { EquipmentCategory } from "@/lib/inventory/labels";
import type { CallDetail } from "@/lib/calls/read-calls";
import { DECISION_LABELS } from "@/lib/calls/instruction-rules";
import { ownFollowUp, type OwnFollowUp } from "@/lib/calls/read-instruction";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { ApplicationForm, SubmitApplicationForm } from "@/components/calls/call-forms";
import { ReportForm } from "@/components/calls/instruction-forms";
import { ReportsList, scheduleRows } from "@/components/calls/reports-list";
import { AttachmentsList } from "@/components/calls/attachments-list";
import { DossierFilesForm } from "@/components/calls/dossier-files-form";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENTS_PER_FORM } from "@/lib/assistance/attachments";
import { MAX_DOSSIER_ATTACHMENTS } from "@/lib/calls/attachments";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The decision on the collège's dossier, its delivery and its reports, with the next report's form. */
function FollowUp({
  follow,
  callId,
  scope,
}: {
  follow: OwnFollowUp;
  callId: string;
  scope: ReturnType<typeof scopePropsOf>;
}) {
  const next = follow.schedule.find((s) => s.state !== "DEPOSE");
  const rows: DetailRow[] = [
    ["Décision", `${DECISION_LABELS[follow.decision]}, le ${formatDate(follow.decidedAt)}`],
    ...(follow.grantedCents !== null
      ? [["Montant accordé", formatCents(follow.grantedCents)] as DetailRow]
      : []),
    ...(follow.reasons ? [["Conditions ou motifs", follow.reasons] as DetailRow] : []),
    ...(follow.grantedCents !== null
      ? [
          [
            "Livraison",
            follow.deliveredOn
              ? `le ${formatDate(follow.deliveredOn)} ; l'équipement est à votre inventaire`
              : "à venir",
          ] as DetailRow,
          ...scheduleRows(follow.schedule),
        ]
      : []),
  ];
  return (
    <section aria-labelledby="decision-titre" className="space-y-2">
      <h2 id="decision-titre">Décision et suivi du projet</h2>
      <DetailList rows={rows} />
      {follow.grantedCents !== null ? <ReportsList reports={follow.reports} /> : null}
      {follow.canReport && next ? (
        <>
          <h3>{`Bilan à ${next.milestone} mois`}</h3>
          <ReportForm {...scope} callId={callId} milestone={next.milestone} />
        </>
      ) : null}
    </section>
  );
}

/**
 * The collège's own dossier: the form while the call is open, then what it deposited, and once the
 * committee has decided, the decision and the project's follow-up.
 */
export async function OwnDossier({
  ctx,
  call,
  path,
}: {
  ctx: AccessContext;
  call: CallDetail;
  path: string;
}) {
  const own = call.applications[0] ?? null;
  const scope = scopePropsOf(ctx, path);
  if (own?.status === "DEPOSE") {
    const follow = await ownFollowUp(ctx, call.id);
    return (
      <>
        <section aria-labelledby="dossier-titre" className="space-y-2">
          <h2 id="dossier-titre">Votre dossier</h2>
          <p>
            Déposé le {formatDateTime(own.submittedAt)} par {own.submittedByName} : demande chiffrée
            à {formatCents(own.totalCents)}.
            {follow ? "" : " Le comité l'instruit ; vous lirez ici sa décision une fois prise."}
          </p>
          <h3>Pièces jointes</h3>
          <AttachmentsList files={own.attachments} callPath={path} />
        </section>
        {follow ? <FollowUp follow={follow} callId={call.id} scope={scope} /> : null}
      </>
    );
  }
  if (!call.can.apply)
    return (
      <section aria-labelledby="dossier-titre" className="space-y-2">
        <h2 id="dossier-titre">Votre dossier</h2>
        <p>
          {call.phase === "A_VENIR"
            ? `Les candidatures ouvrent le ${formatDate(call.opensOn)}.`
            : call.phase === "CLOS"
              ? `La date limite de dépôt (${formatDate(call.closesOn)}) est passée${own ? " : votre brouillon n'a pas été déposé." : "."}`
              : "Seuls le chef d'établissement et le référent numérique rédigent le dossier."}
        </p>
      </section>
    );
  const unitCosts = Object.fromEntries(
    call.categories.map((c) => [c, formatCents(call.unitCostCents[c] ?? 0)]),
  ) as Partial<Record<EquipmentCategory, string>>;
  return (
    <section aria-labelledby="dossier-titre" className="space-y-3">
      <h2 id="dossier-titre">Votre dossier</h2>
      <p>
        {own
          ? `Brouillon enregistré : demande chiffrée à ${formatCents(own.totalCents)}. Déposez-le avant le ${formatDate(call.closesOn)} inclus.`
          : `Rédigez le dossier, enregistrez-le, puis déposez-le avant le ${formatDate(call.closesOn)} inclus.`}
      </p>
      <ApplicationForm
        {...scope}
        callId={call.id}
        offered={call.categories}
        unitCosts={unitCosts}
        values={{
          project: own?.project ?? "",
          projetEtablissement: own?.projetEtablissement ?? "",
          classes: own?.classes ?? "",
          teachers: own ? String(own.teachers) : "",
          trainingNeeds: own?.trainingNeeds ?? "",
          conseilPedagogiqueOn: own?.conseilPedagogiqueOn ? day(own.conseilPedagogiqueOn) : "",
          quantities: Object.fromEntries(
            (own?.equipment ?? []).map((l) => [l.category, String(l.quantity)]),
          ),
        }}
      />
      {own ? (
        <>
          <h3>Pièces jointes</h3>
          <p>
            Photos ou PDF utiles au comité (avis du conseil pédagogique, plan des salles…),
            jusqu&apos;à {MAX_DOSSIER_ATTACHMENTS} par dossier ; ils ne se retirent plus une fois le
            dossier déposé.
          </p>
          <AttachmentsList files={own.attachments} callPath={path} />
          <DossierFilesForm
            {...scope}
            callId={call.id}
            files={{ accept: ATTACHMENT_ACCEPT, max: MAX_ATTACHMENTS_PER_FORM }}
          />
          <SubmitApplicationForm {...scope} callId={call.id} />
        </>
      ) : null}
    </section>
  );
}
