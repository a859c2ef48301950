import type { ConventionDetail } from "@/lib/conventions/get-convention";
import { PARTY_LABELS } from "@/lib/conventions/vocabulary";
import { stepStatusLabel } from "@/lib/conventions/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { DataTable, type Column } from "@/components/ui/data-table";

const VERSION_STATUS: Record<string, string> = {
  BROUILLON: "Brouillon",
  EN_SIGNATURE: "En signature",
  SIGNEE: "Signée",
  REMPLACEE: "Remplacée",
};

type Step = ConventionDetail["current"]["steps"][number];

function stepColumns(scanHref: (stepId: string) => string): Column<Step>[] {
  return [
    { key: "order", header: "Ordre", cell: (s) => s.order },
    { key: "party", header: "Partie", rowHeader: true, cell: (s) => PARTY_LABELS[s.party] },
    {
      key: "status",
      header: "État",
      cell: (s) => (
        <>
          {stepStatusLabel(s)}
          {s.declaredByName && (
            <span className="block text-slate-700">
              Déclarée par {s.declaredByName}
              {s.declaredByEmail ? ` <${s.declaredByEmail}>` : ""} : le signataire n&apos;a pas de
              compte Tripartite
            </span>
          )}
          {s.refusalReason && <span className="block text-red-900">Motif : {s.refusalReason}</span>}
        </>
      ),
    },
    {
      key: "signer",
      header: "Signataire",
      cell: (s) => (s.signerName ? `${s.signerName}${s.qualite ? `, ${s.qualite}` : ""}` : "—"),
    },
    {
      key: "authorisation",
      header: "Autorisation",
      cell: (s) =>
        s.authorisationReference
          ? `${s.authorisationReference} du ${formatDate(s.authorisationDate)}`
          : "—",
    },
    {
      key: "evidence",
      header: "Date et preuve",
      cell: (s) => (
        <>
          {s.decidedAt ? formatDateTime(s.decidedAt) : "—"}
          {s.documentSha256 && s.status !== "REFUSEE" && (
            <span className="block font-mono text-xs break-all">SHA-256 {s.documentSha256}</span>
          )}
          {s.ip && <span className="block text-xs text-slate-700">IP {s.ip}</span>}
          {s.scanSha256 && (
            <a className="block text-xs" href={scanHref(s.id)}>
              Copie numérisée<span className="sr-only"> ({PARTY_LABELS[s.party]})</span>
            </a>
          )}
          {s.scanSha256 && (
            <span className="block font-mono text-xs break-all">Copie SHA-256 {s.scanSha256}</span>
          )}
        </>
      ),
    },
  ];
}

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
      <DataTable
        caption="Étapes de signature, dans l'ordre"
        className=""
        rows={steps}
        rowKey={(s) => s.id}
        rowClassName="align-top"
        columns={stepColumns(scanHref)}
      />
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
      <DataTable
        caption="Versions de la convention"
        className=""
        rows={versions}
        rowKey={(v) => v.id}
        columns={[
          { key: "number", header: "Version", rowHeader: true, cell: (v) => v.number },
          { key: "status", header: "État", cell: (v) => VERSION_STATUS[v.status] ?? v.status },
          { key: "frozenAt", header: "Figée le", cell: (v) => formatDateTime(v.frozenAt) },
          {
            key: "documents",
            header: "Documents",
            cell: (v) => (
              <>
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
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
