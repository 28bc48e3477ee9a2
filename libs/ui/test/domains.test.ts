import { DOMAINS, DOMAIN_IDS, domainBaseUrl, domainLink } from '../src/domains';
import { PAGES, activePage } from '../src/navigation';

describe('domains', () => {
  it('lists the five apps on ports 3001..3005 in switcher order', () => {
    expect(DOMAINS.map((d) => d.id)).toEqual([...DOMAIN_IDS]);
    expect(DOMAINS.map((d) => d.defaultPort)).toEqual([3001, 3002, 3003, 3004, 3005]);
    expect(new Set(DOMAINS.map((d) => d.urlEnv)).size).toBe(5);
  });

  it('defaults base URLs to localhost and honours the env override without a trailing slash', () => {
    expect(domainBaseUrl('credit-risk', {})).toBe('http://localhost:3004');
    expect(domainBaseUrl('credit-risk', { ATLAS_URL_CREDIT_RISK: 'https://credit.example.org/' })).toBe('https://credit.example.org');
    expect(domainBaseUrl('credit-risk', { ATLAS_URL_CREDIT_RISK: '   ' })).toBe('http://localhost:3004');
  });

  it('rejects an unknown domain with the valid names', () => {
    expect(() => domainLink('weather' as never)).toThrow(/nlp-chatbot, vision-detect/);
  });
});

describe('page navigation', () => {
  it('has the six pages in tour order', () => {
    expect(PAGES.map((p) => p.label)).toEqual(['Overview', 'Try', 'Evaluate', 'Train', 'Data', 'Model card', 'Compare']);
  });

  it.each([
    ['/', ''],
    ['/try', 'try'],
    ['/evaluate/', 'evaluate'],
    ['/train/runs/7', 'train'],
    ['/nowhere', null],
  ])('maps %s to %p', (path, slug) => {
    expect(activePage(path)).toBe(slug);
  });
});
