// `data list`: the catalog, with what the cache already holds.
import { stat } from 'node:fs/promises';
import { listCatalog, totalBytes } from '../catalog';
import { atlasHome, cachePathOf } from '../fetch/atlas-home';
import { formatBytes, table } from './format';

async function cachedCount(home: string, domain: string, files: ReadonlyArray<{ path: string; bytes: number }>): Promise<number> {
  let n = 0;
  await Promise.all(
    files.map(async (f) => {
      try {
        if ((await stat(cachePathOf(home, domain, f.path))).size === f.bytes) n++;
      } catch {
        // not cached
      }
    }),
  );
  return n;
}

export async function listCommand(): Promise<number> {
  const home = atlasHome();
  const rows: string[][] = [['ID', 'DOMAIN', 'FILES', 'SIZE', 'CACHED', 'LICENCE']];
  for (const entry of listCatalog()) {
    const cached = await cachedCount(home, entry.domain, entry.files);
    rows.push([entry.id, entry.domain, String(entry.files.length), formatBytes(totalBytes(entry)), `${cached}/${entry.files.length}`, entry.license.name]);
  }
  console.log(table(rows));
  console.log(`\nCache: ${home}/datasets (CACHED counts files of the right size; fetch verifies sha256).`);
  console.log('Restrictions:');
  for (const entry of listCatalog()) {
    const limits = [
      entry.license.redistributable ? '' : 'never commit, bundle or publish it',
      entry.license.displayable ? '' : 'never show its text in the product',
    ].filter(Boolean);
    if (limits.length) console.log(`  ${entry.id}: ${limits.join('; ')} (${entry.license.name})`);
  }
  return 0;
}
