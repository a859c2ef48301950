import type { AccessContext } from "@/lib/access/context";
import { formatDate, formatInteger } from "@/lib/format";
import type { ProgrammeDetail } from "@/lib/programmes/read-programmes";
import { TRAINING_LABELS } from "@/lib/programmes/rules";
import type { ScopeProps } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import {
  AttestTrainingForm,
  DeclareTrainingForm,
  NetworkForm,
  RemoveAssignmentForm,
} from "@/components/programmes/programme-forms";
import { waveLabel } from "@/components/programmes/programme-timeline";

type Wave = ProgrammeDetail["waves"][number];
type College = Wave["colleges"][number];

function Network({ c }: { c: College }) {
  const measured = c.network;
  return (
    <>
      {measured ? (
        <span className="block">
          {measured.ready === true
            ? "Mesures : au niveau des seuils"
            : measured.ready === false
              ? `Mesures : sous les seuils (${measured.issues.join(", ")})`
              : `Mesures incomplètes (${measured.issues.join(", ")})`}
        </span>
      ) : null}
      {c.networkReadyAt
        ? `Déclarés prêts par la collectivité le ${formatDate(c.networkReadyAt)} (${c.networkReadyByName ?? "un agent"})`
        : "Non déclarés prêts"}
      {c.networkNote ? <span className="block text-slate-800">{c.networkNote}</span> : null}
    </>
  );
}

function Training({ c }: { c: College }) {
  const state = c.readiness.training;
  return (
    <>
      <span className="block">{TRAINING_LABELS[state]}</span>
      {state === "ATTESTEE" && c.trainingAttestedAt ? (
        <span className="block text-slate-800">
          le {formatDate(c.trainingAttestedAt)} par {c.trainingAttestedByName ?? "l'académie"}
        </span>
      ) : null}
      {state === "DECLAREE" && c.trainingDeclaredAt ? (
        <span className="block text-slate-800">
          déclaration du {formatDate(c.trainingDeclaredAt)} par{" "}
          {c.trainingDeclaredByName ?? "le collège"}
        </span>
      ) : null}
    </>
  );
}

/** What the member may do for one collège of the wave, each party its own act. */
function Acts({ ctx, c, scope }: { ctx: AccessContext; c: College; scope: ScopeProps }) {
  const college = `${c.etablissement.name}`;
  switch (ctx.scope.type) {
    case "COLLECTIVITE":
      return ctx.permissions.has("call.manage") ? (
        <div className="space-y-2">
          <NetworkForm
            {...scope}
            assignmentId={c.id}
            ready={c.networkReadyAt !== null}
            note={c.networkNote ?? ""}
            college={college}
          />
          <RemoveAssignmentForm {...scope} assignmentId={c.id} college={college} />
        </div>
      ) : null;
    case "ACADEMIE":
      return ctx.permissions.has("training.attest") && !c.trainingAttestedAt ? (
        <AttestTrainingForm {...scope} assignmentId={c.id} college={college} />
      ) : null;
    case "ETABLISSEMENT":
      return ctx.permissions.has("call.apply") && c.readiness.training === "A_FAIRE" ? (
        <DeclareTrainingForm {...scope} assignmentId={c.id} />
      ) : null;
    default:
      return null;
  }
}

/** One wave: its date, its state, and the table of its collèges with their readiness. */
export function WaveColleges({
  ctx,
  wave,
  scope,
}: {
  ctx: AccessContext;
  wave: Wave;
  scope: ScopeProps;
}) {
  const headingId = `vague-${wave.number}-titre`;
  const acts =
    (ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("call.manage")) ||
    (ctx.scope.type === "ACADEMIE" && ctx.permissions.has("training.attest")) ||
    (ctx.scope.type === "ETABLISSEMENT" && ctx.permissions.has("call.apply"));
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId}>{waveLabel(wave)}</h3>
      <p className="flex flex-wrap gap-2">
        {wave.prefiguration ? <Badge tone="info">Collèges préfigurateurs</Badge> : null}
        {wave.past ? <Badge tone="muted">Date passée</Badge> : null}
        {wave.atRisk ? (
          <Badge tone="warning">
            À risque : {formatInteger(wave.notReady)} collège(s) pas prêt(s)
          </Badge>
        ) : null}
      </p>
      <DataTable
        caption={`Collèges de la ${waveLabel(wave).toLowerCase()}`}
        rows={wave.colleges}
        rowKey={(c) => c.id}
        empty="Aucun collège dans cette vague pour l'instant."
        columns={[
          {
            key: "college",
            header: "Collège",
            rowHeader: true,
            cell: (c) => `${c.etablissement.name} (${c.etablissement.uai})`,
          },
          {
            key: "units",
            header: "Équipements prévus",
            numeric: true,
            cell: (c) => formatInteger(c.plannedUnits),
          },
          {
            key: "referent",
            header: "Référent numérique",
            cell: (c) => c.referentName ?? "Aucun référent numérique membre de l'espace du collège",
          },
          { key: "network", header: "Réseau et Wi-Fi", cell: (c) => <Network c={c} /> },
          { key: "training", header: "Formation des enseignants", cell: (c) => <Training c={c} /> },
          {
            key: "ready",
            header: "Prêt",
            cell: (c) =>
              c.readiness.ready ? (
                <Badge tone="success">Prêt</Badge>
              ) : (
                <>
                  <Badge tone="warning">Pas encore prêt</Badge>
                  <span className="mt-1 block">Reste : {c.readiness.missing.join(" ; ")}.</span>
                </>
              ),
          },
          acts && {
            key: "acts",
            header: "Actions",
            cell: (c) => <Acts ctx={ctx} c={c} scope={scope} />,
          },
        ]}
      />
    </section>
  );
}
