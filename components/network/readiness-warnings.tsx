import type { NetworkWarning } from "@/lib/network/readiness-gate";

/**
 * The readiness gate in words, before a decision: the collèges whose network is below the
 * thresholds (or unknown) and what the decision would put there. Nothing when all are ready.
 */
export function ReadinessWarnings({
  id,
  warnings,
  what,
  networkHref,
  collapseAfter = Infinity,
}: {
  id: string;
  /** Past this many collèges, the list starts folded (a plan over the whole fleet). */
  collapseAfter?: number;
  warnings: readonly (NetworkWarning & { needs?: string[] })[];
  /** « les besoins d'équipements interactifs ou mobiles de cette campagne » */
  what: string;
  networkHref?: string;
}) {
  if (warnings.length === 0) return null;
  const below = warnings.filter((w) => w.ready === false).length;
  return (
    <section
      aria-labelledby={`${id}-titre`}
      className="space-y-2 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 id={`${id}-titre`} className="text-base">
        Avant de décider : réseau des collèges concernés
      </h2>
      <p>
        Des équipements interactifs ou mobiles ne servent pas là où l&apos;accès internet ou le
        Wi-Fi ne sont pas prêts. Pour {what}, {below} collège{below > 1 ? "s ont" : " a"} un réseau
        sous les seuils de la collectivité et {warnings.length - below} un réseau inconnu ou
        incomplet.
        {networkHref ? (
          <>
            {" "}
            <a href={networkHref}>Voir le réseau des collèges</a>.
          </>
        ) : null}
      </p>
      <details open={warnings.length <= collapseAfter}>
        <summary className="cursor-pointer font-semibold">
          {warnings.length > 1 ? `Les ${warnings.length} collèges` : "Le collège"}
        </summary>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {warnings.map((w) => (
            <li key={w.uai}>
              <strong>
                {w.name} ({w.uai})
              </strong>{" "}
              — {w.text}
              {w.needs && w.needs.length > 0 ? `. Demandé : ${w.needs.join(", ")}` : ""}.
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** The same, for one decision: one line beside its form. */
export function ReadinessWarningLine({ warning }: { warning: NetworkWarning }) {
  return (
    <p className="mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
      <strong>Attention, {warning.ready === false ? "réseau non prêt" : "réseau inconnu"}</strong> :{" "}
      {warning.name} — {warning.text}.
    </p>
  );
}
