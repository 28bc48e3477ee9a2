// `data fetch <id>... | --all`: fills the cache from the mirrors (ATLAS_DATASET_MIRROR) or the
// canonical URLs. A second run finds every file verified in the cache and does no work.
import cliProgress from 'cli-progress';
import { getCatalogEntry, listCatalog } from '../catalog';
import type { CatalogEntry } from '../catalog/types';
import { atlasHome } from '../fetch/atlas-home';
import { DatasetFetchError, fetchDataset, type FetchSummary } from '../fetch/fetch-dataset';
import { MIRROR_ENV } from '../fetch/mirrors';
import type { ProgressSink } from '../fetch/progress';
import { formatBytes } from './format';

function progressUi(): { sink: ProgressSink | null; dataset: (entry: CatalogEntry) => (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { sink: null, dataset: () => () => undefined, stop: () => undefined };
  const multi = new cliProgress.MultiBar(
    { stream: process.stderr, clearOnComplete: false, hideCursor: true, format: ' {bar} {value}/{total} {unit} | {name}' },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  const sink: ProgressSink = {
    start: (path, total) => bars.set(path, multi.create(Math.max(total, 1), 0, { name: path, unit: 'bytes' })),
    update: ({ path, transferred }) => bars.get(path)?.update(transferred),
    stop: (path) => {
      const bar = bars.get(path);
      if (bar) multi.remove(bar);
      bars.delete(path);
    },
  };
  return {
    sink,
    dataset: (entry) => {
      const bar = multi.create(entry.files.length, 0, { name: entry.id, unit: 'files' });
      return (done) => bar.update(done);
    },
    stop: () => multi.stop(),
  };
}

function describe(s: FetchSummary): string {
  if (s.fromCache === s.files) return `${s.files} file(s) already in the cache, verified: nothing to do`;
  const parts = [`${s.fromCache} in cache`];
  if (s.copiedFromMirror) parts.push(`${s.copiedFromMirror} copied from a mirror`);
  if (s.downloaded) parts.push(`${s.downloaded} downloaded`);
  return `${parts.join(', ')} (${formatBytes(s.bytesTransferred)} transferred)`;
}

export async function fetchCommand(ids: string[], all: boolean, options: { offline?: boolean } = {}): Promise<number> {
  if (!all && ids.length === 0) {
    console.error('Usage: npm run data -- fetch <id>... | --all   (see `npm run data -- list` for the ids)');
    return 2;
  }
  const entries = all ? listCatalog() : ids.map(getCatalogEntry);
  const home = atlasHome();
  console.log(`Cache: ${home}/datasets`);
  console.log(process.env[MIRROR_ENV] ? `Mirrors: ${process.env[MIRROR_ENV]}` : `Mirrors: none (${MIRROR_ENV} is not set): only the cache and the canonical URLs are tried`);
  const ui = progressUi();
  const totals = { files: 0, fromCache: 0, transferred: 0, bytes: 0 };
  const failures: DatasetFetchError[] = [];
  const lines: string[] = [];
  const t0 = Date.now();
  for (const entry of entries) {
    const onDataset = ui.dataset(entry);
    try {
      const summary = await fetchDataset(entry, { atlasHome: home, download: !options.offline, progress: ui.sink, onFile: (done, total) => onDataset(done, total) });
      totals.files += summary.files;
      totals.fromCache += summary.fromCache;
      totals.transferred += summary.files - summary.fromCache;
      totals.bytes += summary.bytesTransferred;
      lines.push(`  ${entry.id}: ${describe(summary)}`);
    } catch (err) {
      if (!(err instanceof DatasetFetchError)) throw err;
      failures.push(err);
      lines.push(`  ${entry.id}: FAILED for ${err.summary.failures.length} of ${err.summary.files} file(s)`);
    }
  }
  ui.stop();
  console.log(lines.join('\n'));
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (totals.transferred === 0 && failures.length === 0) {
    console.log(`Done in ${seconds} s: all ${totals.files} files were already in the cache and verified (no work done).`);
  } else {
    console.log(`Done in ${seconds} s: ${totals.transferred} file(s) fetched (${formatBytes(totals.bytes)}), ${totals.fromCache} already cached.`);
  }
  if (failures.length) {
    console.error('');
    for (const f of failures) console.error(`${f.message}\n`);
    return 1;
  }
  return 0;
}
