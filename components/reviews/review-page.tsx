import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { formatCents, formatDate, formatDateTime, formatIsoDate } from "@/lib/format";
import { PARTY_IN_SENTENCE, PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { ACTION_STATE_LABELS, DECISION_KIND_LABELS } from "@/lib/governance/vocabulary";
import { getReview, type ReviewDetail } from "@/lib/reviews/read-review";
import { describeAssistance, describeCommitment, periodLabel } from "@/lib/reviews/describe";
import { REVIEW_RATING_LABELS, REVIEW_STATUS_LABELS } from "@/lib/reviews/vocabulary";
import { orNotFound } from "@/app/_server/or-not-found";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { BackHeading } from "@/components/ui/back-heading";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { AssessmentForm, ConclusionsForm, ReviewStepForm } from "@/components/reviews/review-forms";

/** The figures of the review, each part with its table. */
function ReviewFigures({ review }: { review: ReviewDetail }) {
  const f = review.figures;
  return (
    <section aria-labelledby="chiffres-titre" className="space-y-4">
      <h2 id="chiffres-titre">Ce qui a été mesuré</h2>
      <p className="text-sm text-slate-700">
        Chiffres rassemblés le {formatDateTime(review.figuresAt)}, pour la période{" "}
        {periodLabel(f.period)}.
        {f.colleges !== undefined &&
          ` Convention-cadre : les chiffres portent sur les ${f.colleges} collèges dont la convention d'application est signée.`}
      </p>
      <h3 className="text-base">Assistance et niveaux de service</h3>
      <ul className="list-disc pl-6">
        {describeAssistance(f.assistance).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {f.serviceLevels.length > 0 && (
        <details>
          <summary className="cursor-pointer">Engagements de service de la convention</summary>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {f.serviceLevels.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </details>
      )}
      <h3 className="text-base">Engagements des parties</h3>
      <DataTable
        caption="Engagements de la convention et ce qui a été mesuré"
        rows={f.commitments ?? []}
        rowKey={(c) => `${c.party}:${c.kind}:${c.label}`}
        empty="La convention ne chiffre aucun engagement."
        columns={[
          { key: "label", header: "Engagement", rowHeader: true, cell: (c) => c.label },
          { key: "party", header: "Partie", cell: (c) => PARTY_LABELS[c.party] },
          { key: "target", header: "Visé", cell: (c) => describeCommitment(c).target },
          { key: "measured", header: "Mesuré", cell: (c) => describeCommitment(c).measured },
          { key: "reached", header: "Résultat", cell: (c) => describeCommitment(c).reached },
        ]}
      />
      <h3 className="text-base">Équipement au regard du référentiel</h3>
      {f.equipment ? (
        <DataTable
          caption={`Équipement en service et référentiel (${f.equipment.salles} salles estimées ; manque estimé à ${formatCents(f.equipment.missingCostCents)})`}
          rows={f.equipment.lines}
          rowKey={(l) => l.label}
          columns={[
            { key: "label", header: "Équipement", rowHeader: true, cell: (l) => l.label },
            { key: "required", header: "Requis", numeric: true, cell: (l) => l.required },
            { key: "actual", header: "En service", numeric: true, cell: (l) => l.actual },
            { key: "missing", header: "Manquants", numeric: true, cell: (l) => l.missing },
          ]}
        />
      ) : (
        <p>Effectif inconnu : l&apos;écart au référentiel ne se calcule pas.</p>
      )}
      <h3 className="text-base">Dotations et besoins</h3>
      <DataTable
        caption={`Dotations ${f.colleges === undefined ? "du collège" : "des collèges"} par exercice de la période`}
        rows={f.allocations}
        rowKey={(a) => String(a.exercice)}
        empty="Aucune dotation sur les exercices de la période."
        columns={[
          {
            key: "exercice",
            header: "Exercice",
            rowHeader: true,
            cell: (a) => String(a.exercice),
          },
          { key: "count", header: "Dotations", numeric: true, cell: (a) => a.count },
          {
            key: "amount",
            header: "Montant",
            numeric: true,
            cell: (a) => formatCents(a.amountCents),
          },
        ]}
      />
      <p>
        Besoins décidés dans la période : {f.needs.decided} ({f.needs.accepted} acceptés,{" "}
        {f.needs.partial} partiellement, {f.needs.refused} refusés),{" "}
        {formatCents(f.needs.acceptedCents)} accordés.
      </p>
      {f.projectReports ? (
        <>
          <h3 className="text-base">Projets des appels à projets</h3>
          <DataTable
            caption="Bilans des projets financés par appel à projets, déposés dans la période"
            rows={f.projectReports}
            rowKey={(r) => `${r.call}:${r.college}:${r.milestone}`}
            empty="Aucun bilan de projet déposé dans la période."
            columns={[
              {
                key: "project",
                header: "Projet",
                rowHeader: true,
                cell: (r) => `${r.call} — ${r.college}`,
              },
              { key: "milestone", header: "Bilan", cell: (r) => `${r.milestone} mois` },
              { key: "filed", header: "Déposé le", cell: (r) => formatIsoDate(r.filedOn) },
              { key: "classes", header: "Classes", numeric: true, cell: (r) => r.classesUsing },
              { key: "pupils", header: "Élèves", numeric: true, cell: (r) => r.pupilsReached },
              {
                key: "inUse",
                header: "Équipement utilisé",
                numeric: true,
                cell: (r) => `${r.equipmentInUsePct} %`,
              },
              {
                key: "assessed",
                header: "Appréciation de l'académie",
                cell: (r) => (r.assessed ? "Donnée" : "Pas encore"),
              },
            ]}
          />
        </>
      ) : null}
      <h3 className="text-base">Décisions des instances de pilotage</h3>
      <DataTable
        caption="Décisions et actions des instances qui pilotent la convention, séances de la période"
        rows={f.decisions}
        rowKey={(d) => `${d.meetingOn}:${d.text}`}
        empty="Aucune décision des instances qui pilotent la convention dans la période."
        columns={[
          {
            key: "meeting",
            header: "Séance",
            rowHeader: true,
            cell: (d) => `${d.body}, ${formatIsoDate(d.meetingOn)}`,
          },
          { key: "kind", header: "Type", cell: (d) => DECISION_KIND_LABELS[d.kind] },
          { key: "text", header: "Texte", cell: (d) => d.text },
          {
            key: "owner",
            header: "Responsable",
            cell: (d) => (d.ownerParty ? PARTY_LABELS[d.ownerParty] : "—"),
          },
          {
            key: "state",
            header: "État",
            cell: (d) => (d.state ? ACTION_STATE_LABELS[d.state] : "—"),
          },
        ]}
      />
      <h3 className="text-base">Formation</h3>
      <p>Les formations suivies ne sont pas enregistrées dans Tripartite.</p>
    </section>
  );
}

function doneMessage(done: string | undefined): string | null {
  return done === "fige"
    ? "Le bilan est figé : son PDF et son empreinte SHA-256 sont ci-dessous ; les autres parties sont prévenues."
    : null;
}

/** One annual review: figures, each party's assessment, the conclusions, and this person's part. */
export async function ReviewPage({
  ctx,
  id,
  done,
}: {
  ctx: AccessContext;
  id: string;
  done?: string;
}) {
  const review = await orNotFound(getReview(ctx, id));
  const conventions = `${spaceHref(ctx)}/conventions`;
  const path = `${conventions}/bilans/${review.id}`;
  const scope = scopePropsOf(ctx, path);
  const c = review.convention;
  const own = review.party ? review.assessments.find((a) => a.party === review.party) : null;
  const flash = doneMessage(done);
  return (
    <article aria-labelledby="bilan-titre" className="space-y-6">
      <div role="status" aria-live="polite">
        {flash && (
          <p className="rounded border border-green-700 bg-green-50 p-3 text-green-900">{flash}</p>
        )}
      </div>
      <BackHeading
        href={`${conventions}/${c.id}`}
        label={`← ${c.reference}`}
        title={`Bilan annuel ${periodLabel(review.figures.period)}`}
        titleId="bilan-titre"
      />
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={review.status === "FIGE" ? "success" : "info"}>
          {REVIEW_STATUS_LABELS[review.status]}
        </Badge>
        <span>
          {c.title} — <Link href={`${conventions}/${c.id}`}>{c.reference}</Link>
        </span>
      </p>
      <DetailList
        rows={[
          [PARTY_LABELS.COLLECTIVITE, c.collectivite.name],
          ...(review.academieName ? [[PARTY_LABELS.ETAT, review.academieName] as DetailRow] : []),
          ...(c.etablissement
            ? [
                [
                  PARTY_LABELS.EPLE,
                  `${c.etablissement.name} (${c.etablissement.communeName})`,
                ] as DetailRow,
              ]
            : []),
          [
            "Présenté",
            review.meeting ? (
              // The body of a collectivité and an académie is theirs to open, not the collège's.
              ctx.scope.type === "ETABLISSEMENT" ? (
                `${review.meeting.body.name}, séance du ${formatDate(review.meeting.startsAt)}`
              ) : (
                <Link href={`${spaceHref(ctx)}/instances/seances/${review.meeting.id}`}>
                  {review.meeting.body.name}, séance du {formatDate(review.meeting.startsAt)}
                </Link>
              )
            ) : (
              "pas encore en séance"
            ),
          ],
        ]}
      />
      {review.status === "FIGE" && review.frozenSha256 && (
        <section
          aria-labelledby="pdf-titre"
          className="space-y-2 rounded-lg border border-green-700 bg-white p-4"
        >
          <h2 id="pdf-titre">Bilan figé le {formatDateTime(review.frozenAt)}</h2>
          <p>
            <a href={`${path}/pdf`}>Télécharger le bilan (PDF)</a>
          </p>
          <p className="text-sm">
            Empreinte SHA-256 : <span className="break-all font-mono">{review.frozenSha256}</span> —
            vérifiable par tous sur <Link href="/verifier">la page de vérification</Link>.
          </p>
        </section>
      )}
      <ReviewFigures review={review} />
      {review.pilot && <ReviewStepForm step="refresh" reviewId={review.id} {...scope} />}

      <section aria-labelledby="appreciations-titre" className="space-y-3">
        <h2 id="appreciations-titre">Appréciations des parties</h2>
        <p className="text-sm text-slate-700">
          Chaque partie rédige la sienne depuis son espace ; aucune n&apos;écrit pour une autre.
        </p>
        <ul className="space-y-3">
          {review.parties.map((p) => {
            const a = review.assessments.find((x) => x.party === p);
            return (
              <li key={p} className="space-y-1 rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="text-base">{PARTY_LABELS[p]}</h3>
                {a ? (
                  <>
                    <p>
                      <Badge tone={a.rating === "SATISFAISANT" ? "success" : "warning"}>
                        {REVIEW_RATING_LABELS[a.rating]}
                      </Badge>
                    </p>
                    <p className="whitespace-pre-line">{a.text}</p>
                    <p className="text-sm text-slate-700">
                      Par {a.authorName}, le {formatDate(a.updatedAt)}.
                    </p>
                  </>
                ) : (
                  <p>Pas encore rédigée par {PARTY_IN_SENTENCE[p]}.</p>
                )}
              </li>
            );
          })}
        </ul>
        {review.party && (
          <AssessmentForm
            reviewId={review.id}
            partyLabel={PARTY_IN_SENTENCE[review.party]}
            rating={own?.rating ?? ""}
            text={own?.text ?? ""}
            {...scope}
          />
        )}
      </section>

      <section aria-labelledby="conclusions-titre" className="space-y-3">
        <h2 id="conclusions-titre">Conclusions</h2>
        {review.pilot ? (
          <ConclusionsForm
            reviewId={review.id}
            conclusions={review.conclusions}
            meetingId={review.meeting?.id ?? ""}
            meetings={review.meetings.map((m) => ({
              value: m.id,
              label: `${m.body.name} — ${m.title} (${formatDate(m.startsAt)})`,
            }))}
            {...scope}
          />
        ) : (
          <p className="whitespace-pre-line">
            {review.conclusions || "La collectivité n'a pas encore rédigé ses conclusions."}
          </p>
        )}
        {review.pilot && (
          <>
            <p className="text-sm">
              Le bilan se fige une fois les trois appréciations rédigées ; il ne change plus
              ensuite.
            </p>
            <ReviewStepForm step="freeze" reviewId={review.id} {...scope} />
          </>
        )}
      </section>
    </article>
  );
}
