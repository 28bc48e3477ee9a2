// The catalog must describe exactly the files of the shared mirror's MANIFEST.json files.
import { CATALOG, listCatalog } from '../../src/catalog';
import { manifest } from '../helpers/env';

describe('catalog vs MANIFEST.json', () => {
  const domains = [...new Set(listCatalog().map((e) => e.domain))];

  it.each(domains)('%s: every MANIFEST dataset is in the catalog with the same files, sizes, hashes and URLs', (domain) => {
    for (const ds of manifest(domain).datasets) {
      const entry = CATALOG[ds.id as keyof typeof CATALOG];
      expect(entry).toBeDefined();
      expect(entry.domain).toBe(domain);
      const files = new Map(entry.files.map((f) => [f.path, f]));
      expect(entry.files).toHaveLength(ds.files.length);
      for (const f of ds.files) {
        const mine = files.get(f.path);
        expect(mine).toBeDefined();
        expect(mine?.sha256).toBe(f.sha256);
        expect(mine?.bytes).toBe(f.bytes);
        expect(mine?.urls).toEqual(f.raw_url ? [f.raw_url] : []);
      }
    }
  });

  it('records the licence restrictions', () => {
    expect(CATALOG['movielens-100k'].license.redistributable).toBe(false);
    expect(CATALOG['toutiao-news-titles-20k'].license.displayable).toBe(false);
    expect(CATALOG['toutiao-news-titles-20k'].usage).toMatch(/never shown/);
    for (const e of listCatalog()) {
      expect(e.citation.length).toBeGreaterThan(20);
      expect(e.homepage).toMatch(/^https:\/\//);
    }
  });
});
