import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import type { CallDetail } from "@/lib/calls/read-calls";
import { instructionOf } from "@/lib/calls/read-instruction";
import type { RequestedLine } from "@/lib/calls/applications";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { isNetworkDependent, networkWarnings } from "@/lib/network/readiness-gate";
import { InstructionSection } from "@/components/calls/instruction-view";
import { ReadinessWarnings } from "@/components/network/readiness-warnings";

/**
 * A closed call as the collectivité or the co-pilot académie instructs it: for the collectivité,
 * the readiness gate first (dossiers asking for interactive or mobile equipment in a collège whose
 * network is not ready), then the dossiers, scores and decisions.
 */
export async function ClosedCallInstruction({
  ctx,
  call,
  base,
}: {
  ctx: AccessContext;
  call: CallDetail;
  base: string;
}) {
  const instruction = (await instructionOf(ctx, call))!;
  const asked = new Map<string, string[]>();
  for (const d of instruction.dossiers)
    for (const line of d.equipment as unknown as RequestedLine[])
      if (isNetworkDependent(line.category))
        asked.set(d.etablissement.uai, [
          ...(asked.get(d.etablissement.uai) ?? []),
          `${CATEGORY_LABELS[line.category]} × ${line.quantity}`,
        ]);
  const warnings = await networkWarnings(ctx, [...asked.keys()]);
  return (
    <>
      <ReadinessWarnings
        id="reseau-appel"
        warnings={[...warnings.values()].map((w) => ({ ...w, needs: asked.get(w.uai) ?? [] }))}
        what="les équipements interactifs ou mobiles demandés par les dossiers de cet appel"
        networkHref={`${spaceHref(ctx)}/etablissements/reseau`}
      />
      <InstructionSection
        instruction={instruction}
        joint={call.joint}
        envelopeCents={call.envelopeCents}
        base={base}
      />
    </>
  );
}
