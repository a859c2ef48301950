import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { ACCESS_TECHNOLOGY_LABELS } from "@/lib/network/rules";
import { keysOf } from "@/lib/objects";
import { ActionForm, type ScopeProps } from "@/components/forms/action-form";
import { boundFields } from "@/components/forms/bound-fields";
import { saveNetworkAction } from "@/app/actions/network";

export interface NetworkFormValues {
  accessTechnology: string;
  downMbps: string;
  upMbps: string;
  operator: string;
  contractEndsOn: string;
  backupLink: string;
  backboneMbps: string;
  lastAuditOn: string;
  teachingRooms: string;
  wifiRooms: string;
  filteringSolution: string;
  filteringParty: string;
  entName: string;
  entGroupement: string;
  entSince: string;
  garEnabled: string;
  messaging: string;
}

/** What the collectivité records of a collège's network; every field may stay empty (unknown). */
export function NetworkForm({
  uai,
  values,
  ...scope
}: { uai: string; values: NetworkFormValues } & ScopeProps) {
  const field = boundFields<keyof NetworkFormValues>("reseau", values);
  const grid = "grid gap-4 sm:grid-cols-3";
  return (
    <ActionForm
      action={saveNetworkAction}
      hidden={{ uai }}
      submitLabel="Enregistrer le réseau du collège"
      {...scope}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <fieldset className={grid}>
        <legend className="mb-2 font-medium">Accès internet</legend>
        {field.coded(
          "accessTechnology",
          "Technologie",
          keysOf(ACCESS_TECHNOLOGY_LABELS),
          ACCESS_TECHNOLOGY_LABELS,
          { emptyLabel: "Inconnue" },
        )}
        {field.input("downMbps", "Débit descendant (Mbit/s)", { inputMode: "decimal" })}
        {field.input("upMbps", "Débit montant (Mbit/s)", { inputMode: "decimal" })}
        {field.input("operator", "Opérateur", { maxLength: 200 })}
        {field.input("contractEndsOn", "Fin du contrat d'accès", { type: "date" })}
        {field.input("backupLink", "Lien de secours", { maxLength: 200 })}
      </fieldset>
      <fieldset className={grid}>
        <legend className="mb-2 font-medium">Réseau interne</legend>
        {field.input("backboneMbps", "Débit du cœur de réseau (Mbit/s)", { inputMode: "numeric" })}
        {field.input("lastAuditOn", "Dernier audit du réseau", { type: "date" })}
        {field.input("teachingRooms", "Salles d'enseignement", { inputMode: "numeric" })}
        {field.input("wifiRooms", "Salles couvertes par le Wi-Fi", { inputMode: "numeric" })}
      </fieldset>
      <fieldset className={grid}>
        <legend className="mb-2 font-medium">Filtrage et services</legend>
        {field.input("filteringSolution", "Solution de filtrage", { maxLength: 200 })}
        {field.coded("filteringParty", "Filtrage assuré par", keysOf(PARTY_LABELS), PARTY_LABELS, {
          emptyLabel: "Inconnu",
        })}
        {field.input("entName", "ENT", { maxLength: 200 })}
        {field.input("entGroupement", "Groupement de commandes de l'ENT", { maxLength: 200 })}
        {field.input("entSince", "ENT en service depuis", { type: "date" })}
        {field.select(
          "garEnabled",
          "GAR activé",
          [
            { value: "oui", label: "Oui" },
            { value: "non", label: "Non" },
          ],
          { emptyLabel: "Inconnu" },
        )}
        {field.input("messaging", "Messagerie", { maxLength: 200 })}
      </fieldset>
    </ActionForm>
  );
}
