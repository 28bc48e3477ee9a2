import type { ReactNode } from 'react';
import type { DomainOverview } from '../overview';
import { AtlasShell } from './AtlasShell';
import { themeInitScript } from './ThemeToggle';

/** The <html> of every app: theme set before paint, then the shell. */
export function AtlasDocument({ overview, version, children }: { overview: DomainOverview; version: string; children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="antialiased">
        <AtlasShell domain={overview.domain} attribution={overview.datasets} version={version}>
          {children}
        </AtlasShell>
      </body>
    </html>
  );
}
