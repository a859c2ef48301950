import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { spaceHref } from "@/lib/access/space-href";
import { centsToInput } from "@/lib/budgets/money";
import { formatCents, formatDate, formatInteger, plural } from "@/lib/format";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { collegeOptions, getProgramme, listProgrammes } from "@/lib/programmes/read-programmes";
import { DEPLOYMENT_STATUS_LABELS, RISK_WINDOW_DAYS } from "@/lib/programmes/rules";
import { scopePropsOf } from "@/components/forms/scope-fields";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/ui/detail-list";
import { Badge } from "@/components/ui/badge";
import { BackHeading } from "@/components/ui/back-heading";
import { DoneNotice } from "@/components/ui/done-notice";
import {
  AdoptForm,
  AssignForm,
  EditProgrammeForm,
  NewProgrammeForm,
  WaveForm,
} from "@/components/programmes/programme-forms";
import { ProgrammeTimeline, waveLabel } from "@/components/programmes/programme-timeline";
import { WaveColleges } from "@/components/programmes/wave-colleges";
import { orNotFound } from "@/app/_server/or-not-found";

const INTRO: Record<string, string> = {
  COLLECTIVITE:
    "Vos programmes d'équipement par vagues : placez les collèges dans les vagues, les préfigurateurs d'abord, et suivez ce qui manque à chacun avant son déploiement.",
  ACADEMIE:
    "Les programmes adoptés par les collectivités pour les collèges de l'académie : suivez les vagues et attestez la formation des enseignants de chaque collège.",
  ETABLISSEMENT:
    "Les programmes de votre collectivité qui équipent votre collège : votre vague, sa date, et ce qu'il reste à faire avant le déploiement.",
};

const DONE: Record<string, string> = {
  adoption: "Programme adopté : l'académie et les collèges le lisent désormais.",
  reseau: "L'état du réseau et du Wi-Fi est enregistré.",
  retrait: "Le collège est retiré du programme.",
  attestation: "La formation des enseignants est attestée par l'académie.",
  declaration:
    "Votre déclaration est enregistrée : elle reste une déclaration tant que l'académie ne l'a pas attestée.",
};

const programmesHref = (ctx: AccessContext) => `${spaceHref(ctx)}/appels/programmes`;

/** The programmes of a space, and for the collectivité the form of a new one. */
export async function ProgrammesListPage({ ctx }: { ctx: AccessContext }) {
  const base = programmesHref(ctx);
  const items = await listProgrammes(ctx);
  const writer = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("call.manage");
  return (
    <section aria-labelledby="programmes-titre" className="space-y-4">
      <BackHeading
        href={`${spaceHref(ctx)}/appels`}
        label="← Appels à projets"
        title="Programmes de déploiement par vagues"
        titleId="programmes-titre"
      />
      <p className="text-slate-800">{INTRO[ctx.scope.type]}</p>
      <DataTable
        caption="Programmes de déploiement, le plus récent d'abord"
        rows={items}
        rowKey={(p) => p.id}
        empty="Aucun programme de déploiement pour l'instant."
        columns={[
          {
            key: "title",
            header: "Programme",
            rowHeader: true,
            cell: (p) => <Link href={`${base}/${p.id}`}>{p.title}</Link>,
          },
          { key: "category", header: "Équipement", cell: (p) => CATEGORY_LABELS[p.category] },
          {
            key: "status",
            header: "État",
            cell: (p) => (
              <Badge tone={p.status === "ADOPTE" ? "success" : "neutral"}>
                {DEPLOYMENT_STATUS_LABELS[p.status]}
              </Badge>
            ),
          },
          {
            key: "years",
            header: "Années",
            cell: (p) =>
              p.firstYear === null
                ? "Aucune vague"
                : p.firstYear === p.lastYear
                  ? String(p.firstYear)
                  : `${p.firstYear}–${p.lastYear}`,
          },
          { key: "waves", header: "Vagues", numeric: true, cell: (p) => formatInteger(p.waves) },
          {
            key: "colleges",
            header: "Collèges",
            numeric: true,
            cell: (p) => formatInteger(p.colleges),
          },
        ]}
      />
      {writer ? (
        <section aria-labelledby="nouveau-programme-titre" className="space-y-2">
          <h2 id="nouveau-programme-titre">Nouveau programme</h2>
          <NewProgrammeForm {...scopePropsOf(ctx, base)} />
        </section>
      ) : null}
    </section>
  );
}

/** One programme: its terms, its timeline, each wave's collèges and their readiness. */
export async function ProgrammePage({
  ctx,
  id,
  done,
}: {
  ctx: AccessContext;
  id: string;
  done?: string;
}) {
  const base = programmesHref(ctx);
  const path = `${base}/${id}`;
  const programme = await orNotFound(getProgramme(ctx, id));
  const scope = scopePropsOf(ctx, path);
  const writer = ctx.scope.type === "COLLECTIVITE" && ctx.permissions.has("call.manage");
  const college = ctx.scope.type === "ETABLISSEMENT";
  return (
    <section aria-labelledby="programme-titre" className="space-y-6">
      <div>
        <BackHeading
          href={base}
          label="← Tous les programmes"
          title={programme.title}
          titleId="programme-titre"
        />
        <p className="mt-1">
          <Badge tone={programme.status === "ADOPTE" ? "success" : "neutral"}>
            {DEPLOYMENT_STATUS_LABELS[programme.status]}
          </Badge>
        </p>
      </div>
      <DoneNotice done={done} messages={DONE} />
      <DetailList
        rows={[
          ["Collectivité", programme.collectivite.name],
          ["Équipement", CATEGORY_LABELS[programme.category]],
          [
            "Objectif",
            <span key="objectif" className="whitespace-pre-line">
              {programme.objective}
            </span>,
          ],
          ["Coût unitaire", formatCents(programme.unitCostCents)],
          [
            "Adoption",
            programme.adoptedAt
              ? `Adopté le ${formatDate(programme.adoptedAt)} par ${programme.adoptedByName ?? "un agent"}`
              : "En préparation : ni l'académie ni les collèges ne le lisent encore.",
          ],
          [
            college ? "Votre collège" : "Collèges",
            `${plural(programme.colleges, "collège")}, ${plural(programme.units, "équipement prévu", "équipements prévus")}, ${formatCents(programme.costCents)} estimés`,
          ],
        ]}
      />
      {writer && programme.status === "BROUILLON" ? (
        <section aria-labelledby="adoption-titre" className="space-y-2">
          <h2 id="adoption-titre">Adoption</h2>
          <p>
            Une fois adopté, le programme est lu par l&apos;académie (qui atteste la formation des
            enseignants) et par chaque collège placé dans une vague ; le plan de renouvellement et
            les propositions budgétaires comptent ses vagues.
          </p>
          <AdoptForm {...scope} programmeId={programme.id} />
        </section>
      ) : null}
      {programme.waves.length > 0 && !college ? <ProgrammeTimeline programme={programme} /> : null}
      <section aria-labelledby="vagues-titre" className="space-y-4">
        <h2 id="vagues-titre">{college ? "Votre vague" : "Vagues"}</h2>
        <p className="text-sm text-slate-800">
          Un collège est prêt quand il a un référent numérique, que la collectivité a déclaré son
          réseau et son Wi-Fi prêts, et que l&apos;académie a attesté la formation de ses
          enseignants. Une vague qui arrive dans moins de {RISK_WINDOW_DAYS} jours avec un collège
          pas prêt est signalée « à risque ».
        </p>
        {programme.waves.length === 0 ? <p>Aucune vague pour l&apos;instant.</p> : null}
        {programme.waves
          .filter((wave) => !college || wave.colleges.length > 0)
          .map((wave) => (
            <WaveColleges key={wave.id} ctx={ctx} wave={wave} scope={scope} />
          ))}
      </section>
      {writer ? (
        <section aria-labelledby="planifier-titre" className="space-y-4">
          <h2 id="planifier-titre">Planifier</h2>
          <WaveForm {...scope} programmeId={programme.id} />
          {programme.waves.length > 0 ? (
            <AssignForm
              {...scope}
              programmeId={programme.id}
              waves={programme.waves.map((w) => ({ id: w.id, label: waveLabel(w) }))}
              colleges={await collegeOptions(ctx)}
            />
          ) : null}
          <details>
            <summary className="cursor-pointer">
              Modifier l&apos;intitulé, l&apos;objectif ou le coût unitaire
            </summary>
            <div className="mt-2">
              <EditProgrammeForm
                {...scope}
                programmeId={programme.id}
                values={{
                  title: programme.title,
                  objective: programme.objective,
                  unitCost: centsToInput(BigInt(programme.unitCostCents)),
                }}
              />
            </div>
          </details>
        </section>
      ) : null}
    </section>
  );
}
