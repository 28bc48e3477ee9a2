// The domain list for workspace scripts and configs, read from the same JSON the ui lib uses
// (read from disk: config loaders differ in how they import JSON modules).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DomainId, DomainLink } from '../libs/ui/src/domains';

export const DOMAINS: DomainLink[] = JSON.parse(readFileSync(path.join(__dirname, '../libs/ui/src/domains.json'), 'utf8'));
export type { DomainId, DomainLink };

export function domainById(id: DomainId): DomainLink {
  const found = DOMAINS.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown domain ${id}`);
  return found;
}
