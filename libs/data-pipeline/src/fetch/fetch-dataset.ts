// Resolves every file of a dataset into the cache, a few at a time. Node only.
import type { CatalogEntry, CatalogFile } from '../catalog/types';
import { DatasetFileError } from './errors';
import { resolveFile, type ResolveOptions, type ResolvedFile } from './resolve';

export interface FetchSummary {
  id: string;
  files: number;
  bytes: number;
  /** Files the cache already held, verified: no work done. */
  fromCache: number;
  copiedFromMirror: number;
  downloaded: number;
  bytesTransferred: number;
  failures: DatasetFileError[];
}

export class DatasetFetchError extends Error {
  constructor(readonly summary: FetchSummary) {
    const shown = summary.failures.slice(0, 3).map((f) => f.message);
    const more = summary.failures.length > shown.length ? `\n... and ${summary.failures.length - shown.length} more file(s) failed the same way.` : '';
    super(`Fetching ${summary.id} failed for ${summary.failures.length} of ${summary.files} file(s).\n\n${shown.join('\n\n')}${more}`);
    this.name = 'DatasetFetchError';
  }
}

export interface FetchDatasetOptions extends ResolveOptions {
  /** Files resolved at the same time (default 8). */
  concurrency?: number;
  /** Only the files that pass this filter. */
  filter?: (file: CatalogFile) => boolean;
  /** Called after each file, for progress reporting. */
  onFile?: (done: number, total: number, resolved: ResolvedFile | null) => void;
}

export async function fetchDataset(entry: CatalogEntry, options: FetchDatasetOptions = {}): Promise<FetchSummary> {
  const files = entry.files.filter(options.filter ?? (() => true));
  const summary: FetchSummary = {
    id: entry.id,
    files: files.length,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    fromCache: 0,
    copiedFromMirror: 0,
    downloaded: 0,
    bytesTransferred: 0,
    failures: [],
  };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      let resolved: ResolvedFile | null = null;
      try {
        resolved = await resolveFile(entry, file, options);
        if (!resolved.transferred) summary.fromCache++;
        else if (resolved.source === 'mirror-folder') summary.copiedFromMirror++;
        else summary.downloaded++;
        if (resolved.transferred) summary.bytesTransferred += file.bytes;
      } catch (err) {
        if (err instanceof DatasetFileError) summary.failures.push(err);
        else throw err;
      }
      options.onFile?.(++done, files.length, resolved);
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 8, files.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (summary.failures.length > 0) throw new DatasetFetchError(summary);
  return summary;
}
