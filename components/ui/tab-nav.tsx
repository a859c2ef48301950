import { SubNav } from "@/components/ui/sub-nav";

/** A module's tabs, each a path under `base`; `keys` are the ones shown, in order. */
export function TabNav<K extends string>({
  label,
  base,
  tabs,
  keys,
  current,
}: {
  label: string;
  base: string;
  tabs: Readonly<Record<K, { path: string; label: string }>>;
  keys: readonly K[];
  current: K;
}) {
  const items = keys.map((key) => ({
    key,
    href: `${base}${tabs[key].path}`,
    label: tabs[key].label,
    current: key === current,
  }));
  return <SubNav label={label} items={items} />;
}
