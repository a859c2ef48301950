import { scopePropsOf } from "@/components/forms/scope-fields";
import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { PARTY_IN_SENTENCE, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { formatDate, formatDateTime, plural } from "@/lib/format";
import { listMeetings } from "@/lib/governance/get-meeting";
import { bodyAttachmentOptions } from "@/lib/governance/create-body";
import { getBody, listBodies, type BodyListItem } from "@/lib/governance/list-bodies";
import {
  BODY_KIND_LABELS,
  CADENCE_LABELS,
  MEETING_STATUS_LABELS,
  MEMBER_ROLE_LABELS,
  MINUTES_STATUS_LABELS,
} from "@/lib/governance/vocabulary";
import { ScheduleMeetingForm } from "@/components/governance/meeting-forms";
import { SteeredConventionsSection } from "@/components/governance/steered-section";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/ui/detail-list";
import { BackHeading } from "@/components/ui/back-heading";
import {
  CreateBodyForm,
  DesignateMemberForm,
  EndMembershipForm,
} from "@/components/governance/body-forms";
import { orNotFound } from "@/app/_server/or-not-found";

/** What a body belongs to, in words. */
function attachmentOf(
  body: Pick<BodyListItem, "convention" | "etablissement" | "collectivite" | "academie">,
) {
  if (body.etablissement) return `${body.etablissement.name} (${body.etablissement.uai})`;
  const pair = `${body.collectivite.name} et académie de ${body.academie.name}`;
  return body.convention ? `Convention-cadre ${body.convention.reference} — ${pair}` : pair;
}

/** The bodies the context sees, with their co-chairs, and the form of a new one. */
export async function BodiesListPage({ ctx }: { ctx: AccessContext }) {
  const base = `${spaceHref(ctx)}/instances`;
  const manages = can(ctx, "governance.manage");
  const [bodies, attachments] = await Promise.all([
    listBodies(ctx),
    manages ? bodyAttachmentOptions(ctx) : [],
  ]);
  return (
    <div className="space-y-6">
      <section aria-labelledby="instances-titre">
        <h1 id="instances-titre">Instances de gouvernance</h1>
        <p className="mt-2 text-slate-800">
          Comités de pilotage, comités techniques, groupes de travail et commissions numériques :
          chaque partie y désigne ses membres et son coprésident, et la partie qui crée
          l&apos;instance en tient le secrétariat.
        </p>
        <DataTable
          caption="Instances de votre espace"
          className="mt-3"
          rows={bodies}
          rowKey={(b) => b.id}
          empty="Aucune instance pour l'instant."
          columns={[
            {
              key: "name",
              header: "Instance",
              rowHeader: true,
              cell: (b) => <Link href={`${base}/${b.id}`}>{b.name}</Link>,
            },
            { key: "kind", header: "Type", cell: (b) => BODY_KIND_LABELS[b.kind] },
            { key: "attachment", header: "Rattachement", cell: (b) => attachmentOf(b) },
            {
              key: "chairs",
              header: "Coprésidence",
              cell: (b) =>
                b.chairs.length === 0
                  ? "Aucun coprésident désigné"
                  : b.chairs.map((c) => `${c.name} (${PARTY_LABELS[c.party]})`).join(", "),
            },
            { key: "members", header: "Membres", numeric: true, cell: (b) => b.members },
            { key: "cadence", header: "Rythme", cell: (b) => CADENCE_LABELS[b.cadence] },
          ]}
        />
      </section>
      {manages && attachments.length > 0 ? (
        <section aria-labelledby="nouvelle-instance-titre" className="space-y-2">
          <h2 id="nouvelle-instance-titre">Nouvelle instance</h2>
          <CreateBodyForm
            {...scopePropsOf(ctx, base)}
            attachments={attachments}
            college={ctx.scope.type === "ETABLISSEMENT"}
          />
        </section>
      ) : null}
    </div>
  );
}

/** One body: what it belongs to, its members by party, and the context's own party's designations. */
export async function BodyDetailPage({ ctx, id }: { ctx: AccessContext; id: string }) {
  const base = `${spaceHref(ctx)}/instances`;
  const path = `${base}/${id}`;
  const { body, party, people } = await orNotFound(getBody(ctx, id));
  const meetings = await listMeetings(ctx, body.id);
  const secretariat = party !== null && party === body.secretariatParty;
  const current = body.members.filter((m) => m.endedAt === null);
  const ended = body.members.filter((m) => m.endedAt !== null);
  return (
    <article aria-labelledby="instance-titre" className="space-y-6">
      <BackHeading
        href={base}
        label="← Toutes les instances"
        title={body.name}
        titleId="instance-titre"
      />
      <DetailList
        rows={[
          ["Type", BODY_KIND_LABELS[body.kind]],
          ["Rattachement", attachmentOf(body)],
          ["Parties", body.parties.map((p) => PARTY_LABELS[p]).join(", ")],
          ["Secrétariat", PARTY_LABELS[body.secretariatParty]],
          ["Rythme des séances", CADENCE_LABELS[body.cadence]],
          ["Créée le", formatDate(body.createdAt)],
        ]}
      />
      <SteeredConventionsSection ctx={ctx} bodyId={body.id} path={path} secretariat={secretariat} />
      <section aria-labelledby="seances-titre" className="space-y-3">
        <h2 id="seances-titre">Séances</h2>
        <DataTable
          caption="Séances de l'instance, la plus récente d'abord"
          rows={meetings}
          rowKey={(m) => m.id}
          empty="Aucune séance pour l'instant."
          columns={[
            {
              key: "when",
              header: "Date",
              rowHeader: true,
              cell: (m) => (
                <Link href={`${base}/seances/${m.id}`}>{formatDateTime(m.startsAt)}</Link>
              ),
            },
            { key: "title", header: "Objet", cell: (m) => m.title },
            { key: "status", header: "Statut", cell: (m) => MEETING_STATUS_LABELS[m.status] },
            {
              key: "minutes",
              header: "Compte rendu",
              cell: (m) => (m.status === "ANNULEE" ? "—" : MINUTES_STATUS_LABELS[m.minutesStatus]),
            },
            {
              key: "decisions",
              header: "Décisions et actions",
              numeric: true,
              cell: (m) => m._count.decisions,
            },
          ]}
        />
        {secretariat ? (
          <details className="rounded-lg border border-slate-300 bg-white p-4">
            <summary className="cursor-pointer font-semibold">Programmer une séance</summary>
            <div className="mt-3">
              <ScheduleMeetingForm
                {...scopePropsOf(ctx, path)}
                bodyId={body.id}
                values={{
                  title: "",
                  day: "",
                  start: "14:00",
                  end: "16:00",
                  place: "",
                  videoUrl: "",
                  agenda: "",
                }}
              />
            </div>
          </details>
        ) : (
          <p className="text-sm text-slate-700">
            Le secrétariat ({PARTY_IN_SENTENCE[body.secretariatParty]}) programme et convoque les
            séances.
          </p>
        )}
      </section>
      {body.parties.map((p) => {
        const members = current.filter((m) => m.party === p);
        return (
          <section key={p} aria-labelledby={`membres-${p}`}>
            <h2 id={`membres-${p}`}>Pour {PARTY_IN_SENTENCE[p]}</h2>
            <DataTable
              caption={`Membres désignés pour ${PARTY_IN_SENTENCE[p]}`}
              className="mt-3"
              rows={members}
              rowKey={(m) => m.id}
              empty={
                p === party
                  ? "Votre partie n'a encore désigné personne : utilisez le formulaire ci-dessous."
                  : "Cette partie n'a encore désigné personne."
              }
              columns={[
                { key: "name", header: "Nom", rowHeader: true, cell: (m) => m.name },
                { key: "qualite", header: "Qualité", cell: (m) => m.qualite },
                { key: "role", header: "Rôle", cell: (m) => MEMBER_ROLE_LABELS[m.role] },
                { key: "email", header: "Adresse e-mail", cell: (m) => m.email ?? "—" },
                { key: "since", header: "Depuis le", cell: (m) => formatDate(m.createdAt) },
                ...(p === party
                  ? [
                      {
                        key: "end",
                        header: "Mandat",
                        cell: (m: (typeof members)[number]) => (
                          <EndMembershipForm
                            {...scopePropsOf(ctx, path)}
                            memberId={m.id}
                            name={m.name}
                          />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </section>
        );
      })}
      {party ? (
        <section aria-labelledby="designer-titre" className="space-y-2">
          <h2 id="designer-titre">Désigner un membre pour {PARTY_IN_SENTENCE[party]}</h2>
          <p className="text-sm text-slate-700">
            Chaque partie désigne ses propres membres ; les autres parties désignent les leurs
            depuis leur espace.
          </p>
          <DesignateMemberForm
            {...scopePropsOf(ctx, path)}
            bodyId={body.id}
            partyLabel={PARTY_IN_SENTENCE[party]}
            people={people.map((u) => ({ value: u.id, label: `${u.name} <${u.email}>` }))}
          />
        </section>
      ) : null}
      {ended.length > 0 ? (
        <section aria-labelledby="anciens-titre">
          <h2 id="anciens-titre">Mandats terminés</h2>
          <p className="mt-1 text-sm">
            {plural(ended.length, "mandat terminé", "mandats terminés")}.
          </p>
          <DataTable
            caption="Membres dont le mandat a pris fin"
            className="mt-3"
            rows={ended}
            rowKey={(m) => m.id}
            columns={[
              { key: "name", header: "Nom", rowHeader: true, cell: (m) => m.name },
              { key: "party", header: "Partie", cell: (m) => PARTY_LABELS[m.party] },
              { key: "qualite", header: "Qualité", cell: (m) => m.qualite },
              { key: "from", header: "Du", cell: (m) => formatDate(m.createdAt) },
              { key: "to", header: "Au", cell: (m) => formatDate(m.endedAt) },
            ]}
          />
        </section>
      ) : null}
    </article>
  );
}
