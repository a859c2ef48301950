"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { verifyDocumentAction, type VerifyDocumentState } from "@/app/actions/verifier";
import { HelpedField, helpedControl } from "@/components/forms/action-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { PARTY_LABELS, VERIFIED_PDF_TOO_LARGE_MESSAGE } from "@/lib/conventions/vocabulary";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/imports/limits";
import { KIND_LABELS } from "@/lib/conventions/labels";
import type { VerifiedConventionDocument } from "@/lib/conventions/verify-document";
import type { VerifiedMinutes } from "@/lib/governance/verify-minutes";
import { APPROVAL_STATUS_LABELS } from "@/lib/governance/vocabulary";
import type { ConventionStatus, ConventionVersionStatus } from "@/lib/conventions/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";
import { VerifiedReviewView } from "@/components/reviews/verified-review";

const INITIAL: VerifyDocumentState = {
  status: "idle",
  message: "",
  fieldErrors: {},
  sha256: null,
  document: null,
  minutes: null,
  review: null,
};

const VERSION_STATUS_LABELS: Record<ConventionVersionStatus, string> = {
  BROUILLON: "brouillon",
  EN_SIGNATURE: "en cours de signature",
  SIGNEE: "signée par toutes les parties",
  REMPLACEE: "remplacée par une version ultérieure avant d'être signée",
};

const CONVENTION_STATUS_LABELS: Record<ConventionStatus, string> = {
  BROUILLON: "en préparation",
  EN_SIGNATURE: "en cours de signature",
  EN_VIGUEUR: "en vigueur",
  RESILIEE: "résiliée",
};

function periodOf(document: VerifiedConventionDocument): string {
  if (document.startsOn && document.endsOn)
    return `du ${formatDate(document.startsOn)} au ${formatDate(document.endsOn)}`;
  if (document.startsOn) return `à compter du ${formatDate(document.startsOn)}`;
  if (document.endsOn) return `jusqu'au ${formatDate(document.endsOn)}`;
  return "non renseignée";
}

/** What a frozen (not final) PDF is worth, said plainly: it is not the signed original. */
function frozenNotice(document: VerifiedConventionDocument): string {
  if (document.versionStatus === "REMPLACEE")
    return "Cette version a été remplacée avant d'être signée par toutes les parties : elle ne fait pas foi.";
  if (document.versionStatus === "SIGNEE")
    return "Toutes les parties ont signé cette version ; l'original signé est la version finale, qui comporte le certificat de signature.";
  return "La signature de cette version n'est pas achevée.";
}

/** A verified document's facts, then one row per party: who engaged it, and when. */
function VerifiedParties({
  rows,
  caption,
  person,
  empty,
  parties,
}: {
  rows: DetailRow[];
  caption: string;
  /** The header of the person's column (« Signataire », « Coprésident »). */
  person: string;
  empty: string;
  parties: {
    party: VerifiedMinutes["approvals"][number]["party"];
    person: string;
    qualite: string;
    /** Their answer, when the document asks for one (an approval). */
    answer?: string;
    when: ReactNode;
  }[];
}) {
  const answers = parties.some((p) => p.answer !== undefined);
  const headers = ["Partie", person, "Qualité", ...(answers ? ["Réponse"] : []), "Date"];
  return (
    <div className="mt-4 space-y-4">
      <DetailList
        rows={rows}
        className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]"
        termClassName="font-medium"
      />
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-2 pr-4">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parties.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="py-2">
                {empty}
              </td>
            </tr>
          ) : (
            parties.map((p) => (
              <tr key={p.party} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {PARTY_LABELS[p.party]}
                </th>
                <td className="py-2 pr-4">{p.person}</td>
                <td className="py-2 pr-4">{p.qualite}</td>
                {answers ? <td className="py-2 pr-4">{p.answer}</td> : null}
                <td className="py-2">{p.when}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

function VerifiedDocument({ document }: { document: VerifiedConventionDocument }) {
  const rows: DetailRow[] = [
    ["Référence", document.reference],
    ["Intitulé", document.title],
    ["Nature", KIND_LABELS[document.conventionKind]],
    ["Version", `n° ${document.versionNumber}, ${VERSION_STATUS_LABELS[document.versionStatus]}`],
    ["Convention", CONVENTION_STATUS_LABELS[document.conventionStatus]],
    [PARTY_LABELS.COLLECTIVITE, document.parties.collectivite],
    ...(document.parties.academie
      ? [[PARTY_LABELS.ETAT, document.parties.academie] as [string, string]]
      : []),
    ...(document.parties.etablissement
      ? [
          [
            PARTY_LABELS.EPLE,
            `${document.parties.etablissement.name} (UAI ${document.parties.etablissement.uai})`,
          ] as [string, string],
        ]
      : []),
    ["Période d'application", periodOf(document)],
  ];
  return (
    <VerifiedParties
      rows={rows}
      caption="Signatures enregistrées pour cette version"
      person="Signataire"
      empty="Aucune signature n'est encore enregistrée pour cette version."
      parties={document.signatures.map((signature) => ({
        party: signature.party,
        person: signature.signerName ?? "—",
        qualite: signature.qualite ?? "—",
        when: (
          <>
            {formatDateTime(signature.decidedAt)}
            {signature.status === "SIGNEE_HORS_PLATEFORME" && (
              <span className="block text-slate-700">
                {signature.declaredBy
                  ? `signature papier déclarée par ${signature.declaredBy} (collectivité)`
                  : "signée hors plateforme"}
              </span>
            )}
            {signature.scanSha256 && (
              <span className="block break-all font-mono text-xs text-slate-700">
                copie numérisée SHA-256 {signature.scanSha256}
              </span>
            )}
          </>
        ),
      }))}
    />
  );
}

const MINUTES_STATUS_WORDS: Record<VerifiedMinutes["minutesStatus"], string> = {
  BROUILLON: "repris en rédaction",
  EN_APPROBATION: "en cours d'approbation par les coprésidents",
  APPROUVE: "approuvé par chaque coprésident",
};

/** Minutes recognised: their body, meeting, parties and each co-chair's answer. */
function VerifiedMinutesView({ minutes }: { minutes: VerifiedMinutes }) {
  const rows: DetailRow[] = [
    ["Instance", minutes.bodyName],
    ["Séance", `${minutes.meetingTitle}, le ${formatDate(minutes.startsAt)}`],
    ["Compte rendu", MINUTES_STATUS_WORDS[minutes.minutesStatus]],
    [PARTY_LABELS.COLLECTIVITE, minutes.parties.collectivite],
    [PARTY_LABELS.ETAT, minutes.parties.academie],
    ...(minutes.parties.etablissement
      ? [[PARTY_LABELS.EPLE, minutes.parties.etablissement] as [string, string]]
      : []),
  ];
  return (
    <VerifiedParties
      rows={rows}
      caption="Réponses des coprésidents sur cette version"
      person="Coprésident"
      empty="Aucun coprésident n'est appelé à approuver cette version."
      parties={minutes.approvals.map((a) => ({
        party: a.party,
        person: a.name,
        qualite: a.qualite,
        answer: APPROVAL_STATUS_LABELS[a.status],
        when: a.decidedAt ? formatDateTime(a.decidedAt) : "—",
      }))}
    />
  );
}

function MinutesOutcome({ minutes }: { minutes: VerifiedMinutes }) {
  return (
    <p className="mt-2">
      Ce document est le{" "}
      <strong>
        {minutes.kind === "final"
          ? "compte rendu approuvé"
          : minutes.replaced
            ? "compte rendu figé, remplacé depuis après une demande de correction"
            : "compte rendu figé soumis à l'approbation des coprésidents"}
      </strong>{" "}
      de la séance « {minutes.meetingTitle} » de l&apos;instance « {minutes.bodyName} ».
      {minutes.kind === "frozen" && minutes.minutesStatus === "APPROUVE" && !minutes.replaced
        ? " L'original approuvé est la version finale, qui comporte le certificat d'approbation."
        : ""}
    </p>
  );
}

function Outcome({ state }: { state: VerifyDocumentState }) {
  if (state.status === "error")
    return (
      <p className="rounded border border-red-700 bg-red-50 p-3 text-red-900">{state.message}</p>
    );
  if (state.status !== "ok") return null;
  const { document, minutes, review } = state;
  // Green only for a document that binds its parties: a replaced or unfinished version is a warning.
  const binding =
    (document !== null &&
      document.versionStatus === "SIGNEE" &&
      document.conventionStatus !== "RESILIEE") ||
    (minutes !== null && minutes.minutesStatus === "APPROUVE" && !minutes.replaced) ||
    review !== null;
  return (
    <div
      className={`rounded-lg border p-4 ${binding ? "border-green-700 bg-green-50" : "border-amber-700 bg-amber-50"}`}
    >
      <h2 className={binding ? "text-green-900" : "text-amber-900"}>
        {document || minutes || review ? "Document reconnu" : "Document non reconnu"}
      </h2>
      {review ? (
        <p className="mt-2">
          Ce document est le <strong>bilan annuel figé</strong> de la convention {review.reference},
          avec l&apos;appréciation de chaque partie.
        </p>
      ) : minutes ? (
        <MinutesOutcome minutes={minutes} />
      ) : document ? (
        <>
          <p className="mt-2">
            Ce document est la{" "}
            <strong>
              {document.kind === "final"
                ? "version finale signée"
                : "version figée soumise à signature"}
            </strong>{" "}
            de la convention {document.reference}.
          </p>
          {document.kind === "frozen" && <p className="mt-1">{frozenNotice(document)}</p>}
          {document.conventionStatus === "RESILIEE" && (
            <p className="mt-1 font-medium">Cette convention a été résiliée depuis.</p>
          )}
        </>
      ) : (
        <p className="mt-2">
          Aucune convention, aucun compte rendu ni aucun bilan enregistré ne correspond à ce
          document. Un document modifié, même d&apos;un caractère, ne correspond plus.
        </p>
      )}
      <p className="mt-3 text-sm">
        Empreinte SHA-256 calculée : <code className="break-all font-mono">{state.sha256}</code>
      </p>
      {document && <VerifiedDocument document={document} />}
      {minutes && <VerifiedMinutesView minutes={minutes} />}
      {review && <VerifiedReviewView review={review} />}
    </div>
  );
}

export function VerifyForm() {
  const { state, pending, formRef, onSubmit } = useFormAction(verifyDocumentAction, INITIAL);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const errors: Record<string, string | undefined> = {
    ...state.fieldErrors,
    ...(tooLarge ? { document: tooLarge } : {}),
  };

  // Checked here too so a large file is refused before it is uploaded at all.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("document");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (file && file.size > MAX_UPLOAD_BYTES) {
      event.preventDefault();
      setTooLarge(VERIFIED_PDF_TOO_LARGE_MESSAGE);
      return;
    }
    setTooLarge(null);
    onSubmit(event);
  };

  return (
    <div className="mt-6 space-y-6">
      <form
        ref={formRef}
        onSubmit={submit}
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        noValidate
      >
        <div>
          <HelpedField
            id="verify-document"
            label="PDF de la convention ou du compte rendu"
            error={errors.document}
            help={`${MAX_UPLOAD_LABEL} au plus. L'empreinte est calculée sur le serveur ; le fichier n'est pas conservé.`}
          >
            <input
              id="verify-document"
              name="document"
              type="file"
              accept="application/pdf,.pdf"
              className="mt-1 block max-w-full"
              onChange={() => setTooLarge(null)}
              {...helpedControl("verify-document", errors.document)}
            />
          </HelpedField>
        </div>
        <p className="font-medium">ou</p>
        <div>
          <HelpedField
            id="verify-sha256"
            label="Empreinte SHA-256 du document"
            error={errors.sha256}
            help="64 caractères hexadécimaux. Si vous déposez un fichier, c'est lui qui est vérifié."
          >
            <input
              id="verify-sha256"
              name="sha256"
              type="text"
              autoComplete="off"
              spellCheck={false}
              inputMode="text"
              className="mt-1 w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm"
              {...helpedControl("verify-sha256", errors.sha256)}
            />
          </HelpedField>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Vérification…" : "Vérifier"}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {tooLarge ? (
          <p className="rounded border border-red-700 bg-red-50 p-3 text-red-900">{tooLarge}</p>
        ) : (
          <Outcome state={state} />
        )}
      </div>
    </div>
  );
}
