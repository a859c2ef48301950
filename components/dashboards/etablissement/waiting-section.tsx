import type { ReactNode } from "react";
import Link from "next/link";
import type { CampaignDecisions, OpenCampaign } from "@/lib/dashboards/etablissement-campaigns";
import type { ConventionToSign } from "@/lib/dashboards/etablissement-to-sign";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { formatCents, formatDate, plural } from "@/lib/format";
import type { CollegeProjects } from "@/lib/dashboards/etablissement-projects";
import { ProjectsWaiting } from "@/components/dashboards/etablissement/projects-waiting";

interface Props {
  uai: string;
  /** Null: the member does not sign for the collège. */
  toSign: ConventionToSign[] | null;
  campaigns: { open: OpenCampaign[]; decisions: CampaignDecisions[] } | null;
  canSubmit: boolean;
  /** Null: the member does not read the appels à projets. */
  projects: CollegeProjects | null;
}

/** One kind of thing waiting: its heading, then what is said when there is none, or the list. */
function Waiting({
  title,
  empty,
  children,
}: {
  title: string;
  /** Shown instead of the children when nothing waits. */
  empty: ReactNode | null;
  children: ReactNode;
}) {
  return (
    <div className="space-y-2">
      <h3>{title}</h3>
      {empty ?? children}
    </div>
  );
}

/** Campaigns as cards: title and exercice (and what `heading` adds), then what `body` says. */
function CampaignCards<C extends { id: string; title: string; exercice: number }>({
  uai,
  items,
  heading,
  body,
}: {
  uai: string;
  items: C[];
  heading?: (c: C) => ReactNode;
  body: (c: C, href: string) => ReactNode;
}) {
  return (
    <ul className="space-y-2">
      {items.map((c) => {
        const href = `/e/${uai}/campagnes/${c.id}`;
        return (
          <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
            <p className="font-semibold">
              {c.title} (exercice {c.exercice}){heading?.(c)}
            </p>
            {body(c, href)}
          </li>
        );
      })}
    </ul>
  );
}

function ToSign({ uai, items }: { uai: string; items: ConventionToSign[] }) {
  const list = `/e/${uai}/conventions?tab=a-signer`;
  return (
    <Waiting
      title="Conventions à signer"
      empty={items.length === 0 ? <p>Aucune convention n&apos;attend votre signature.</p> : null}
    >
      <p>
        <Link href={list}>
          {items.length === 1
            ? "Voir la convention à signer"
            : `Voir les ${plural(items.length, "convention à signer", "conventions à signer")}`}
        </Link>{" "}
        : la signature de l&apos;établissement est attendue maintenant.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        {items.map((c) => (
          <li key={c.id}>
            <Link
              href={`/e/${uai}/conventions/${c.id}`}
            >{`Signer la convention ${c.reference}`}</Link>{" "}
            — {KIND_LABELS[c.kind]}, {c.title} (version {c.versionNumber})
          </li>
        ))}
      </ul>
    </Waiting>
  );
}

function OpenCampaigns({
  uai,
  items,
  canSubmit,
}: {
  uai: string;
  items: OpenCampaign[];
  canSubmit: boolean;
}) {
  return (
    <Waiting
      title="Campagnes de besoins ouvertes"
      empty={
        items.length === 0 ? (
          <p>
            Aucune campagne ouverte aux dépôts.{" "}
            <Link href={`/e/${uai}/campagnes`}>Voir toutes les campagnes de besoins</Link>
          </p>
        ) : null
      }
    >
      <CampaignCards
        uai={uai}
        items={items}
        body={(c, href) => (
          <>
            <p>
              Dépôts jusqu&apos;au {formatDate(c.closesOn)} inclus.{" "}
              <Link
                href={href}
              >{`${plural(c.needs, "besoin déposé", "besoins déposés")} par votre collège pour « ${c.title} »`}</Link>
            </p>
            {canSubmit ? (
              <p>
                <Link
                  href={`${href}#deposer-titre`}
                >{`Déposer un besoin pour « ${c.title} »`}</Link>
              </p>
            ) : null}
          </>
        )}
      />
    </Waiting>
  );
}

function Decisions({ uai, items }: { uai: string; items: CampaignDecisions[] }) {
  const outcomes = [
    ["ACCEPTE", "besoin accepté", "besoins acceptés"],
    ["PARTIEL", "besoin accepté en partie", "besoins acceptés en partie"],
    ["REFUSE", "besoin refusé", "besoins refusés"],
  ] as const;
  return (
    <Waiting
      title="Décisions reçues"
      empty={
        items.length === 0 ? (
          <p>
            Aucune décision reçue : aucune campagne arbitrée ne porte sur des besoins de votre
            collège.
          </p>
        ) : null
      }
    >
      <CampaignCards
        uai={uai}
        items={items}
        heading={(c) => (c.arbitratedAt ? `, arbitrée le ${formatDate(c.arbitratedAt)}` : "")}
        body={(c, href) => (
          <p>
            <Link
              href={href}
            >{`${plural(c.needs, "besoin déposé", "besoins déposés")} pour « ${c.title} »`}</Link>{" "}
            :{" "}
            {outcomes.map(([status, one, many], i) => (
              <span key={status}>
                {i > 0 ? ", " : ""}
                <Link
                  href={`${href}?status=${status}`}
                  aria-label={`${plural(c.byStatus[status], one, many)} pour « ${c.title} »`}
                >
                  {plural(c.byStatus[status], one, many)}
                </Link>
              </span>
            ))}{" "}
            ; {formatCents(c.acceptedCents)} accordés.
          </p>
        )}
      />
    </Waiting>
  );
}

/**
 * « Ce qui vous attend »: signatures, open needs campaigns, decisions on the collège's needs, the
 * reports of its funded projects and its deployment waves.
 */
export function WaitingSection({ uai, toSign, campaigns, canSubmit, projects }: Props) {
  return (
    <section
      aria-labelledby="attente-titre"
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-5"
    >
      <h2 id="attente-titre">Ce qui vous attend</h2>
      {toSign ? <ToSign uai={uai} items={toSign} /> : null}
      {campaigns ? (
        <>
          <OpenCampaigns uai={uai} items={campaigns.open} canSubmit={canSubmit} />
          <Decisions uai={uai} items={campaigns.decisions} />
        </>
      ) : null}
      {projects ? <ProjectsWaiting uai={uai} projects={projects} /> : null}
    </section>
  );
}
