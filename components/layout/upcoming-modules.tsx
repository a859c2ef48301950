import type { ModuleLink } from "@/lib/access/modules";

const DESCRIPTIONS: Record<string, string> = {
  conventions: "conventions tripartites, matrice des responsabilités, signature à trois et avenants",
  inventaire: "inventaire des équipements, référentiel, plan de renouvellement et indicateurs",
  budgets: "budgets M57, autorisations de programme et crédits de paiement",
  dotations: "dotations et allocations reçues par l'établissement",
  campagnes: "campagnes de recensement des besoins, avis et arbitrages",
  personnes: "membres de l'espace, invitations et rôles",
  journal: "journal d'audit de chaque modification",
};

/** The modules of the space that are not open yet, said plainly rather than shown as empty pages. */
export function UpcomingModules({ modules }: { modules: ModuleLink[] }) {
  const upcoming = modules.filter((m) => !m.available);
  if (upcoming.length === 0) return null;
  return (
    <section aria-labelledby="a-venir-titre" className="rounded-lg border border-dashed border-slate-300 bg-white p-5">
      <h2 id="a-venir-titre">Modules en préparation</h2>
      <p className="mt-1 text-sm text-slate-700">Ces modules ne sont pas encore ouverts : aucune donnée n&apos;y est affichée.</p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-sm">
        {upcoming.map((m) => (
          <li key={m.key}>
            <strong>{m.label}</strong> : {DESCRIPTIONS[m.key] ?? ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
