import type { CampaignDetail } from "@/lib/campaigns/get-campaign";
import { CATEGORY_LABELS } from "@/lib/inventory/labels";
import { formatCents, formatDate, formatDateTime, formatInteger } from "@/lib/format";
import { DetailList, type DetailRow } from "@/components/ui/detail-list";

function percent(part: bigint, whole: bigint): number {
  return whole > 0n ? Number((part * 1000n) / whole) / 10 : 0;
}

/** A bar with its figures in words beside it: the bar is decoration, the text carries the meaning. */
function Gauge({
  label,
  part,
  whole,
  id,
}: {
  label: string;
  part: bigint;
  whole: bigint;
  id: string;
}) {
  const pct = percent(part, whole);
  const over = part > whole;
  return (
    <div className="space-y-1">
      <p id={id} className="text-sm">
        <span className="font-medium">{label} :</span> {formatCents(part)} sur {formatCents(whole)}{" "}
        ({pct.toLocaleString("fr-FR")} %)
        {over ? (
          <strong className="text-red-800"> — dépassement de {formatCents(part - whole)}</strong>
        ) : (
          <> — reste {formatCents(whole - part)}</>
        )}
      </p>
      <div
        aria-hidden="true"
        className="h-3 w-full overflow-hidden rounded border border-slate-500 bg-white"
      >
        <div
          className={`h-full ${over ? "bg-red-700" : "bg-blue-800"}`}
          style={{ width: `${Math.min(100, pct)}%` }}
        />
      </div>
    </div>
  );
}

/** The campaign's terms and where it stands, as far as the space may see. */
export function CampaignSummary({
  detail,
  scopeType,
}: {
  detail: CampaignDetail;
  scopeType: string;
}) {
  const { campaign: c, totals, budgetLine } = detail;
  const rows: DetailRow[] = [
    ["Collectivité", c.collectivite.name],
    ["Exercice budgétaire", String(c.exercice)],
    ["Dépôts", `du ${formatDate(c.opensOn)} au ${formatDate(c.closesOn)} inclus`],
    ["Enveloppe", formatCents(c.envelopeCents)],
    ["Catégories couvertes", c.categories.map((cat) => CATEGORY_LABELS[cat]).join(", ")],
  ];
  if (c.openedAt) rows.push(["Ouverte le", formatDateTime(c.openedAt)]);
  if (c.arbitratedAt) rows.push(["Arbitrage clos le", formatDateTime(c.arbitratedAt)]);
  const whose =
    scopeType === "ETABLISSEMENT"
      ? "de votre collège"
      : scopeType === "ACADEMIE"
        ? "de vos collèges"
        : "";
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <DetailList rows={rows} />
        {c.description ? (
          <p className="whitespace-pre-line border-t border-slate-200 pt-2 text-sm">
            {c.description}
          </p>
        ) : null}
      </div>
      <section
        aria-labelledby="campagne-bilan"
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="campagne-bilan">Bilan {whose}</h2>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          <li>
            Besoins déposés : <strong>{formatInteger(totals.needs)}</strong>
            {scopeType !== "ETABLISSEMENT"
              ? ` (${formatInteger(totals.colleges)} collège${totals.colleges > 1 ? "s" : ""})`
              : ""}
          </li>
          <li>
            Montant demandé : <strong>{formatCents(totals.requestedCents)}</strong>
          </li>
          {scopeType !== "ETABLISSEMENT" || c.status === "ARBITREE" ? (
            <li>
              Avis de l&apos;académie donnés : <strong>{formatInteger(totals.opinions)}</strong>
            </li>
          ) : null}
          <li>
            Besoins décidés :{" "}
            <strong>
              {totals.decided === null ? "connus après l'arbitrage" : formatInteger(totals.decided)}
            </strong>
          </li>
        </ul>
        {totals.acceptedCents !== null && scopeType === "COLLECTIVITE" ? (
          <Gauge
            id="jauge-enveloppe"
            label="Total accepté sur l'enveloppe"
            part={totals.acceptedCents}
            whole={c.envelopeCents}
          />
        ) : totals.acceptedCents !== null ? (
          <p className="text-sm">
            <span className="font-medium">Montant accepté :</span>{" "}
            {formatCents(totals.acceptedCents)}
          </p>
        ) : null}
        {budgetLine && totals.acceptedCents !== null ? (
          <div className="space-y-1">
            <Gauge
              id="jauge-ligne"
              label={`Accepté sur la ligne ${budgetLine.chapitre} / ${budgetLine.nature} (${budgetLine.label}), crédits votés`}
              part={totals.acceptedCents}
              whole={budgetLine.votedCents}
            />
            <p className="text-xs text-slate-700">
              Crédits votés = budget primitif + décisions modificatives de la ligne, lus sans
              modification.
            </p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
