import type { ReactNode } from "react";
import type { AccessContext } from "@/lib/access/context";
import type { EluDashboard } from "@/lib/dashboards/collectivite-dashboard";
import { Stat } from "@/components/ui/stat";

/** What the élu's dashboard and its printable synthèse are both drawn from. */
export interface EluDashboardProps {
  ctx: AccessContext;
  code: string;
  collectivite: string;
  data: EluDashboard;
}

/** One part of the dashboard: an h2 naming a region, and its figures. */
export function DashboardSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-titre`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id={`${id}-titre`}>{title}</h2>
      {children}
    </section>
  );
}

/** A headline figure in a description list: its name, its value, and what it is compared with. */
export function Figure({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: ReactNode;
}) {
  return (
    <Stat
      label={label}
      value={value}
      valueClassName="text-2xl font-semibold tabular-nums"
      noteClassName="text-sm text-slate-800"
    >
      {children}
    </Stat>
  );
}

/** The dashboard's parts, one click away instead of a long scroll. */
export function OnThisPage({ parts }: { parts: { id: string; title: string }[] }) {
  return (
    <nav aria-label="Sur cette page" className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li className="font-medium text-slate-800">Sur cette page :</li>
        {parts.map((p) => (
          <li key={p.id}>
            <a href={`#${p.id}-titre`}>{p.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
