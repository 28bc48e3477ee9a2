import type { ReactNode } from 'react';
import { DOMAINS, domainBaseUrl, domainLink, type DomainId } from '../domains';
import type { DatasetAttribution } from '../overview';
import { TourBar, TourPanel } from '../tour/TourBar';
import { DomainSwitcher } from './DomainSwitcher';
import { PageNav } from './PageNav';
import { ThemeToggle } from './ThemeToggle';

export interface AtlasShellProps {
  domain: DomainId;
  attribution: DatasetAttribution[];
  version: string;
  children: ReactNode;
  /** Base URLs are read on the server at request time so one build serves any deployment. */
  env?: Record<string, string | undefined>;
}

/** The frame of every Atlas page: skip link, header with switcher and page nav, main, footer. */
export function AtlasShell({ domain, attribution, version, children, env = process.env }: AtlasShellProps) {
  const current = domainLink(domain);
  const links = DOMAINS.map((d) => ({ ...d, href: domainBaseUrl(d.id, env) }));
  const baseUrls = Object.fromEntries(links.map((l) => [l.id, l.href]));
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-indigo-600 focus:px-4 focus:py-2 focus:text-white"
      >
        Skip to content
      </a>
      <header className="print:hidden border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
          <a href={domainBaseUrl(domain, env)} className="flex items-center gap-2 rounded-md font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-indigo-500">
            <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-lg bg-indigo-600 text-sm font-bold text-white">A</span>
            <span>
              Atlas <span className="font-normal text-slate-500 dark:text-slate-400">/ {current.name}</span>
            </span>
          </a>
          <DomainSwitcher current={domain} links={links} />
          <div className="ml-auto flex flex-wrap items-center gap-2">
            <TourBar current={domain} baseUrls={baseUrls} />
            <a
              href="/workshop"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
            >
              Workshop
            </a>
            <ThemeToggle />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4">
          <PageNav />
        </div>
      </header>
      <TourPanel current={domain} baseUrls={baseUrls} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer className="print:hidden border-t border-slate-200 bg-white text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
        <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6">
          <p className="font-medium text-slate-800 dark:text-slate-200">Data attribution</p>
          <ul className="grid gap-1" aria-label="Datasets used by this app">
            {attribution.map((a) => (
              <li key={a.id}>
                <a className="underline decoration-slate-400 underline-offset-2 hover:text-indigo-600" href={a.homepage}>
                  {a.title}
                </a>{' '}
                ({a.license}). {a.citation}
              </li>
            ))}
          </ul>
          <p>
            Atlas {version} · a reference product for learning, not for decisions about real people.
          </p>
        </div>
      </footer>
    </div>
  );
}
