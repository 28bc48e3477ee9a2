/** The page navigation every domain app shares, in tour order. */
export const PAGES = [
  { slug: '', label: 'Overview' },
  { slug: 'try', label: 'Try' },
  { slug: 'evaluate', label: 'Evaluate' },
  { slug: 'train', label: 'Train' },
  { slug: 'data', label: 'Data' },
  { slug: 'model-card', label: 'Model card' },
  { slug: 'compare', label: 'Compare' },
] as const;

export type PageSlug = (typeof PAGES)[number]['slug'];

/** Which page a pathname belongs to ("/try/x" -> "try"); unknown paths map to none. */
export function activePage(pathname: string): PageSlug | null {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  const hit = PAGES.find((p) => p.slug === first);
  return hit ? hit.slug : null;
}
