import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import type { DomainOverview } from '../overview';
import { AtlasDocument } from './AtlasDocument';

/** Root layout and metadata of a domain app, so each app's app/layout.tsx stays a few lines. */
export function atlasLayout(overview: DomainOverview, version: string) {
  return function RootLayout({ children }: { children: ReactNode }) {
    return (
      <AtlasDocument overview={overview} version={version}>
        {children}
      </AtlasDocument>
    );
  };
}

export function atlasMetadata(overview: DomainOverview): Metadata {
  return { title: `${overview.product} · Atlas`, description: overview.tagline };
}
