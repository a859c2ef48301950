import type { ConventionDetail } from "@/lib/conventions/get-convention";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { stepStatusLabel } from "@/lib/conventions/labels";
import { formatDate, formatDateTime } from "@/lib/format";

const VERSION_STATUS: Record<string, string> = {
  BROUILLON: "Brouillon",
  EN_SIGNATURE: "En signature",
  SIGNEE: "Signée",
  REMPLACEE: "Remplacée",
};

/** Each party's step on a version, with the evidence of what was signed. */
export function SignatureSteps({
  steps,
  versionNumber,
  scanHref,
}: {
  steps: ConventionDetail["current"]["steps"];
  versionNumber: number;
  scanHref: (stepId: string) => string;
}) {
  return (
    <section aria-labelledby="etapes-titre" className="space-y-2">
      <h2 id="etapes-titre">Circuit de signature (version {versionNumber})</h2>
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Étapes de signature, dans l&apos;ordre</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Ordre
              </th>
              <th scope="col" className="px-3 py-2">
                Partie
              </th>
              <th scope="col" className="px-3 py-2">
                État
              </th>
              <th scope="col" className="px-3 py-2">
                Signataire
              </th>
              <th scope="col" className="px-3 py-2">
                Autorisation
              </th>
              <th scope="col" className="px-3 py-2">
                Date et preuve
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{s.order}</td>
                <th scope="row" className="px-3 py-2 font-normal">
                  {PARTY_LABELS[s.party]}
                </th>
                <td className="px-3 py-2">
                  {stepStatusLabel(s)}
                  {s.declaredByName && (
                    <span className="block text-slate-700">
                      Déclarée par {s.declaredByName}
                      {s.declaredByEmail ? ` <${s.declaredByEmail}>` : ""} : le signataire n&apos;a
                      pas de compte Tripartite
                    </span>
                  )}
                  {s.refusalReason && (
                    <span className="block text-red-900">Motif : {s.refusalReason}</span>
                  )}
                </td>
                <td className="px-3 py-2">
                  {s.signerName ? `${s.signerName}${s.qualite ? `, ${s.qualite}` : ""}` : "—"}
                </td>
                <td className="px-3 py-2">
                  {s.authorisationReference
                    ? `${s.authorisationReference} du ${formatDate(s.authorisationDate)}`
                    : "—"}
                </td>
                <td className="px-3 py-2">
                  {s.decidedAt ? formatDateTime(s.decidedAt) : "—"}
                  {s.documentSha256 && s.status !== "REFUSEE" && (
                    <span className="block font-mono text-xs break-all">
                      SHA-256 {s.documentSha256}
                    </span>
                  )}
                  {s.ip && <span className="block text-xs text-slate-700">IP {s.ip}</span>}
                  {s.scanSha256 && (
                    <a className="block text-xs" href={scanHref(s.id)}>
                      Copie numérisée<span className="sr-only"> ({PARTY_LABELS[s.party]})</span>
                    </a>
                  )}
                  {s.scanSha256 && (
                    <span className="block font-mono text-xs break-all">
                      Copie SHA-256 {s.scanSha256}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every version with its documents, and the signed versions that were in force in turn. */
export function VersionHistory({
  versions,
  history,
  fileHref,
}: {
  versions: ConventionDetail["versions"];
  history: ConventionDetail["history"];
  fileHref: (file: string, id: string) => string;
}) {
  return (
    <section aria-labelledby="versions-titre" className="space-y-2">
      <h2 id="versions-titre">Historique</h2>
      {history.length > 0 && (
        <ol className="list-decimal pl-6 text-sm">
          {history.map((h) => (
            <li key={h.id}>
              {h.convention.kind === "AVENANT"
                ? `Avenant ${h.convention.reference}`
                : `Convention ${h.convention.reference}`}{" "}
              signée le {formatDate(h.signedAt)}, en vigueur du {formatDate(h.startsOn)} au{" "}
              {formatDate(h.endsOn)}
            </li>
          ))}
        </ol>
      )}
      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Versions de la convention</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                Version
              </th>
              <th scope="col" className="px-3 py-2">
                État
              </th>
              <th scope="col" className="px-3 py-2">
                Figée le
              </th>
              <th scope="col" className="px-3 py-2">
                Documents
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-normal">
                  {v.number}
                </th>
                <td className="px-3 py-2">{VERSION_STATUS[v.status] ?? v.status}</td>
                <td className="px-3 py-2">{formatDateTime(v.frozenAt)}</td>
                <td className="px-3 py-2">
                  {v.frozenSha256 && (
                    <a href={fileHref("fige", v.id)}>
                      PDF figé<span className="sr-only"> de la version {v.number}</span>
                    </a>
                  )}
                  {v.finalSha256 && (
                    <>
                      {" "}
                      ·{" "}
                      <a href={fileHref("final", v.id)}>
                        PDF signé<span className="sr-only"> de la version {v.number}</span>
                      </a>
                    </>
                  )}
                  {!v.frozenSha256 && "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
