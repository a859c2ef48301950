import Link from "next/link";
import type { ConventionToSign } from "@/lib/dashboards/academie-to-sign";
import { formatInteger, plural } from "@/lib/format";
import type { DashboardLinks } from "@/components/dashboards/academie/links";

/** First on the page for a signer: the conventions whose académie step is open now. */
export function ToSignSection({
  toSign,
  links,
}: {
  toSign: { count: number; items: ConventionToSign[] };
  links: DashboardLinks;
}) {
  const { count, items } = toSign;
  const listHref = links.conventions("a-signer");
  return (
    <section
      aria-labelledby="a-signer-titre"
      className="space-y-3 rounded-lg border-2 border-blue-800 bg-white p-5"
    >
      <h2 id="a-signer-titre">Conventions à signer</h2>
      {count === 0 ? (
        <p>Aucune convention n&apos;attend la signature de l&apos;académie.</p>
      ) : (
        <>
          <p>
            <strong>{plural(count, "convention")}</strong> {count > 1 ? "attendent" : "attend"} la
            signature de l&apos;académie.
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {items.map((c) => (
              <li key={c.id}>
                <Link href={links.convention(c.id)} className="font-mono">
                  {c.reference}
                </Link>
                {" — "}
                {c.etablissement
                  ? `${c.etablissement.name} (${c.etablissement.communeName})`
                  : c.title}
              </li>
            ))}
          </ul>
          {count > items.length ? (
            <p className="text-sm text-slate-800">
              … et {formatInteger(count - items.length)} de plus dans la liste.
            </p>
          ) : null}
          <p className="flex flex-wrap gap-x-6 gap-y-1">
            <Link href={listHref}>
              {count > 1
                ? `Voir les ${formatInteger(count)} conventions à signer`
                : "Voir la convention à signer"}
            </Link>
            {count > 1 ? (
              <Link
                href={`${listHref}#signer-par-lot`}
              >{`Signer les ${formatInteger(count)} conventions par lot`}</Link>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
