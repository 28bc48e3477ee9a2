// Saves a build's report and splits as JSON under $ATLAS_HOME/builds/<id>/ (written to a temporary
// name, then renamed), so a split can be rebuilt and a report shown without rebuilding. Node only.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { atlasHome as defaultAtlasHome } from '../fetch/atlas-home';
import type { SplitSet } from '../split/types';
import type { DatasetBuild } from './types';

export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temp, file);
}

export function buildDir(id: string, options: { atlasHome?: string; sample?: boolean } = {}): string {
  return path.join(options.atlasHome ?? defaultAtlasHome(), 'builds', options.sample ? `${id}.sample` : id);
}

/** Writes report.json and one splits/<name>.json per split; returns the folder. */
export async function saveBuild(
  build: DatasetBuild<unknown> & { folds?: SplitSet[]; ranking?: SplitSet },
  options: { atlasHome?: string } = {},
): Promise<string> {
  const dir = buildDir(build.id, { atlasHome: options.atlasHome, sample: build.isSample });
  await writeJsonAtomic(path.join(dir, 'report.json'), build.report);
  const splits = [build.split, ...(build.folds ?? []), ...(build.ranking ? [build.ranking] : [])];
  const written = new Set<string>();
  for (const split of splits) {
    if (written.has(split.name)) continue;
    written.add(split.name);
    await writeJsonAtomic(path.join(dir, 'splits', `${split.name}.json`), split);
  }
  return dir;
}
