'use client';
import type { DomainId, DomainLink } from '../domains';
import { withTourParam } from '../tour/tour-state';
import { useTourState } from '../tour/tour-store';

export interface DomainSwitcherProps {
  current: DomainId;
  links: (DomainLink & { href: string })[];
}

/** Links the five apps; the current one is marked for sight (colour) and for screen readers (aria-current). */
export function DomainSwitcher({ current, links }: DomainSwitcherProps) {
  // Each app is its own origin: the tour state travels to the next app in the link.
  const tour = useTourState();
  return (
    <nav aria-label="Domains" className="order-last w-full overflow-x-auto md:order-none md:w-auto">
      <ul className="flex gap-1 text-sm">
        {links.map((d) => {
          const active = d.id === current;
          return (
            <li key={d.id}>
              <a
                href={withTourParam(d.href, tour)}
                title={d.summary}
                data-domain={d.id}
                aria-current={active ? 'true' : undefined}
                className={
                  'block whitespace-nowrap rounded-full px-3 py-1.5 transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 ' +
                  (active
                    ? 'bg-indigo-600 font-medium text-white'
                    : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white')
                }
              >
                {d.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
