import type { AccessContext } from "@/lib/access/context";
import { can } from "@/lib/access/context";
import type { ConventionDetail } from "@/lib/conventions/get-convention";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { AUTHORISATION_KINDS, canApply, openSteps, partyOfScope } from "@/lib/conventions/machine";
import type { offlineParties } from "@/lib/conventions/sign-offline";
import {
  createAvenantAction,
  remindSignersAction,
  renewConventionAction,
  terminateConventionAction,
  withdrawConventionAction,
} from "@/app/actions/conventions";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { InputField, TextAreaField } from "@/components/ui/field";
import { ConfirmDetails } from "@/components/conventions/confirm-details";
import {
  OfflineSignatureForm,
  RefuseForm,
  SignForm,
} from "@/components/conventions/signature-forms";

/**
 * A convention awaiting signatures: this person's turn to sign or refuse, or whom they wait for;
 * the paper signatures they may record; the writer's reminders and withdrawal.
 */
export function SignatureSection({
  ctx,
  convention: c,
  scope,
  signerDefaults,
  paper,
  documentHref,
}: {
  ctx: AccessContext;
  convention: ConventionDetail;
  scope: ScopeProps;
  signerDefaults: { qualite: string; authorisationReference: string };
  paper: Awaited<ReturnType<typeof offlineParties>>;
  documentHref: string;
}) {
  const current = c.current;
  const writer = ctx.scope.type === "COLLECTIVITE" && can(ctx, "convention.write");
  const party = partyOfScope(ctx.scope.type);
  const open = openSteps(current.steps);
  const myStep =
    party && can(ctx, "convention.sign")
      ? current.steps.find((s) => s.party === party && s.status === "EN_ATTENTE")
      : undefined;
  const myTurn = myStep && open.some((s) => s.id === myStep.id);
  // Every act of this section is on this convention, in this scope.
  const form = { ...scope, hidden: { conventionId: c.id } };
  const sha256 = current.frozenSha256 ?? "";
  return (
    <section aria-labelledby="signature-titre" className="space-y-3">
      <h2 id="signature-titre">Signature</h2>
      {myTurn && (
        <>
          <SignForm
            {...scope}
            conventionId={c.id}
            sha256={sha256}
            documentHref={documentHref}
            partyLabel={PARTY_LABELS[party!]}
            authorisationLabel={AUTHORISATION_KINDS[party!].label}
            referenceLabel={AUTHORISATION_KINDS[party!].referenceLabel}
            defaults={signerDefaults}
          />
          <RefuseForm {...scope} conventionId={c.id} sha256={sha256} />
        </>
      )}
      {myStep && !myTurn && (
        <p className="rounded border border-slate-300 bg-white p-3">
          Votre signature viendra après celle de :{" "}
          {open.map((s) => PARTY_LABELS[s.party]).join(", ")}.
        </p>
      )}
      {!myStep && (
        <p>
          Document soumis à signature : <a href={documentHref}>PDF figé</a>, empreinte{" "}
          <span className="break-all font-mono text-sm">{sha256}</span>.
        </p>
      )}
      {(["signer", "declaration"] as const).map((mode) => {
        const parties = paper
          .filter((p) => p.mode === mode)
          .map((p) => ({ value: p.party, label: PARTY_LABELS[p.party] }));
        return (
          parties.length > 0 && (
            <OfflineSignatureForm
              key={mode}
              {...scope}
              conventionId={c.id}
              mode={mode}
              parties={parties}
            />
          )
        );
      })}
      {writer && (
        <div className="flex flex-wrap gap-4">
          <ActionForm
            {...form}
            action={remindSignersAction}
            submitLabel="Relancer les signataires attendus"
            tone="secondary"
          />
          <ConfirmDetails
            summary="Reprendre en brouillon pour corriger"
            intro={
              <p className="mt-2 text-sm">
                Une nouvelle version sera créée ; les signatures déjà données portent sur
                l&apos;ancienne et devront être renouvelées.
              </p>
            }
            {...form}
            action={withdrawConventionAction}
            submitLabel="Reprendre en brouillon"
          >
            <TextAreaField
              id="withdraw-reason"
              name="reason"
              label="Motif (transmis aux signataires)"
              required
            />
          </ConfirmDetails>
        </div>
      )}
    </section>
  );
}

/** A convention in force: amend it, prepare its renewal, or terminate it. */
export function EvolveSection({
  convention: c,
  scope,
}: {
  convention: ConventionDetail;
  scope: ScopeProps;
}) {
  // Every act of this section is on this convention, in this scope.
  const form = { ...scope, hidden: { conventionId: c.id } };
  return (
    <section aria-labelledby="suite-titre" className="space-y-3">
      <h2 id="suite-titre">Faire évoluer la convention</h2>
      <div className="flex flex-wrap gap-4">
        {canApply("amend", c.status, c.endsOn) && (
          <ActionForm {...form} action={createAvenantAction} submitLabel="Rédiger un avenant" />
        )}
        <ActionForm
          {...form}
          action={renewConventionAction}
          submitLabel="Préparer le renouvellement"
          tone="secondary"
        />
      </div>
      {canApply("terminate", c.status, c.endsOn) && (
        <ConfirmDetails
          summary="Résilier la convention"
          {...form}
          action={terminateConventionAction}
          submitLabel="Résilier"
        >
          <InputField
            id="terminate-date"
            name="terminatedOn"
            type="date"
            label="Date d'effet (après le préavis prévu par la convention)"
            required
          />
          <TextAreaField
            id="terminate-reason"
            name="reason"
            label="Motif de la résiliation"
            required
          />
        </ConfirmDetails>
      )}
    </section>
  );
}
