import type { NetworkThresholdValues } from "@/lib/network/rules";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { boundFields } from "@/components/forms/bound-fields";
import { saveThresholdsAction } from "@/app/actions/network";

/** The collectivité's thresholds for its collèges' network. */
export function ThresholdsForm({
  values,
  ...scope
}: { values: NetworkThresholdValues } & ScopeProps) {
  const field = boundFields<keyof NetworkThresholdValues>(
    "seuils",
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  );
  return (
    <ActionForm
      action={saveThresholdsAction}
      submitLabel="Enregistrer les seuils"
      {...scope}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="grid gap-4 sm:grid-cols-5">
        {field.input("criticalMbps", "Seuil critique (Mbit/s)", { inputMode: "numeric" })}
        {field.input("targetMbps", "Palier cible (Mbit/s)", { inputMode: "numeric" })}
        {field.input("highMbps", "Très haut débit (Mbit/s)", { inputMode: "numeric" })}
        {field.input("kbpsPerPupil", "Débit par élève (kbit/s)", { inputMode: "numeric" })}
        {field.input("wifiCoveragePct", "Couverture Wi-Fi visée (%)", { inputMode: "numeric" })}
      </div>
    </ActionForm>
  );
}
