import Link from "next/link";
import type { ReactNode } from "react";
import type { CampaignDecisions, OpenCampaign } from "@/lib/dashboards/etablissement-campaigns";
import type { ConventionToSign } from "@/lib/dashboards/etablissement-to-sign";
import { KIND_LABELS } from "@/lib/conventions/labels";
import { formatCents, formatDate, plural } from "@/lib/format";

interface Props {
  uai: string;
  /** Null: the member does not sign for the collège. */
  toSign: ConventionToSign[] | null;
  campaigns: { open: OpenCampaign[]; decisions: CampaignDecisions[] } | null;
  canSubmit: boolean;
}

function ToSign({ uai, items }: { uai: string; items: ConventionToSign[] }) {
  const list = `/e/${uai}/conventions?tab=a-signer`;
  return (
    <div className="space-y-2">
      <h3>Conventions à signer</h3>
      {items.length === 0 ? (
        <p>Aucune convention n&apos;attend votre signature.</p>
      ) : (
        <>
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
        </>
      )}
    </div>
  );
}

/** A heading, then one card a campaign (title, exercice, what `body` says of it), or `empty`. */
function CampaignCards<C extends { id: string; title: string; exercice: number }>({
  heading,
  empty,
  uai,
  items,
  titleSuffix,
  body,
}: {
  heading: string;
  empty: ReactNode;
  uai: string;
  items: C[];
  titleSuffix?: (campaign: C) => string;
  body: (campaign: C, href: string) => ReactNode;
}) {
  return (
    <div className="space-y-2">
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="space-y-2">
          {items.map((c) => {
            const href = `/e/${uai}/campagnes/${c.id}`;
            return (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">
                  {c.title} (exercice {c.exercice}){titleSuffix?.(c)}
                </p>
                {body(c, href)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
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
    <CampaignCards
      heading="Campagnes de besoins ouvertes"
      empty={
        <>
          Aucune campagne ouverte aux dépôts.{" "}
          <Link href={`/e/${uai}/campagnes`}>Voir toutes les campagnes de besoins</Link>
        </>
      }
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
              <Link href={`${href}#deposer-titre`}>{`Déposer un besoin pour « ${c.title} »`}</Link>
            </p>
          ) : null}
        </>
      )}
    />
  );
}

function Decisions({ uai, items }: { uai: string; items: CampaignDecisions[] }) {
  const outcomes = [
    ["ACCEPTE", "besoin accepté", "besoins acceptés"],
    ["PARTIEL", "besoin accepté en partie", "besoins acceptés en partie"],
    ["REFUSE", "besoin refusé", "besoins refusés"],
  ] as const;
  return (
    <CampaignCards
      heading="Décisions reçues"
      empty="Aucune décision reçue : aucune campagne arbitrée ne porte sur des besoins de votre collège."
      uai={uai}
      items={items}
      titleSuffix={(c) => (c.arbitratedAt ? `, arbitrée le ${formatDate(c.arbitratedAt)}` : "")}
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
  );
}

/** « Ce qui vous attend »: signatures, open needs campaigns, decisions on the collège's needs. */
export function WaitingSection({ uai, toSign, campaigns, canSubmit }: Props) {
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
    </section>
  );
}
