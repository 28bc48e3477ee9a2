import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ArtifactExistsError,
  nodeFolderFileSystem,
  removeStaleTemporaryFolders,
  writeFolderAtomically,
  type FolderFileSystem,
} from '../../src/artifacts/atomic-folder.node';
import { saveArtifact } from '../../src/artifacts/save-artifact.node';
import { measureModelSize } from '../../src/card/model-size';
import { buildLogisticRegression } from '../../src/models/logistic-regression';
import { initRuntime } from '../../src/runtime/node';
import { exampleCard } from '../card/example-card';

let parent: string;
beforeAll(async () => {
  await initRuntime({ backend: 'wasm' });
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'artifact-atomic-'));
});
afterAll(() => fs.rm(parent, { recursive: true, force: true }));

const files = ['a.json', 'b.json', 'c.bin'].map((name) => ({ name, data: new TextEncoder().encode(`content of ${name}`) }));

/** The real file system, except that one operation throws as a failing disk would. */
function failing(operation: keyof FolderFileSystem, when: (target: string) => boolean = () => true): FolderFileSystem {
  const original = nodeFolderFileSystem[operation] as (...args: never[]) => Promise<unknown>;
  return {
    ...nodeFolderFileSystem,
    [operation]: (...args: never[]) => {
      if (when(String(args[0]))) return Promise.reject(new Error(`simulated ${operation} failure`));
      return original(...args);
    },
  };
}

async function entries(): Promise<string[]> {
  return (await fs.readdir(parent)).sort();
}

describe('writeFolderAtomically', () => {
  it('writes every file and leaves nothing else behind', async () => {
    const before = await entries();
    await writeFolderAtomically(path.join(parent, 'complete'), files);
    expect(await entries()).toEqual([...before, 'complete'].sort());
    expect(await fs.readFile(path.join(parent, 'complete', 'b.json'), 'utf8')).toBe('content of b.json');
  });

  it.each([
    ['writing the second file', failing('writeFileDurably', (target) => target.endsWith('b.json'))],
    ['the fsync of the temporary folder', failing('syncDirectory', (target) => path.basename(target).includes('.tmp-'))],
    ['the rename', failing('rename')],
  ])('leaves no folder at the final name, and no temporary one, when %s fails', async (_, fileSystem) => {
    const before = await entries();
    await expect(writeFolderAtomically(path.join(parent, 'never'), files, fileSystem)).rejects.toThrow(/simulated/);
    expect(await entries()).toEqual(before);
  });

  it('never replaces an existing folder, even an empty one', async () => {
    const existing = path.join(parent, 'existing');
    await fs.mkdir(existing);
    await expect(writeFolderAtomically(existing, files)).rejects.toThrow(ArtifactExistsError);
    await expect(writeFolderAtomically(path.join(parent, 'complete'), files)).rejects.toThrow(/already exists/);
    expect(await fs.readdir(existing)).toEqual([]);
  });

  it('after a real crash (SIGKILL mid-write) leaves only a temporary folder, which cleanup removes', async () => {
    const target = path.join(parent, 'crashed');
    const script = path.join(__dirname, 'crash-mid-write.ts');
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => {
      execFile(process.execPath, ['-r', '@swc-node/register', script, target], { cwd: path.resolve(__dirname, '../../../..') }, (error) =>
        resolve((error as { signal?: NodeJS.Signals } | null)?.signal ?? null),
      );
    });
    expect(signal).toBe('SIGKILL');
    await expect(fs.access(target)).rejects.toThrow();
    const leftovers = (await entries()).filter((name) => name.startsWith('.crashed.tmp-'));
    expect(leftovers).toHaveLength(1);
    // The crash came after the first file: it is there, complete, in the temporary folder only.
    expect(await fs.readdir(path.join(parent, leftovers[0]))).toEqual(['a.json']);
    expect(await removeStaleTemporaryFolders(parent, 60_000)).toEqual([]); // too recent to be stale
    expect(await removeStaleTemporaryFolders(parent, 0)).toEqual([path.join(parent, leftovers[0])]);
    expect((await entries()).some((name) => name.includes('.tmp-'))).toBe(false);
  }, 30_000);
});

describe('saveArtifact', () => {
  it('leaves no artifact when writing fails mid-way', async () => {
    const { model } = buildLogisticRegression({ inputs: 2, seed: 1 });
    const { parameters, bytes } = measureModelSize(model);
    const before = await entries();
    const fileSystem = failing('writeFileDurably', (target) => target.endsWith('weights.bin'));
    await expect(
      saveArtifact(path.join(parent, 'run-1'), { model, preprocess: {}, metrics: {}, card: exampleCard({ parameters, bytes }) }, { fileSystem }),
    ).rejects.toThrow(/simulated/);
    expect(await entries()).toEqual(before);
    model.dispose();
  });
});
