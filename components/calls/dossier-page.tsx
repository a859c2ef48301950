import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { todayInParisIso } from "@/lib/dates";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { CALL_PARTY_LABELS } from "@/lib/calls/instruction-rules";
import {
  getApplicationForInstruction,
  type ApplicationForInstruction,
} from "@/lib/calls/read-instruction";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import {
  AssessmentForm,
  ConfirmDecisionForm,
  DecisionForm,
  DeliveryForm,
  ScoreForm,
} from "@/components/calls/instruction-forms";
import { decisionText, otherScoreText, scoreLine } from "@/components/calls/instruction-view";
import { ReportsList, scheduleRows } from "@/components/calls/reports-list";
import { AttachmentsList } from "@/components/calls/attachments-list";
import { DoneNotice } from "@/components/ui/done-notice";
import { orNotFound } from "@/app/_server/or-not-found";

const DONE: Record<string, string> = {
  notation: "Votre notation est enregistrée.",
  proposition: "Votre décision est enregistrée.",
  decision: "La décision est prise : le collège en est informé.",
  livraison: "La livraison est enregistrée et l'équipement inventorié.",
  appreciation: "L'appréciation de l'académie est enregistrée.",
};

function DossierText({ a, callPath }: { a: ApplicationForInstruction; callPath: string }) {
  const rows: DetailRow[] = [
    ["Collège", `${a.etablissement.name} (${a.etablissement.communeName}, ${a.etablissement.uai})`],
    ["Déposé", `le ${formatDateTime(a.submittedAt)} par ${a.submittedByName ?? "—"}`],
    [
      "Le projet",
      <span key="p" className="whitespace-pre-line">
        {a.project}
      </span>,
    ],
    ["Lien avec le projet d'établissement", a.projetEtablissement],
    ["Classes concernées", a.classes],
    ["Enseignants engagés", String(a.teachers)],
    ["Besoins de formation", a.trainingNeeds],
    [
      "Avis du conseil pédagogique",
      a.conseilPedagogiqueOn ? `du ${formatDate(a.conseilPedagogiqueOn)}` : "non daté",
    ],
  ];
  return (
    <>
      <DetailList rows={rows} />
      <DataTable
        caption="Équipements demandés, au coût du référentiel de la collectivité"
        captionVisible
        rows={a.equipment}
        rowKey={(l) => l.category}
        columns={[
          {
            key: "category",
            header: "Équipement",
            rowHeader: true,
            cell: (l) => CATEGORY_LABELS[l.category],
          },
          { key: "quantity", header: "Quantité", numeric: true, cell: (l) => l.quantity },
          {
            key: "unit",
            header: "Coût unitaire",
            numeric: true,
            cell: (l) => formatCents(l.unitCostCents),
          },
          {
            key: "total",
            header: "Montant",
            numeric: true,
            cell: (l) => formatCents(l.quantity * l.unitCostCents),
          },
        ]}
        totals={{ label: "Total demandé", cells: { total: formatCents(a.requestedCents) } }}
      />
      <h2>Pièces jointes</h2>
      <AttachmentsList files={a.attachments} callPath={callPath} />
    </>
  );
}

function Scoring({
  a,
  scope,
}: {
  a: ApplicationForInstruction;
  scope: ReturnType<typeof scopePropsOf>;
}) {
  const { own, other } = a.scoresView;
  const otherName = a.reader === "COLLECTIVITE" ? "l'académie" : "la collectivité";
  return (
    <section aria-labelledby="notation-titre" className="space-y-2">
      <h2 id="notation-titre">Notation</h2>
      <DetailList
        rows={[
          ["Votre notation", own ? scoreLine(own, a.criteria) : "pas encore donnée"],
          ...(own?.note ? [["Votre note interne", own.note] as DetailRow] : []),
          ...(a.joint
            ? [
                [
                  `Notation de ${otherName}`,
                  other ? scoreLine(other, a.criteria) : otherScoreText(a.scoresView),
                ] as DetailRow,
              ]
            : []),
          ...(a.scoresView.gap !== null
            ? [
                [
                  "Écart entre les parties",
                  `${a.scoresView.gap} points${a.scoresView.disagreement ? " : désaccord à discuter en comité" : ""}`,
                ] as DetailRow,
              ]
            : []),
        ]}
      />
      {a.can.score ? (
        <ScoreForm
          {...scope}
          applicationId={a.id}
          criteria={a.criteria}
          points={own?.points ?? null}
          note={own?.note ?? ""}
        />
      ) : null}
    </section>
  );
}

function Decision({
  a,
  scope,
}: {
  a: ApplicationForInstruction;
  scope: ReturnType<typeof scopePropsOf>;
}) {
  const said = (at: Date | null, by: string | null) =>
    at ? `par ${by ?? "—"} le ${formatDateTime(at)}` : "en attente";
  const rows: DetailRow[] = [
    ["Décision", decisionText(a)],
    ...(a.grantedCents !== null
      ? [["Montant accordé", formatCents(a.grantedCents)] as DetailRow]
      : []),
    ...(a.decisionReasons ? [["Conditions ou motifs", a.decisionReasons] as DetailRow] : []),
    ...(a.decision
      ? [
          [
            "Accord de la collectivité",
            said(a.decisionCollectiviteAt, a.decisionCollectiviteByName),
          ] as DetailRow,
          ...(a.joint
            ? [
                [
                  "Accord de l'académie",
                  said(a.decisionAcademieAt, a.decisionAcademieByName),
                ] as DetailRow,
              ]
            : []),
        ]
      : []),
  ];
  return (
    <section aria-labelledby="decision-titre" className="space-y-2">
      <h2 id="decision-titre">Décision du comité</h2>
      <DetailList rows={rows} />
      {a.can.confirm && a.proposedAt ? (
        <>
          <p>
            {`Décision proposée par ${CALL_PARTY_LABELS[a.decisionProposedBy!]} : confirmez-la pour qu'elle soit prise, ou proposez-en une autre ci-dessous.`}
          </p>
          <ConfirmDecisionForm
            {...scope}
            applicationId={a.id}
            proposedAt={a.proposedAt.toISOString()}
          />
        </>
      ) : null}
      {a.can.propose ? (
        <DecisionForm
          {...scope}
          applicationId={a.id}
          requested={formatCents(a.requestedCents)}
          final={!a.joint}
        />
      ) : a.can.score && !a.decidedAt ? (
        <p>
          La décision se propose une fois le dossier noté par{" "}
          {a.joint ? "les deux parties" : "la collectivité"}.
        </p>
      ) : null}
    </section>
  );
}

function FollowUp({
  a,
  scope,
}: {
  a: ApplicationForInstruction;
  scope: ReturnType<typeof scopePropsOf>;
}) {
  if (!a.decidedAt || a.grantedCents === null) return null;
  return (
    <section aria-labelledby="suivi-titre" className="space-y-2">
      <h2 id="suivi-titre">Financement, livraison et suivi</h2>
      <DetailList
        rows={[
          ["Attribution au collège", `${formatCents(a.grantedCents)} (crédits d'équipement)`],
          [
            "Livraison",
            a.deliveredOn ? `le ${formatDate(a.deliveredOn)}, équipement inventorié` : "à venir",
          ],
          ...scheduleRows(a.schedule),
        ]}
      />
      {a.can.deliver ? (
        <DeliveryForm {...scope} applicationId={a.id} today={todayInParisIso()} />
      ) : null}
      <ReportsList
        reports={a.reports}
        assess={
          a.can.assess
            ? (r) => <AssessmentForm {...scope} reportId={r.id} milestone={r.milestone} />
            : undefined
        }
      />
    </section>
  );
}

/** One deposited dossier as the collectivité or the co-pilot académie instructs and follows it. */
export async function DossierPage({
  ctx,
  callId,
  dossierId,
  done,
}: {
  ctx: AccessContext;
  callId: string;
  dossierId: string;
  done?: string;
}) {
  const callPath = `${spaceHref(ctx)}/appels/${callId}`;
  const path = `${callPath}/dossiers/${dossierId}`;
  const a = await orNotFound(getApplicationForInstruction(ctx, callId, dossierId));
  const scope = scopePropsOf(ctx, path);
  return (
    <section aria-labelledby="dossier-titre" className="space-y-4">
      <p className="text-sm">
        <Link href={callPath}>{`← ${a.call.title}`}</Link>
      </p>
      <h1 id="dossier-titre">{`Dossier de ${a.etablissement.name}`}</h1>
      <DoneNotice done={done} messages={DONE} />
      <DossierText a={a} callPath={callPath} />
      <Scoring a={a} scope={scope} />
      <Decision a={a} scope={scope} />
      <FollowUp a={a} scope={scope} />
    </section>
  );
}
