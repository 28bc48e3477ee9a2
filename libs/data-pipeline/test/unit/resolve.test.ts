// resolve(): cache -> mirrors (folders and URLs) -> canonical URLs, sha256 checked, with the documented
// errors for a corrupted file and a missing one.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { CatalogEntry } from '../../src/catalog/types';
import { CATALOG } from '../../src/catalog';
import { buildPimaDiabetes } from '../../src/datasets/pima-indians-diabetes';
import { DatasetFileError } from '../../src/fetch/errors';
import { fetchDataset } from '../../src/fetch/fetch-dataset';
import { callbackProgress, type TransferProgress } from '../../src/fetch/progress';
import { resolveFile, type ResolveEvent } from '../../src/fetch/resolve';

const CONTENT = Buffer.from('id,value\r\n1,5.00E+05\r\n2,7\r\n');
const SHA = createHash('sha256').update(CONTENT).digest('hex');

function fakeEntry(urls: string[] = []): CatalogEntry {
  return {
    ...CATALOG['pima-indians-diabetes'],
    files: [
      { path: 'demo/values.csv', sha256: SHA, bytes: CONTENT.length, urls },
      { path: 'demo/other.txt', sha256: createHash('sha256').update('other\n').digest('hex'), bytes: 6, urls: [] },
    ],
  };
}

let root: string;
const dir = (...parts: string[]) => {
  const d = path.join(root, ...parts);
  mkdirSync(d, { recursive: true });
  return d;
};
const putInMirror = (mirror: string, rel: string, content: Buffer | string) => {
  const file = path.join(mirror, 'med-diagnosis', rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'atlas-resolve-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('resolveFile', () => {
  it('copies from a folder mirror into the cache, then finds it in the cache', async () => {
    const mirror = dir('mirror');
    putInMirror(mirror, 'demo/values.csv', CONTENT);
    const entry = fakeEntry();
    const options = { atlasHome: dir('home'), mirrors: mirror, download: false, progress: null };
    const first = await resolveFile(entry, entry.files[0], options);
    expect(first).toMatchObject({ source: 'mirror-folder', transferred: true });
    expect(first.path).toBe(path.join(options.atlasHome, 'datasets', 'med-diagnosis', 'demo', 'values.csv'));
    expect(readFileSync(first.path)).toEqual(CONTENT);
    const second = await resolveFile(entry, entry.files[0], options);
    expect(second).toMatchObject({ source: 'cache', transferred: false, path: first.path });
  });

  it('tries the mirrors in order', async () => {
    const empty = dir('empty');
    const full = dir('full');
    putInMirror(full, 'demo/values.csv', CONTENT);
    const events: ResolveEvent[] = [];
    const entry = fakeEntry();
    const got = await resolveFile(entry, entry.files[0], { atlasHome: dir('home'), mirrors: `${empty}:${full}`, download: false, progress: null, onEvent: (e) => events.push(e) });
    expect(got.location).toBe(path.join(full, 'med-diagnosis', 'demo', 'values.csv'));
    expect(events.filter((e) => e.type === 'source-failed').map((e) => (e.type === 'source-failed' ? e.attempt.source : ''))).toEqual(['cache', 'mirror-folder']);
  });

  it('replaces a corrupted cache file with a verified copy', async () => {
    const mirror = dir('mirror');
    putInMirror(mirror, 'demo/values.csv', CONTENT);
    const home = dir('home');
    const cached = path.join(home, 'datasets', 'med-diagnosis', 'demo', 'values.csv');
    mkdirSync(path.dirname(cached), { recursive: true });
    writeFileSync(cached, Buffer.from(CONTENT.toString().replace('7', '8')));
    const events: ResolveEvent[] = [];
    const entry = fakeEntry();
    const got = await resolveFile(entry, entry.files[0], { atlasHome: home, mirrors: mirror, download: false, progress: null, onEvent: (e) => events.push(e) });
    expect(got.source).toBe('mirror-folder');
    expect(readFileSync(cached)).toEqual(CONTENT);
    expect(events[0]).toMatchObject({ type: 'source-failed', attempt: { source: 'cache', failure: 'checksum-mismatch' } });
  });

  it('fails on a corrupted file with the documented error: the file, every source and why, and how to fix it', async () => {
    const mirror = dir('mirror');
    putInMirror(mirror, 'demo/values.csv', Buffer.concat([CONTENT, Buffer.from('9,9\r\n')]));
    const home = dir('home');
    const entry = fakeEntry();
    const error = await resolveFile(entry, entry.files[0], { atlasHome: home, mirrors: mirror, download: false, progress: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetFileError);
    const err = error as DatasetFileError;
    expect(err.hasChecksumMismatch).toBe(true);
    expect(err.noSourceAvailable).toBe(false);
    expect(err.attempts.map((a) => [a.source, a.failure])).toEqual([
      ['cache', 'missing'],
      ['mirror-folder', 'checksum-mismatch'],
    ]);
    expect(err.message).toContain('Could not resolve med-diagnosis/demo/values.csv (dataset pima-indians-diabetes');
    expect(err.message).toContain(`sha256 ${SHA}`);
    expect(err.message).toContain(path.join(mirror, 'med-diagnosis', 'demo', 'values.csv'));
    expect(err.message).toMatch(/checksum mismatch: expected sha256 [0-9a-f]{64} \(\d+ bytes\), got [0-9a-f]{64} \(\d+ bytes\)/);
    expect(err.message).toContain('How to fix:');
    expect(err.message).toContain('replace it with the original bytes');
    expect(err.message).toContain('no canonical URL');
    // Nothing half-written is left in the cache.
    const cacheDir = path.join(home, 'datasets', 'med-diagnosis', 'demo');
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('fails on a missing file with the documented error', async () => {
    const mirror = dir('mirror');
    const entry = fakeEntry();
    const err = (await resolveFile(entry, entry.files[1], { atlasHome: dir('home'), mirrors: mirror, progress: null }).catch((e: unknown) => e)) as DatasetFileError;
    expect(err).toBeInstanceOf(DatasetFileError);
    expect(err.noSourceAvailable).toBe(true);
    expect(err.attempts.map((a) => [a.source, a.reason])).toEqual([
      ['cache', 'not present'],
      ['mirror-folder', 'no such file'],
    ]);
    expect(err.message).toContain('med-diagnosis/demo/other.txt');
    expect(err.message).toContain('Make sure every mirror in ATLAS_DATASET_MIRROR holds <mirror>/med-diagnosis/demo/other.txt');
    expect(err.message).toContain('no canonical URL');
  });

  it('tells how to set ATLAS_DATASET_MIRROR when no mirror is configured', async () => {
    const entry = fakeEntry();
    const err = (await resolveFile(entry, entry.files[1], { atlasHome: dir('home'), mirrors: '', progress: null }).catch((e: unknown) => e)) as DatasetFileError;
    expect(err.message).toContain('Set ATLAS_DATASET_MIRROR to a folder or base URL laid out as <mirror>/<domain>/<path>');
  });
});

describe('URL mirrors and canonical URLs', () => {
  let server: http.Server;
  let base: string;
  const requests: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/mirror/med-diagnosis/demo/values.csv' || req.url === '/canonical/values.csv') {
        res.writeHead(200, { 'content-length': CONTENT.length });
        // Two chunks, to see progress.
        res.write(CONTENT.subarray(0, 10));
        setTimeout(() => res.end(CONTENT.subarray(10)), 5);
      } else if (req.url === '/bad/med-diagnosis/demo/values.csv') {
        res.end('not the file');
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('downloads from a base-URL mirror with progress, verified, into the cache', async () => {
    const progress: TransferProgress[] = [];
    const entry = fakeEntry();
    const got = await resolveFile(entry, entry.files[0], { atlasHome: dir('home'), mirrors: `${base}/mirror`, progress: callbackProgress((p) => progress.push({ ...p })) });
    expect(got.source).toBe('mirror-url');
    expect(readFileSync(got.path)).toEqual(CONTENT);
    expect(progress[progress.length - 1]).toEqual({ path: 'med-diagnosis/demo/values.csv', transferred: CONTENT.length, total: CONTENT.length });
  });

  it('falls back to the canonical URL and reports HTTP errors and mismatches of the mirrors', async () => {
    const entry = fakeEntry([`${base}/canonical/values.csv`]);
    const events: ResolveEvent[] = [];
    const got = await resolveFile(entry, entry.files[0], {
      atlasHome: dir('home'),
      mirrors: `${base}/missing:${base}/bad`,
      progress: null,
      onEvent: (e) => events.push(e),
    });
    expect(got.source).toBe('url');
    const failures = events.flatMap((e) => (e.type === 'source-failed' ? [e.attempt] : []));
    expect(failures.map((a) => [a.source, a.failure])).toEqual([
      ['cache', 'missing'],
      ['mirror-url', 'missing'],
      ['mirror-url', 'checksum-mismatch'],
    ]);
    expect(failures[1].reason).toBe('HTTP 404 Not Found');
  });

  it('names an unreachable server in the error', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const entry = fakeEntry([`http://127.0.0.1:${port}/values.csv`]);
    const err = (await resolveFile(entry, entry.files[0], { atlasHome: dir('home'), mirrors: '', progress: null }).catch((e: unknown) => e)) as DatasetFileError;
    expect(err.attempts[1]).toMatchObject({ source: 'url', failure: 'unreachable' });
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});

describe('fetchDataset', () => {
  it('fetches every file, and a second run does no work', async () => {
    const mirror = dir('mirror');
    putInMirror(mirror, 'demo/values.csv', CONTENT);
    putInMirror(mirror, 'demo/other.txt', 'other\n');
    const entry = fakeEntry();
    const options = { atlasHome: dir('home'), mirrors: mirror, download: false, progress: null };
    expect(await fetchDataset(entry, options)).toMatchObject({ files: 2, fromCache: 0, copiedFromMirror: 2, bytesTransferred: CONTENT.length + 6 });
    expect(await fetchDataset(entry, options)).toMatchObject({ files: 2, fromCache: 2, copiedFromMirror: 0, downloaded: 0, bytesTransferred: 0 });
  });
});

describe('builds without a data source', () => {
  it("'auto' falls back to the generated sample and says so; 'real' fails", async () => {
    const options = { atlasHome: dir('home'), mirrors: dir('empty'), download: false, progress: null };
    const build = await buildPimaDiabetes({ source: 'auto', resolve: options });
    expect(build.isSample).toBe(true);
    expect(build.split.sample).toBe(true);
    expect(build.report.source).toMatchObject({ kind: 'sample', sample: true });
    expect(build.report.warnings[0]).toMatch(/SAMPLE/);
    expect(build.report.source.description).toMatch(/not available/);
    await expect(buildPimaDiabetes({ source: 'real', resolve: options })).rejects.toThrow(DatasetFileError);
  });

  it("'auto' does not hide a corrupted file behind the sample", async () => {
    const mirror = dir('mirror');
    putInMirror(mirror, 'pima-diabetes/pima-indians-diabetes.data.csv', '6,148,72,35,0,33.6,0.627,50,1\n');
    await expect(buildPimaDiabetes({ source: 'auto', resolve: { atlasHome: dir('home'), mirrors: mirror, download: false, progress: null } })).rejects.toThrow(/checksum mismatch/);
  });
});
