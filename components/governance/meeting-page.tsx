import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { PARTY_IN_SENTENCE, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { parisDayAndTime } from "@/lib/dates";
import { formatBytes, formatDate, formatDateTime } from "@/lib/format";
import { getMeeting, type MeetingView } from "@/lib/governance/get-meeting";
import { documentSources } from "@/lib/governance/meeting-documents";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENTS_PER_FORM } from "@/lib/assistance/attachments";
import { meetingWhen } from "@/lib/governance/meeting-time";
import { describeDecision } from "@/lib/governance/minutes-pdf";
import {
  ACTION_STATE_LABELS,
  APPROVAL_STATUS_LABELS,
  ATTENDANCE_LABELS,
  MEETING_STATUS_LABELS,
  MINUTES_STATUS_LABELS,
  OPEN_ACTION_STATES,
} from "@/lib/governance/vocabulary";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { BackHeading } from "@/components/ui/back-heading";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/ui/detail-list";
import {
  ActionStateForm,
  ApproveMinutesForms,
  AttendanceForm,
  CancelMeetingForm,
  DecisionForm,
  MeetingDocumentsForm,
  MeetingStepForm,
  RemoveMeetingDocumentForm,
  MinutesForm,
  RemoveDecisionForm,
  UpdateMeetingForm,
  type MeetingFormValues,
} from "@/components/governance/meeting-forms";
import { orNotFound } from "@/app/_server/or-not-found";

type Decision = MeetingView["decisions"][number];

/** The form's values of a meeting: its Paris day and times, its agenda one item per line. */
export function meetingFormValues(meeting: {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoUrl: string | null;
  agenda: readonly { title: string; presenter: string | null }[];
}): MeetingFormValues {
  const start = parisDayAndTime(meeting.startsAt);
  return {
    title: meeting.title,
    day: start.day,
    start: start.time,
    end: parisDayAndTime(meeting.endsAt).time,
    place: meeting.place ?? "",
    videoUrl: meeting.videoUrl ?? "",
    agenda: meeting.agenda
      .map((i) => (i.presenter ? `${i.title} — ${i.presenter}` : i.title))
      .join("\n"),
  };
}

/** What the last step did (`?fait=` after it reloaded the page), said from the meeting's state. */
function doneMessage(done: string | undefined, view: MeetingView): string | null {
  const { meeting } = view;
  switch (done) {
    case "figee":
      return `Compte rendu figé (empreinte ${meeting.frozenSha256?.slice(0, 12) ?? "—"}…) et soumis à l'approbation des coprésidents, prévenus par courriel.`;
    case "approuvee":
      return meeting.minutesStatus === "APPROUVE"
        ? "Votre approbation est enregistrée : le compte rendu est approuvé par chaque coprésident."
        : "Votre approbation est enregistrée.";
    case "correction":
      return "Correction demandée : le compte rendu retourne au secrétariat, avec votre demande.";
    case "reprise":
      return "Le compte rendu est repris en rédaction ; les approbations attendues sont annulées.";
    case "annulee":
      return "Séance annulée : les membres convoqués ont reçu l'annulation pour leur agenda.";
    default:
      return null;
  }
}

function ownerOf(d: Pick<Decision, "ownerParty" | "ownerMember">) {
  if (!d.ownerParty) return "—";
  return `${PARTY_LABELS[d.ownerParty]}${d.ownerMember ? ` (${d.ownerMember.name})` : ""}`;
}

/** One meeting: convocation, agenda, attendance, minutes, decisions, approvals, actions. */
export async function MeetingPage({
  ctx,
  id,
  done,
}: {
  ctx: AccessContext;
  id: string;
  /** What the last step did (`?fait=`). */
  done?: string;
}) {
  const view = await orNotFound(getMeeting(ctx, id));
  const { meeting, roll, decisions, carried, round, history, party, can } = view;
  const base = `${spaceHref(ctx)}/instances`;
  const path = `${base}/seances/${meeting.id}`;
  const scope = scopePropsOf(ctx, path);
  const cancelled = meeting.status === "ANNULEE";
  const approved = meeting.minutesStatus === "APPROUVE";
  const ownApproval = round.find((a) => a.userId === ctx.user.id && a.status === "EN_ATTENTE");
  const itemLabel = (i: { position: number; title: string }) => `${i.position + 1}. ${i.title}`;
  const decisionsOf = (agendaItemId: string | null) =>
    decisions.filter((d) => d.agendaItemId === agendaItemId);
  const follows = (d: { ownerParty: string | null; state: string | null }) =>
    can.follow &&
    d.ownerParty === party &&
    (OPEN_ACTION_STATES as readonly string[]).includes(d.state ?? "");

  const decisionList = (list: readonly Decision[]) =>
    list.length === 0 ? null : (
      <ul className="mt-2 space-y-2">
        {list.map((d) => (
          <li key={d.id} className="rounded border border-slate-200 bg-white p-2 text-sm">
            {describeDecision({ ...d, ownerName: d.ownerMember?.name ?? null })}
            {d.kind === "ACTION" && approved && d.state ? (
              <span className="block text-slate-700">
                État : {ACTION_STATE_LABELS[d.state]}
                {d.stateNote ? ` — ${d.stateNote}` : ""}
                {d.stateAt ? ` (le ${formatDate(d.stateAt)})` : ""}
              </span>
            ) : null}
            {can.write ? (
              <span className="ml-2">
                <RemoveDecisionForm {...scope} decisionId={d.id} />
              </span>
            ) : null}
            {approved && follows(d) ? (
              <div className="mt-2">
                <ActionStateForm {...scope} decisionId={d.id} state={d.state ?? "A_FAIRE"} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    );

  const flash = doneMessage(done, view);
  return (
    <article aria-labelledby="seance-titre" className="space-y-8">
      <div role="status" aria-live="polite">
        {flash ? (
          <p className="rounded border border-green-700 bg-green-50 p-3 text-green-900">{flash}</p>
        ) : null}
      </div>
      <BackHeading
        href={`${base}/${meeting.body.id}`}
        label={`← ${meeting.body.name}`}
        title={meeting.title}
        titleId="seance-titre"
      />
      <DetailList
        rows={[
          ["Instance", meeting.body.name],
          ["Date", `${meetingWhen(meeting.startsAt, meeting.endsAt)} (heure de Paris)`],
          ["Lieu", meeting.place ?? "—"],
          ["Visioconférence", meeting.videoUrl ?? "—"],
          ["Secrétariat", PARTY_LABELS[meeting.body.secretariatParty]],
          [
            "Statut",
            cancelled
              ? `Annulée le ${formatDate(meeting.cancelledAt)} : ${meeting.cancelReason ?? ""}`
              : `${MEETING_STATUS_LABELS[meeting.status]}${meeting.convenedAt ? ` (le ${formatDate(meeting.convenedAt)})` : ""}`,
          ],
          ["Compte rendu", cancelled ? "—" : MINUTES_STATUS_LABELS[meeting.minutesStatus]],
        ]}
      />
      {cancelled ? null : (
        <p>
          <a href={`${path}/invitation.ics`} download>
            Ajouter la séance à mon agenda (fichier .ics)
          </a>
        </p>
      )}

      {can.schedule || can.convene ? (
        <section aria-labelledby="secretariat-titre" className="space-y-3">
          <h2 id="secretariat-titre">Secrétariat de la séance</h2>
          {can.convene ? (
            <MeetingStepForm
              {...scope}
              step={meeting.status === "CONVOQUEE" ? "reconvene" : "convene"}
              meetingId={meeting.id}
            />
          ) : null}
          {can.schedule ? (
            <>
              <UpdateMeetingForm
                {...scope}
                meetingId={meeting.id}
                values={meetingFormValues(meeting)}
                convened={meeting.status === "CONVOQUEE"}
              />
              {decisions.length === 0 ? (
                <CancelMeetingForm {...scope} meetingId={meeting.id} />
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="odj-titre">
        <h2 id="odj-titre">Ordre du jour</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {meeting.agenda.map((item) => (
            <li key={item.id}>
              {item.title}
              {item.presenter ? (
                <span className="text-slate-700"> — présenté par {item.presenter}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="presences-titre" className="space-y-3">
        <h2 id="presences-titre">Membres convoqués et présences</h2>
        <DataTable
          caption="Membres de l'instance pour cette séance"
          rows={roll}
          rowKey={(m) => m.id}
          empty="Aucun membre n'est désigné dans cette instance."
          columns={[
            { key: "name", header: "Nom", rowHeader: true, cell: (m) => m.name },
            { key: "party", header: "Partie", cell: (m) => PARTY_LABELS[m.party] },
            { key: "qualite", header: "Qualité", cell: (m) => m.qualite },
            {
              key: "convoked",
              header: "Convocation",
              cell: (m) => {
                const a = m.attendances[0];
                if (!a) return "Non convoqué";
                return a.convokedAt
                  ? `Courriel du ${formatDate(a.convokedAt)}`
                  : "Sans adresse e-mail : à convoquer par un autre moyen";
              },
            },
            {
              key: "status",
              header: "Présence",
              cell: (m) => {
                const a = m.attendances[0];
                if (!a?.status) return "Non relevée";
                return a.status === "REPRESENTE"
                  ? `Représenté par ${a.representedBy ?? "—"}`
                  : ATTENDANCE_LABELS[a.status];
              },
            },
          ]}
        />
        {can.write && roll.length > 0 ? (
          <details className="rounded-lg border border-slate-300 bg-white p-4">
            <summary className="cursor-pointer font-semibold">Relever les présences</summary>
            <div className="mt-3">
              <AttendanceForm
                {...scope}
                meetingId={meeting.id}
                roll={roll.map((m) => ({
                  id: m.id,
                  name: m.name,
                  party: m.party,
                  qualite: m.qualite,
                  status: m.attendances[0]?.status ?? "",
                  representedBy: m.attendances[0]?.representedBy ?? "",
                }))}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="dossier-titre" className="space-y-3">
        <h2 id="dossier-titre">Dossier de séance</h2>
        <DataTable
          caption="Documents joints à la séance"
          rows={meeting.documents}
          rowKey={(d) => d.id}
          empty="Aucun document joint."
          columns={[
            {
              key: "title",
              header: "Document",
              rowHeader: true,
              cell: (d) => <a href={`${path}/documents/${d.id}`}>{d.title}</a>,
            },
            {
              key: "party",
              header: "Joint par",
              cell: (d) => `${PARTY_LABELS[d.party]} (${d.addedBy.name})`,
            },
            { key: "at", header: "Le", cell: (d) => formatDate(d.addedAt) },
            { key: "size", header: "Taille", cell: (d) => formatBytes(d.size) },
            {
              key: "sha",
              header: "Empreinte SHA-256",
              cell: (d) => <code className="break-all font-mono text-xs">{d.sha256}</code>,
            },
            ...(can.detach
              ? [
                  {
                    key: "remove",
                    header: "Retirer",
                    cell: (d: (typeof meeting.documents)[number]) =>
                      d.party === party ? (
                        <RemoveMeetingDocumentForm {...scope} documentId={d.id} />
                      ) : (
                        "—"
                      ),
                  },
                ]
              : []),
          ]}
        />
        {can.attach && party ? (
          <details className="rounded-lg border border-slate-300 bg-white p-4">
            <summary className="cursor-pointer font-semibold">
              Joindre un document pour {PARTY_IN_SENTENCE[party]}
            </summary>
            <div className="mt-3">
              <MeetingDocumentsForm
                {...scope}
                meetingId={meeting.id}
                sources={documentSources(ctx)}
                files={{ accept: ATTACHMENT_ACCEPT, max: MAX_ATTACHMENTS_PER_FORM }}
              />
            </div>
          </details>
        ) : null}
      </section>

      {cancelled ? null : (
        <section aria-labelledby="cr-titre" className="space-y-4">
          <h2 id="cr-titre">Compte rendu</h2>
          {meeting.frozenSha256 ? (
            <div className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
              <p>
                Figé le {formatDateTime(meeting.frozenAt)} — empreinte SHA-256{" "}
                <code className="break-all font-mono">{meeting.frozenSha256}</code>.
              </p>
              <p className="mt-2 flex flex-wrap gap-4">
                <a href={`${path}/compte-rendu/fige`}>Compte rendu figé (PDF)</a>
                {meeting.finalSha256 ? (
                  <a href={`${path}/compte-rendu/final`}>
                    Compte rendu approuvé, avec son certificat (PDF)
                  </a>
                ) : null}
              </p>
              {meeting.finalSha256 ? (
                <p className="mt-2">
                  Approuvé le {formatDateTime(meeting.approvedAt)} — empreinte du PDF approuvé{" "}
                  <code className="break-all font-mono">{meeting.finalSha256}</code>, vérifiable sur
                  la page <Link href="/verifier">Vérifier un document</Link>.
                </p>
              ) : null}
            </div>
          ) : meeting.startsAt > new Date() ? (
            <p>Le compte rendu s&apos;écrit une fois la séance commencée.</p>
          ) : !can.write ? (
            <p>Le secrétariat ({PARTY_IN_SENTENCE[meeting.body.secretariatParty]}) le rédige.</p>
          ) : null}

          {meeting.summary ? (
            <div>
              <h3>Synthèse</h3>
              <p className="mt-1 whitespace-pre-wrap">{meeting.summary}</p>
            </div>
          ) : null}
          {meeting.agenda.map((item) => (
            <div key={item.id}>
              <h3>{itemLabel(item)}</h3>
              <p className="mt-1 whitespace-pre-wrap">
                {item.minutes || (
                  <span className="text-slate-700">Pas encore de compte rendu pour ce point.</span>
                )}
              </p>
              {decisionList(decisionsOf(item.id))}
            </div>
          ))}
          {decisionsOf(null).length > 0 ? (
            <div>
              <h3>Autres décisions</h3>
              {decisionList(decisionsOf(null))}
            </div>
          ) : null}

          {can.write ? (
            <>
              <details className="rounded-lg border border-slate-300 bg-white p-4">
                <summary className="cursor-pointer font-semibold">Rédiger le compte rendu</summary>
                <div className="mt-3">
                  <MinutesForm
                    {...scope}
                    meetingId={meeting.id}
                    summary={meeting.summary}
                    items={meeting.agenda.map((i) => ({
                      id: i.id,
                      label: `Compte rendu du point ${itemLabel(i)}`,
                      minutes: i.minutes,
                    }))}
                  />
                </div>
              </details>
              <section aria-labelledby="decision-titre" className="space-y-2">
                <h3 id="decision-titre">Inscrire une décision ou une action</h3>
                <DecisionForm
                  {...scope}
                  meetingId={meeting.id}
                  items={meeting.agenda.map((i) => ({ value: i.id, label: itemLabel(i) }))}
                  members={meeting.body.members.map((m) => ({
                    value: m.id,
                    label: `${m.name} (${PARTY_LABELS[m.party]})`,
                  }))}
                />
              </section>
              <MeetingStepForm {...scope} step="freeze" meetingId={meeting.id} />
            </>
          ) : null}

          {round.length > 0 ? (
            <DataTable
              caption="Approbation par les coprésidents"
              rows={round}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: "party",
                  header: "Partie",
                  rowHeader: true,
                  cell: (a) => PARTY_LABELS[a.party],
                },
                { key: "name", header: "Coprésident", cell: (a) => `${a.name}, ${a.qualite}` },
                { key: "status", header: "Réponse", cell: (a) => APPROVAL_STATUS_LABELS[a.status] },
                {
                  key: "at",
                  header: "Date",
                  cell: (a) => (a.decidedAt ? formatDateTime(a.decidedAt) : "—"),
                },
              ]}
            />
          ) : null}
          {can.approve && ownApproval && meeting.frozenSha256 && party ? (
            <ApproveMinutesForms
              {...scope}
              meetingId={meeting.id}
              sha256={meeting.frozenSha256}
              partyLabel={PARTY_LABELS[party]}
            />
          ) : null}
          {can.reopen ? <MeetingStepForm {...scope} step="reopen" meetingId={meeting.id} /> : null}
          {history.length > 0 ? (
            <DataTable
              caption="Versions précédentes du compte rendu"
              rows={history}
              rowKey={(a) => a.id}
              columns={[
                { key: "name", header: "Coprésident", rowHeader: true, cell: (a) => a.name },
                { key: "party", header: "Partie", cell: (a) => PARTY_LABELS[a.party] },
                { key: "status", header: "Réponse", cell: (a) => APPROVAL_STATUS_LABELS[a.status] },
                { key: "reason", header: "Correction demandée", cell: (a) => a.reason ?? "—" },
                {
                  key: "sha",
                  header: "Empreinte de la version",
                  cell: (a) => (
                    <code className="break-all font-mono text-xs">{a.frozenSha256}</code>
                  ),
                },
              ]}
            />
          ) : null}
        </section>
      )}

      <section aria-labelledby="suivi-titre" className="space-y-3">
        <h2 id="suivi-titre">Suivi des actions des séances précédentes</h2>
        <DataTable
          caption="Actions en cours ou closes depuis la séance précédente"
          rows={carried}
          rowKey={(a) => a.id}
          empty="Aucune action en cours des séances précédentes."
          columns={[
            { key: "text", header: "Action", rowHeader: true, cell: (a) => a.text },
            { key: "decided", header: "Décidée le", cell: (a) => formatDate(a.meeting.startsAt) },
            { key: "owner", header: "Responsable", cell: (a) => ownerOf(a) },
            { key: "due", header: "Échéance", cell: (a) => formatDate(a.dueOn) },
            {
              key: "state",
              header: "État",
              cell: (a) =>
                follows(a) ? (
                  <ActionStateForm {...scope} decisionId={a.id} state={a.state ?? "A_FAIRE"} />
                ) : (
                  `${a.state ? ACTION_STATE_LABELS[a.state] : "—"}${a.stateNote ? ` — ${a.stateNote}` : ""}`
                ),
            },
          ]}
        />
      </section>
    </article>
  );
}
