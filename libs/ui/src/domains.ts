import domainList from './domains.json';

/** The five Atlas domains: one app each, on a fixed default port. */
export const DOMAIN_IDS = ['nlp-chatbot', 'vision-detect', 'recommender', 'credit-risk', 'med-diagnosis'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export interface DomainLink {
  id: DomainId;
  /** Product name shown in the switcher. */
  name: string;
  /** One-line summary for tooltips and the compare page. */
  summary: string;
  defaultPort: number;
  /** Environment variable that overrides the app's base URL (for deployments behind other hosts). */
  urlEnv: string;
}

/** Kept as JSON so the workspace scripts (plain Node) read the same list as the apps. */
export const DOMAINS: readonly DomainLink[] = domainList as DomainLink[];

export function domainLink(id: DomainId): DomainLink {
  const found = DOMAINS.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown domain "${id}"; expected one of ${DOMAIN_IDS.join(', ')}`);
  return found;
}

/** Base URL of a domain app: its env override, else localhost on the default port. No trailing slash. */
export function domainBaseUrl(id: DomainId, env: Record<string, string | undefined> = process.env): string {
  const link = domainLink(id);
  const fromEnv = env[link.urlEnv]?.trim();
  return (fromEnv && fromEnv.length > 0 ? fromEnv : `http://localhost:${link.defaultPort}`).replace(/\/+$/, '');
}

/** The five domains as the compare loader takes them: id and display name. */
export const COMPARE_DOMAINS: { id: DomainId; name: string }[] = DOMAINS.map((d) => ({ id: d.id, name: d.name }));
