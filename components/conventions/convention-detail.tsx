import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import type { ConventionDetail } from "@/lib/conventions/get-convention";
import { signingKindOf } from "@/lib/conventions/content";
import { PARTY_IN_SENTENCE } from "@/lib/conventions/vocabulary";
import { KIND_LABELS } from "@/lib/conventions/labels";
import type { offlineParties } from "@/lib/conventions/sign-offline";
import { academieLabel } from "@/lib/referentials/labels";
import { formatDate } from "@/lib/format";
import type { ScopeProps } from "@/components/forms/action-form";
import { ContentView } from "@/components/conventions/content-view";
import { DraftForm } from "@/components/conventions/draft-form";
import { EvolveSection, SignatureSection } from "@/components/conventions/convention-sections";
import { StatusBadge } from "@/components/conventions/status-badge";
import { SignatureSteps, VersionHistory } from "@/components/conventions/signature-steps";
import { AvenantDiff } from "@/components/conventions/avenant-diff";
import { BackHeading } from "@/components/ui/back-heading";
import { ProposalsSection } from "@/components/conventions/proposals-section";
import type { ConventionProposalRow } from "@/lib/conventions/proposals";
import type { listReviews } from "@/lib/reviews/read-review";
import { ReviewsSection } from "@/components/reviews/reviews-section";

interface Props {
  ctx: AccessContext;
  convention: ConventionDetail;
  listHref: string;
  scope: ScopeProps;
  signerDefaults: { qualite: string; authorisationReference: string };
  /** The parties whose paper signature this person may record (as their signer) or declare now. */
  paper: Awaited<ReturnType<typeof offlineParties>>;
  proposals: readonly ConventionProposalRow[];
  /** The governance bodies that steer it, among those this person sees. */
  bodies: readonly { id: string; name: string }[];
  reviews: Awaited<ReturnType<typeof listReviews>>;
  /** What the last action did (`?fait=` after it reloaded the page). */
  done?: string;
}

function doneMessage(done: string | undefined, c: ConventionDetail): string | null {
  switch (done) {
    case "soumise":
      return "La convention est figée et soumise à la signature : les premiers signataires sont prévenus par courriel.";
    case "signee":
      return c.status === "EN_VIGUEUR"
        ? "Votre signature est enregistrée : la convention est signée par toutes les parties, elle est en vigueur."
        : "Votre signature est enregistrée.";
    case "signee-papier":
      return c.status === "EN_VIGUEUR"
        ? "La signature hors plateforme est enregistrée : la convention est en vigueur."
        : "La signature hors plateforme est enregistrée.";
    case "declaree-papier":
      return c.status === "EN_VIGUEUR"
        ? "La déclaration de signature papier est enregistrée : la convention est en vigueur."
        : "La déclaration de signature papier est enregistrée.";
    case "refusee":
      return "Votre refus est enregistré : la convention revient en brouillon à la collectivité, avec votre motif.";
    case "reprise":
      return "La convention est reprise en brouillon dans une nouvelle version ; les signatures en attente sont annulées.";
    case "proposee":
      return "Votre proposition est transmise à la collectivité, qui l'acceptera ou la rejettera en donnant son motif.";
    case "proposition-acceptee":
      return "La proposition est acceptée ; sa modification est appliquée au brouillon.";
    case "proposition-rejetee":
      return "La proposition est rejetée ; la partie qui l'a faite est prévenue, avec votre motif.";
    case "proposition-retiree":
      return "Votre proposition est retirée.";
    case "resiliee":
      return "La convention est résiliée ; les autres parties sont prévenues.";
    default:
      return null;
  }
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** A convention's page: who, what, where it stands, and what this person can do now. */
export function ConventionDetailView({
  ctx,
  convention: c,
  listHref,
  scope,
  signerDefaults,
  paper,
  proposals,
  bodies,
  reviews,
  done,
}: Props) {
  const flash = doneMessage(done, c);
  const base = `${listHref}/${c.id}`;
  const fileHref = (file: string, itemId: string) => `${base}/fichiers/${file}/${itemId}`;
  const writer = ctx.scope.type === "COLLECTIVITE" && can(ctx, "convention.write");
  const current = c.current;

  return (
    <article className="space-y-6">
      <div role="status" aria-live="polite">
        {flash && (
          <p className="rounded border border-green-700 bg-green-50 p-3 text-green-900">{flash}</p>
        )}
      </div>
      <header className="space-y-2">
        <BackHeading href={listHref} label="← Toutes les conventions" title={c.title} />
        <p className="flex flex-wrap items-center gap-3">
          <span className="font-mono">{c.reference}</span>
          <span>{KIND_LABELS[c.kind]}</span>
          <StatusBadge status={c.displayStatus} />
          <span>Version {current.number}</span>
        </p>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">Collectivité : </dt>
            <dd className="inline">{c.collectivite.name}</dd>
          </div>
          {c.academie && (
            <div>
              <dt className="inline font-medium">État : </dt>
              <dd className="inline">{academieLabel(c.academie.name)}</dd>
            </div>
          )}
          {c.etablissement && (
            <div>
              <dt className="inline font-medium">Établissement : </dt>
              <dd className="inline">
                {c.etablissement.name} ({c.etablissement.communeName}) – {c.etablissement.uai}
              </dd>
            </div>
          )}
          {c.parent && (
            <div>
              <dt className="inline font-medium">
                {c.kind === "AVENANT" ? "Modifie : " : "Convention-cadre : "}
              </dt>
              <dd className="inline">
                <Link href={`${listHref}/${c.parent.id}`}>{c.parent.reference}</Link>
              </dd>
            </div>
          )}
          <div>
            <dt className="inline font-medium">Période : </dt>
            <dd className="inline">
              {c.status === "BROUILLON" || c.status === "EN_SIGNATURE"
                ? `${formatDate(current.startsOn)} → ${formatDate(current.endsOn)} (prévue)`
                : `${formatDate(c.startsOn)} → ${formatDate(c.endsOn)}`}
            </dd>
          </div>
          {c.status === "RESILIEE" && (
            <div>
              <dt className="inline font-medium">Résiliée au : </dt>
              <dd className="inline">
                {formatDate(c.terminatedOn)} — {c.terminationReason}
              </dd>
            </div>
          )}
        </dl>
      </header>

      {c.refusal && (
        <section
          aria-labelledby="refus-titre"
          className="space-y-1 rounded-lg border border-red-700 bg-red-50 p-4 text-red-950"
        >
          <h2 id="refus-titre">Version {c.refusal.versionNumber} refusée</h2>
          <p>
            Refusée par {PARTY_IN_SENTENCE[c.refusal.party]}
            {c.refusal.by ? ` (${c.refusal.by})` : ""}
            {c.refusal.on ? ` le ${formatDate(c.refusal.on)}` : ""}, pour ce motif :
          </p>
          <blockquote className="whitespace-pre-line border-l-4 border-red-700 pl-3">
            {c.refusal.reason}
          </blockquote>
          <p className="text-sm">
            La version {current.number} est le brouillon à corriger avant de la soumettre de
            nouveau.
          </p>
        </section>
      )}

      {c.status === "EN_SIGNATURE" && current.frozenSha256 && (
        <SignatureSection
          ctx={ctx}
          convention={c}
          scope={scope}
          signerDefaults={signerDefaults}
          paper={paper}
          documentHref={fileHref("fige", current.id)}
        />
      )}

      {(c.status === "EN_VIGUEUR" || c.status === "RESILIEE") && current.finalSha256 && (
        <section
          aria-labelledby="preuve-titre"
          className="space-y-2 rounded-lg border border-green-700 bg-white p-4"
        >
          <h2 id="preuve-titre">Document signé</h2>
          <p>
            <a href={fileHref("final", current.id)}>
              Télécharger la version finale signée (PDF avec certificat et journal)
            </a>
          </p>
          <p className="text-sm">
            Empreinte SHA-256 : <span className="break-all font-mono">{current.finalSha256}</span> —
            vérifiable par tous sur <Link href="/verifier">la page de vérification</Link>.
          </p>
        </section>
      )}

      {writer && c.status === "EN_VIGUEUR" && c.kind !== "AVENANT" && (
        <EvolveSection convention={c} scope={scope} />
      )}

      {c.diff && <AvenantDiff diff={c.diff} />}

      {current.steps.length > 0 && (
        <SignatureSteps
          steps={current.steps}
          versionNumber={current.number}
          scanHref={(stepId) => fileHref("scan", stepId)}
        />
      )}

      {c.status === "BROUILLON" && writer ? (
        <section aria-labelledby="brouillon-titre" className="space-y-4">
          <h2 id="brouillon-titre">Brouillon (version {current.number})</h2>
          {/* Remounted when an accepted proposal has changed the draft under it. */}
          <DraftForm
            key={`${current.number}:${proposals.filter((p) => p.status === "ACCEPTEE").length}`}
            {...scope}
            conventionId={c.id}
            kind={signingKindOf({
              kind: c.kind,
              etablissementId: c.etablissement?.uai ?? null,
              academieCode: c.academie?.code ?? null,
            })}
            title={c.title}
            startsOn={isoDay(current.startsOn)}
            endsOn={isoDay(current.endsOn)}
            content={current.content}
          />
        </section>
      ) : (
        <section aria-labelledby="contenu-titre" className="space-y-3">
          <h2 id="contenu-titre">
            {c.inForce && c.inForce.id !== current.id
              ? "Version consolidée en vigueur"
              : `Contenu (version ${current.number})`}
          </h2>
          {/* Variables filled as in the PDF: a signatory reads here what they sign. */}
          <ContentView
            content={
              c.inForce && c.inForce.id !== current.id
                ? c.inForce.filledContent
                : current.filledContent
            }
            headingLevel={3}
          />
        </section>
      )}

      <ProposalsSection ctx={ctx} convention={c} proposals={proposals} scope={scope} />

      <ReviewsSection
        convention={c}
        reviews={reviews}
        listHref={listHref}
        writer={writer}
        scope={scope}
      />

      {bodies.length > 0 && (
        <section aria-labelledby="pilotage-titre" className="space-y-2">
          <h2 id="pilotage-titre">Instances de pilotage</h2>
          <ul className="list-disc pl-6">
            {bodies.map((b) => (
              <li key={b.id}>
                <Link href={`${spaceHref(ctx)}/instances/${b.id}`}>{b.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(c.avenants.length > 0 || c.tripartites.length > 0) && (
        <section aria-labelledby="liees-titre" className="space-y-2">
          <h2 id="liees-titre">
            {c.kind === "CADRE" ? "Conventions d'application et avenants" : "Avenants"}
          </h2>
          <ul className="list-disc pl-6">
            {[...c.avenants, ...c.tripartites].map((a) => (
              <li key={a.id}>
                <Link href={`${listHref}/${a.id}`}>{a.reference}</Link> — {a.title}
              </li>
            ))}
          </ul>
        </section>
      )}

      <VersionHistory versions={c.versions} history={c.history} fileHref={fileHref} />
    </article>
  );
}
