import { DOMAINS, domainBaseUrl } from '../domains';
import { WorkshopApp } from './WorkshopApp';

/**
 * The Workshop page of every app (a server component: base URLs are read at request time).
 * An app's app/workshop/page.tsx re-exports it with `dynamic = 'force-dynamic'`.
 */
export function AtlasWorkshopPage({ env = process.env }: { env?: Record<string, string | undefined> }) {
  const baseUrls = Object.fromEntries(DOMAINS.map((d) => [d.id, domainBaseUrl(d.id, env)]));
  return <WorkshopApp baseUrls={baseUrls} stations={DOMAINS.map((d) => ({ id: d.id, name: d.name }))} />;
}
