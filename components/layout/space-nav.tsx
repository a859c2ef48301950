"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ModuleLink } from "@/lib/access/modules";

export function SpaceNav({ baseHref, modules }: { baseHref: string; modules: ModuleLink[] }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Modules de l'espace"
      className="border-b border-slate-200 bg-white print:hidden"
    >
      <ul className="mx-auto flex max-w-7xl flex-wrap gap-x-1 px-4">
        {modules.map((module) => {
          const href = `${baseHref}${module.path}`;
          const current =
            module.path === ""
              ? pathname === href
              : pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={module.key}>
              {module.available ? (
                <Link
                  href={href}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block border-b-2 px-1.5 py-3 text-sm no-underline ${
                    current
                      ? "border-blue-800 font-semibold text-blue-900"
                      : "border-transparent text-slate-800 hover:border-slate-400"
                  }`}
                >
                  {module.label}
                </Link>
              ) : (
                <span className="inline-block px-1.5 py-3 text-sm text-slate-600">
                  {module.label} <span className="text-xs">(à venir)</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
