// Test environment: the real datasets come from ATLAS_DATASET_MIRROR (the shared datasets folder on CI
// and development machines). Tests that need real data fail, never skip, when it is unset.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMirrorList } from '../../src/fetch/mirrors';
import { resolveMirrorFolder } from '../../src/fetch/atlas-home';
import type { ResolveOptions } from '../../src/fetch/resolve';

export function requireMirror(): string {
  const value = process.env.ATLAS_DATASET_MIRROR;
  if (!value) {
    throw new Error(
      'ATLAS_DATASET_MIRROR is not set: these tests load the real datasets. Set it to the shared datasets folder ' +
        '(folders or base URLs separated by ":", laid out as <mirror>/<domain>/<path>) and run the tests again.',
    );
  }
  return value;
}

/** The first folder mirror (to read the MANIFEST files). */
export function mirrorFolder(): string {
  const folder = parseMirrorList(requireMirror()).find((m) => m.kind === 'folder');
  if (!folder) throw new Error('ATLAS_DATASET_MIRROR must include a folder for these tests (they read its MANIFEST.json files).');
  return resolveMirrorFolder(folder.location);
}

export function manifest(domain: string): { datasets: Array<Record<string, unknown> & { id: string; files: Array<{ path: string; sha256: string; bytes: number; raw_url: string | null }> }> } {
  const file = path.join(mirrorFolder(), domain, 'MANIFEST.json');
  if (!existsSync(file)) throw new Error(`${file} does not exist: ATLAS_DATASET_MIRROR must point at the shared datasets folder`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A MANIFEST dataset entry. Its fields differ per dataset, so tests read them untyped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form JSON written by hand, read only by tests
type ManifestDataset = Record<string, any> & { files: Array<{ path: string; sha256: string; bytes: number; raw_url: string | null }> };

export function manifestEntry(domain: string, id: string): ManifestDataset {
  const entry = manifest(domain).datasets.find((d) => d.id === id);
  if (!entry) throw new Error(`MANIFEST of ${domain} has no dataset ${id}`);
  return entry as ManifestDataset;
}

/** Looks an example up by id, failing the test when it is absent. */
export function byIdOrThrow<E>(map: ReadonlyMap<string, E>, id: string): E {
  const e = map.get(id);
  if (e === undefined) throw new Error(`no example with id ${id}`);
  return e;
}

/** The cache the tests share: ATLAS_HOME when the harness sets it, else a folder in the system temp dir. */
export function testAtlasHome(): string {
  const home = process.env.ATLAS_HOME ? path.resolve(process.env.ATLAS_HOME) : path.join(os.tmpdir(), 'atlas-data-pipeline-tests');
  mkdirSync(home, { recursive: true });
  return home;
}

/** Resolve options for real-data tests: the test cache and the mirror, no downloads, no progress bar. */
export function realResolve(): ResolveOptions {
  return { atlasHome: testAtlasHome(), mirrors: requireMirror(), download: false, progress: null };
}
