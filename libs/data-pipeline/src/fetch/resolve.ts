// resolve(file): cache -> each mirror in ATLAS_DATASET_MIRROR -> the canonical URLs, sha256 checked at
// every step. Node only.
import { stat } from 'node:fs/promises';
import type { CatalogEntry, CatalogFile } from '../catalog/types';
import { atlasHome as defaultAtlasHome, cachePathOf, resolveMirrorFolder } from './atlas-home';
import { DatasetFileError, type FileIdentity, type SourceAttempt, type SourceKind } from './errors';
import { sha256File } from './hash';
import { MIRROR_ENV, mirrorUrl, parseMirrorList, type Mirror } from './mirrors';
import { terminalProgress, type ProgressSink } from './progress';
import { HttpStatusError, describeNetworkError, downloadChunks, readFileChunks, writeVerified } from './transfer';
import path from 'node:path';

export interface ResolveOptions {
  /** Runtime folder; default: ATLAS_HOME or `<repo root>/.atlas`. */
  atlasHome?: string;
  /** Mirror list (folders or base URLs); default: ATLAS_DATASET_MIRROR. */
  mirrors?: string | readonly Mirror[];
  /** Try the canonical URLs when cache and mirrors fail (default true). */
  download?: boolean;
  /** Progress of copies and downloads: 'auto' draws a bar when stderr is a terminal (default). */
  progress?: ProgressSink | 'auto' | null;
  /** Injected fetch (tests, proxies). */
  fetchImpl?: typeof fetch;
  idleTimeoutMs?: number;
  /** Notified once per file with how it was resolved, and once per failed source. */
  onEvent?: (event: ResolveEvent) => void;
}

export type ResolveEvent =
  | { type: 'resolved'; file: string; source: SourceKind; location: string; transferred: boolean }
  | { type: 'source-failed'; file: string; attempt: SourceAttempt };

export interface ResolvedFile {
  /** Local path of the verified file (inside the cache). */
  path: string;
  source: SourceKind;
  location: string;
  /** False when the cache already held a verified copy (no work done). */
  transferred: boolean;
}

let sharedTerminalProgress: ProgressSink | null | undefined;

function progressSink(option: ResolveOptions['progress']): ProgressSink | null {
  if (option === null) return null;
  if (option && option !== 'auto') return option;
  if (sharedTerminalProgress === undefined) sharedTerminalProgress = terminalProgress();
  return sharedTerminalProgress;
}

function mirrorsOf(option: ResolveOptions['mirrors']): Mirror[] {
  if (option === undefined) return parseMirrorList(process.env[MIRROR_ENV]);
  if (typeof option === 'string') return parseMirrorList(option);
  return [...option];
}

async function fileSize(file: string): Promise<number | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

export function identityOf(entry: CatalogEntry, file: CatalogFile): FileIdentity {
  return { datasetId: entry.id, domain: entry.domain, path: file.path, sha256: file.sha256, bytes: file.bytes };
}

/** Where a file of this entry lives in the cache (whether or not it is there). */
export function cachedPath(entry: CatalogEntry, file: CatalogFile, options: Pick<ResolveOptions, 'atlasHome'> = {}): string {
  return cachePathOf(options.atlasHome ?? defaultAtlasHome(), entry.domain, file.path);
}

/** Resolves one catalog file to a verified local copy in the cache. */
export async function resolveFile(entry: CatalogEntry, file: CatalogFile, options: ResolveOptions = {}): Promise<ResolvedFile> {
  const home = options.atlasHome ?? defaultAtlasHome();
  const dest = cachePathOf(home, entry.domain, file.path);
  const expected = { sha256: file.sha256, bytes: file.bytes };
  const attempts: SourceAttempt[] = [];
  const fail = (attempt: SourceAttempt) => {
    attempts.push(attempt);
    options.onEvent?.({ type: 'source-failed', file: file.path, attempt });
  };
  const done = (source: SourceKind, location: string, transferred: boolean): ResolvedFile => {
    options.onEvent?.({ type: 'resolved', file: file.path, source, location, transferred });
    return { path: dest, source, location, transferred };
  };
  const label = `${entry.domain}/${file.path}`;

  // 1. The cache.
  const cachedSize = await fileSize(dest);
  if (cachedSize === null) {
    fail({ source: 'cache', location: dest, failure: 'missing', reason: 'not present' });
  } else {
    const actual = cachedSize === file.bytes ? await sha256File(dest) : null;
    if (actual === file.sha256) return done('cache', dest, false);
    fail({
      source: 'cache',
      location: dest,
      failure: 'checksum-mismatch',
      reason: `checksum mismatch: expected sha256 ${file.sha256} (${file.bytes} bytes), got ${actual ?? 'a different size'} (${cachedSize} bytes)`,
    });
  }

  // 2. The mirrors, in order.
  const sink = progressSink(options.progress);
  for (const mirror of mirrorsOf(options.mirrors)) {
    if (mirror.kind === 'folder') {
      const source = path.join(resolveMirrorFolder(mirror.location), entry.domain, ...file.path.split('/'));
      if ((await fileSize(source)) === null) {
        fail({ source: 'mirror-folder', location: source, failure: 'missing', reason: 'no such file' });
        continue;
      }
      try {
        const result = await writeVerified(readFileChunks(source), dest, expected, sink && file.bytes > 8 << 20 ? { sink, label } : null);
        if (result.ok) return done('mirror-folder', source, true);
        fail({ source: 'mirror-folder', location: source, failure: 'checksum-mismatch', reason: result.reason });
      } catch (err) {
        fail({ source: 'mirror-folder', location: source, failure: 'io-error', reason: describeNetworkError(err) });
      }
    } else {
      const url = mirrorUrl(mirror.location, entry.domain, file.path);
      const outcome = await tryDownload(url, dest, expected, sink, label, options);
      if (outcome === null) return done('mirror-url', url, true);
      fail({ ...outcome, source: 'mirror-url', location: url });
    }
  }

  // 3. The canonical URLs.
  if (options.download !== false) {
    for (const url of file.urls) {
      const outcome = await tryDownload(url, dest, expected, sink, label, options);
      if (outcome === null) return done('url', url, true);
      fail({ ...outcome, source: 'url', location: url });
    }
  }
  const hint =
    file.urls.length === 0
      ? 'This file has no canonical URL (it exists only in the project mirror): a mirror is required.'
      : options.download === false
        ? 'Downloads from the canonical URLs were disabled for this call.'
        : undefined;
  throw new DatasetFileError(identityOf(entry, file), attempts, dest, hint);
}

async function tryDownload(
  url: string,
  dest: string,
  expected: { sha256: string; bytes: number },
  sink: ProgressSink | null,
  label: string,
  options: ResolveOptions,
): Promise<Omit<SourceAttempt, 'source' | 'location'> | null> {
  try {
    const chunks = downloadChunks(url, { fetchImpl: options.fetchImpl, idleTimeoutMs: options.idleTimeoutMs });
    const result = await writeVerified(chunks, dest, expected, sink ? { sink, label } : null);
    if (result.ok) return null;
    return { failure: 'checksum-mismatch', reason: result.reason };
  } catch (err) {
    if (err instanceof HttpStatusError) {
      return { failure: err.status === 404 ? 'missing' : 'http-error', reason: describeNetworkError(err) };
    }
    return { failure: 'unreachable', reason: describeNetworkError(err) };
  }
}
