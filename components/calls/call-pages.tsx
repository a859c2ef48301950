import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { centsToInput } from "@/lib/budgets/money";
import { todayInParis } from "@/lib/dates";
import { formatCents, formatDate, formatDateTime, plural } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { academieLabel } from "@/lib/referentials/labels";
import { campaignBudgetLineOptions } from "@/lib/campaigns/form-options";
import { getCall, listCalls, type CallDetail } from "@/lib/calls/read-calls";
import { APPLICATION_STATUS_LABELS, CALL_PHASE_LABELS, eligibilityText } from "@/lib/calls/rules";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { Badge } from "@/components/ui/badge";
import { AgreeForm, CallForm, RemindCallForm, criteriaValues } from "@/components/calls/call-forms";
import { ClosedCallInstruction } from "@/components/calls/closed-call";
import { OwnDossier } from "@/components/calls/own-dossier";
import { DoneNotice } from "@/components/ui/done-notice";
import { orNotFound } from "@/app/_server/or-not-found";

const day = (date: Date) => date.toISOString().slice(0, 10);

const INTRO: Record<string, string> = {
  COLLECTIVITE:
    "Vos appels à projets : rédigez-les seul ou avec l'académie, publiez-les, recevez les dossiers des collèges éligibles.",
  ACADEMIE:
    "Les appels à projets conjoints des collectivités de l'académie : lisez le brouillon, donnez votre accord à la publication, recevez les dossiers.",
  ETABLISSEMENT:
    "Les appels à projets de votre collectivité auxquels votre collège peut répondre : rédigez le dossier, déposez-le avant la date limite.",
};

/** The calls of a space, and for the collectivité the form of a new one. */
export async function CallsListPage({ ctx }: { ctx: AccessContext }) {
  const base = `${spaceHref(ctx)}/appels`;
  const items = await listCalls(ctx);
  const writer = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("call.manage");
  const college = ctx.scope.type === "ETABLISSEMENT";
  const today = todayInParis();
  return (
    <section aria-labelledby="appels-titre" className="space-y-4">
      <h1 id="appels-titre">Appels à projets</h1>
      <p className="text-slate-800">{INTRO[ctx.scope.type]}</p>
      <p>
        <Link href={`${base}/programmes`}>Programmes de déploiement par vagues</Link>
      </p>
      <DataTable
        caption="Appels à projets, la date limite la plus lointaine d'abord"
        rows={items}
        rowKey={(c) => c.id}
        empty="Aucun appel à projets pour l'instant."
        columns={[
          {
            key: "title",
            header: "Appel",
            rowHeader: true,
            cell: (c) => <Link href={`${base}/${c.id}`}>{c.title}</Link>,
          },
          {
            key: "phase",
            header: "État",
            cell: (c) => (
              <Badge tone={c.phase === "OUVERT" ? "success" : "neutral"}>
                {CALL_PHASE_LABELS[c.phase]}
              </Badge>
            ),
          },
          {
            key: "pilot",
            header: "Pilotage",
            cell: (c) => (c.joint ? "Collectivité et académie" : "Collectivité"),
          },
          { key: "closes", header: "Date limite", cell: (c) => formatDate(c.closesOn) },
          {
            key: "envelope",
            header: "Enveloppe",
            numeric: true,
            cell: (c) => formatCents(c.envelopeCents),
          },
          college
            ? {
                key: "own",
                header: "Votre dossier",
                cell: (c) => (c.ownStatus ? APPLICATION_STATUS_LABELS[c.ownStatus] : "—"),
              }
            : {
                key: "deposited",
                header: "Dossiers déposés",
                numeric: true,
                cell: (c) => c.deposited,
              },
        ]}
      />
      {writer ? (
        <section aria-labelledby="nouvel-appel-titre" className="space-y-3">
          <h2 id="nouvel-appel-titre">Nouvel appel à projets</h2>
          <CallForm
            {...scopePropsOf(ctx, base)}
            budgetLines={await campaignBudgetLineOptions(ctx)}
            values={{
              title: "",
              objectives: "",
              joint: true,
              eligiblePublic: true,
              eligiblePrivate: false,
              prioritaireOnly: false,
              criteria: [],
              envelope: "",
              budgetLineId: "",
              opensOn: day(today),
              closesOn: day(new Date(today.getTime() + 45 * 86_400_000)),
              decisionOn: day(new Date(today.getTime() + 75 * 86_400_000)),
              categories: [],
              services: "",
              trainingRequired: "",
            }}
          />
        </section>
      ) : null}
    </section>
  );
}

/** Who agreed to publish, as the page says it: each party's member and when. */
function agreementRows(call: CallDetail): DetailRow[] {
  const said = (at: Date | null, by: string | null) =>
    at ? `accord de ${by ?? "—"} le ${formatDateTime(at)}` : "en attente";
  return [
    ["Accord de la collectivité", said(call.collectiviteAgreedAt, call.collectiviteAgreedByName)],
    ...(call.joint
      ? [
          [
            "Accord de l'académie",
            said(call.academieAgreedAt, call.academieAgreedByName),
          ] as DetailRow,
        ]
      : []),
  ];
}

function CallTerms({ call }: { call: CallDetail }) {
  const rows: DetailRow[] = [
    ["Collectivité", call.collectivite.name],
    [
      "Pilotage",
      call.academie
        ? `Conjoint avec ${academieLabel(call.academie.name).replace(/^A/, "l'a")}`
        : "Collectivité seule",
    ],
    ["Éligibles", eligibilityText(call)],
    ["Candidatures", `du ${formatDate(call.opensOn)} au ${formatDate(call.closesOn)} inclus`],
    ["Décision", formatDate(call.decisionOn)],
    ["Enveloppe", formatCents(call.envelopeCents)],
    ...(call.budgetLine
      ? [
          [
            "Financement",
            `${call.budgetLine.exercice} — ${call.budgetLine.chapitre} / ${call.budgetLine.nature} — ${call.budgetLine.label}`,
          ] as DetailRow,
        ]
      : []),
    ["Équipements proposés", call.categories.map((c) => CATEGORY_LABELS[c]).join(", ")],
    ...(call.services ? [["Services proposés", call.services] as DetailRow] : []),
    ["Formation demandée", call.trainingRequired],
    ...(call.status === "BROUILLON" ? agreementRows(call) : []),
    ...(call.publishedAt ? [["Publié le", formatDateTime(call.publishedAt)] as DetailRow] : []),
  ];
  return (
    <>
      <p className="whitespace-pre-line">{call.objectives}</p>
      <DetailList rows={rows} />
      <DataTable
        caption="Grille de notation"
        captionVisible
        rows={call.criteria}
        rowKey={(c) => c.label}
        columns={[
          { key: "label", header: "Critère", rowHeader: true, cell: (c) => c.label },
          { key: "weight", header: "Poids (points sur 100)", numeric: true, cell: (c) => c.weight },
        ]}
      />
    </>
  );
}

function DossiersTable({ call }: { call: CallDetail }) {
  return (
    <section aria-labelledby="dossiers-titre" className="space-y-2">
      <h2 id="dossiers-titre">Dossiers déposés</h2>
      <DataTable
        caption="Dossiers déposés par les collèges, dans l'ordre du dépôt"
        rows={call.applications}
        rowKey={(a) => a.id}
        empty="Aucun dossier déposé pour l'instant."
        columns={[
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (a) => `${a.etablissement.name} (${a.etablissement.communeName})`,
          },
          { key: "project", header: "Projet", cell: (a) => a.project },
          {
            key: "equipment",
            header: "Équipements demandés",
            cell: (a) =>
              a.equipment.map((l) => `${l.quantity} × ${CATEGORY_LABELS[l.category]}`).join(", "),
          },
          {
            key: "total",
            header: "Montant",
            numeric: true,
            cell: (a) => formatCents(a.totalCents),
          },
          {
            key: "at",
            header: "Déposé le",
            cell: (a) => (a.submittedAt ? formatDateTime(a.submittedAt) : "—"),
          },
        ]}
        totals={
          call.applications.length > 0
            ? {
                label: `${plural(call.applications.length, "dossier")}`,
                cells: {
                  total: formatCents(call.applications.reduce((s, a) => s + a.totalCents, 0)),
                },
              }
            : undefined
        }
      />
    </section>
  );
}

const DONE: Record<string, string> = {
  accord: "Votre accord est enregistré.",
  depot: "Votre dossier est déposé.",
  bilan: "Votre bilan est déposé : la collectivité et l'académie le lisent.",
};

/** One call in a space: its terms, the agreements, and what the member may do with it. */
export async function CallDetailPage({
  ctx,
  id,
  done,
}: {
  ctx: AccessContext;
  id: string;
  done?: string;
}) {
  const base = `${spaceHref(ctx)}/appels`;
  const path = `${base}/${id}`;
  const call = await orNotFound(getCall(ctx, id));
  const scope = scopePropsOf(ctx, path);
  return (
    <section aria-labelledby="appel-titre" className="space-y-4">
      <p className="text-sm">
        <Link href={base}>← Tous les appels à projets</Link>
      </p>
      <div>
        <h1 id="appel-titre">{call.title}</h1>
        <p className="mt-1">
          <Badge tone={call.phase === "OUVERT" ? "success" : "neutral"}>
            {CALL_PHASE_LABELS[call.phase]}
          </Badge>
        </p>
      </div>
      <DoneNotice done={done} messages={DONE} />
      <CallTerms call={call} />
      {call.can.agree ? (
        <section aria-labelledby="accord-titre" className="space-y-2">
          <h2 id="accord-titre">Publication</h2>
          <p>
            {call.joint
              ? "L'appel est publié quand la collectivité et l'académie ont chacune donné leur accord, sur le texte tel qu'il se lit ; une modification retire les accords déjà donnés."
              : "L'appel est publié dès votre accord ; il ne se modifie plus ensuite."}
          </p>
          <AgreeForm
            {...scope}
            callId={call.id}
            label={
              ctx.scope.type === "ACADEMIE"
                ? "Donner l'accord de l'académie"
                : "Donner l'accord de la collectivité"
            }
          />
        </section>
      ) : null}
      {call.can.edit ? (
        <section aria-labelledby="modifier-titre" className="space-y-2">
          <h2 id="modifier-titre">Modifier le brouillon</h2>
          <CallForm
            {...scope}
            budgetLines={await campaignBudgetLineOptions(ctx)}
            values={{
              callId: call.id,
              title: call.title,
              objectives: call.objectives,
              joint: call.joint,
              eligiblePublic: call.eligiblePublic,
              eligiblePrivate: call.eligiblePrivate,
              prioritaireOnly: call.prioritaireOnly,
              criteria: criteriaValues(call.criteria),
              envelope: centsToInput(call.envelopeCents),
              budgetLineId: call.budgetLineId ?? "",
              opensOn: day(call.opensOn),
              closesOn: day(call.closesOn),
              decisionOn: day(call.decisionOn),
              categories: call.categories,
              services: call.services ?? "",
              trainingRequired: call.trainingRequired,
            }}
          />
        </section>
      ) : null}
      {ctx.scope.type === "ETABLISSEMENT" ? (
        <OwnDossier ctx={ctx} call={call} path={path} />
      ) : call.phase === "CLOS" ? (
        <ClosedCallInstruction ctx={ctx} call={call} base={path} />
      ) : call.status === "PUBLIE" ? (
        <DossiersTable call={call} />
      ) : null}
      {call.can.remind ? (
        <section aria-labelledby="relance-titre" className="space-y-2">
          <h2 id="relance-titre">Relance</h2>
          <p>
            Un courriel aux chefs des collèges éligibles qui n&apos;ont pas encore déposé de dossier
            (une fois par jour au plus ; la plateforme relance aussi d&apos;elle-même 7 jours et 1
            jour avant la date limite).
          </p>
          <RemindCallForm {...scope} callId={call.id} />
        </section>
      ) : null}
    </section>
  );
}
