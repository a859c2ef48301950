import Link from "next/link";

/** The tabs of a module (inventory, budgets): links, the current one marked for assistive technologies. */
export function SubNav({
  label,
  items,
}: {
  label: string;
  items: readonly { key: string; href: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={`inline-block rounded-t px-3 py-2 ${item.current ? "border border-b-0 border-slate-300 bg-white font-semibold text-slate-900" : "text-blue-800"}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A SubNav from a table of tabs (`path` below `base`, `label`): the tabs of `keys`, in order. */
export function TabsNav<K extends string>({
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
