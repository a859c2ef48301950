import type { EtablissementDetail } from "@/lib/etablissements/get-etablissement";
import { formatDate } from "@/lib/format";
import { academieLabel } from "@/lib/referentials/labels";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";

const EP = { REP: "REP", REP_PLUS: "REP+" } as const;

/** Identity card of an établissement, as the ministry's registry describes it. */
export function EtablissementIdentity({
  etablissement: e,
}: {
  etablissement: EtablissementDetail;
}) {
  const rows: DetailRow[] = [
    ["UAI", e.uai],
    ["Nature", `${e.natureLabel} (${e.natureCode})`],
    [
      "Secteur",
      e.secteur === "PUBLIC"
        ? "Public"
        : `Privé${e.privateContractLabel ? ` — ${e.privateContractLabel.toLowerCase()}` : ""}`,
    ],
    [
      "Adresse",
      [e.address, [e.postalCode, e.communeName].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", "),
    ],
    ["Département", `${e.departement.name} (${e.departement.code})`],
    ["Collectivité de rattachement", e.collectivite.name],
    ["Académie", academieLabel(e.academie.name)],
    [
      "Éducation prioritaire",
      e.educationPrioritaire ? EP[e.educationPrioritaire] : "Hors éducation prioritaire",
    ],
    ["Ouverture", formatDate(e.openedOn)],
    ["État", e.etat === "OUVERT" ? "Ouvert" : `Fermé depuis le ${formatDate(e.closedAt)}`],
  ];
  if (e.phone) rows.push(["Téléphone", e.phone]);
  if (e.email) rows.push(["Courriel", e.email]);
  return (
    <section
      aria-labelledby="identite-titre"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="identite-titre">Identité</h2>
      <DetailList
        rows={rows}
        className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]"
        termClassName="font-medium text-slate-700"
      />
      <p className="mt-4 text-xs text-slate-700">
        Source : {e.source} (MENJ, Licence Ouverte 2.0), importé le {formatDate(e.importedAt)}.
      </p>
    </section>
  );
}
