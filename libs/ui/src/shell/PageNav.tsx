'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { PAGES, activePage } from '../navigation';

/** Overview, Try, Evaluate, Train, Data, Compare: the same pages in every app. */
export function PageNav() {
  const current = activePage(usePathname() ?? '/');
  return (
    <nav aria-label="Pages" className="-mb-px overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {PAGES.map((p) => {
          const active = p.slug === current;
          return (
            <li key={p.slug}>
              <Link
                href={`/${p.slug}`}
                aria-current={active ? 'page' : undefined}
                className={
                  'block border-b-2 px-3 py-2.5 transition focus-visible:outline-2 focus-visible:outline-indigo-500 ' +
                  (active
                    ? 'border-indigo-600 font-medium text-indigo-700 dark:text-indigo-300'
                    : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white')
                }
              >
                {p.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
