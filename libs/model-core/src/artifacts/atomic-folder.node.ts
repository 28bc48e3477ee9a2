import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls an atomic folder write needs; tests substitute failing ones. */
export interface FolderFileSystem {
  exists(target: string): Promise<boolean>;
  makeDirectory(target: string): Promise<void>;
  makeTemporaryDirectory(prefix: string): Promise<string>;
  /** Writes the whole file and fsyncs it before closing. */
  writeFileDurably(target: string, data: Uint8Array): Promise<void>;
  /** fsyncs a directory, so the entries created or renamed in it survive a power loss. */
  syncDirectory(target: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  removeRecursive(target: string): Promise<void>;
}

// Windows cannot open a directory for fsync; there the rename is as durable as NTFS makes it.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL']);

export const nodeFolderFileSystem: FolderFileSystem = {
  exists: async (target) => {
    try {
      await fs.access(target, fsConstants.F_OK);
      return true;
    } catch {
      return false;
    }
  },
  makeDirectory: async (target) => {
    await fs.mkdir(target, { recursive: true });
  },
  makeTemporaryDirectory: (prefix) => fs.mkdtemp(prefix),
  writeFileDurably: async (target, data) => {
    const handle = await fs.open(target, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  syncDirectory: async (target) => {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(target, 'r');
    } catch (error) {
      if (process.platform === 'win32' && DIRECTORY_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
      throw error;
    }
    try {
      await handle.sync();
    } catch (error) {
      if (!DIRECTORY_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  removeRecursive: (target) => fs.rm(target, { recursive: true, force: true }),
};

export class ArtifactExistsError extends Error {
  override readonly name = 'ArtifactExistsError';
}

/** The prefix of the temporary folders, so stale ones from a crashed writer can be recognised. */
export function temporaryPrefix(finalDir: string): string {
  return path.join(path.dirname(finalDir), `.${path.basename(finalDir)}.tmp-`);
}

/**
 * Writes `files` into a new folder at `finalDir` so that the folder is either complete or absent:
 * the files go into a temporary sibling (same parent, hence same file system), each is fsynced, the
 * temporary folder is fsynced, renamed to `finalDir`, and the parent is fsynced. An existing
 * `finalDir` is never replaced (artifacts are immutable). On an error the temporary folder is
 * removed; a crash can leave it behind under its dot-prefixed name, never at `finalDir`.
 */
export async function writeFolderAtomically(
  finalDir: string,
  files: readonly { name: string; data: Uint8Array }[],
  fileSystem: FolderFileSystem = nodeFolderFileSystem,
): Promise<void> {
  const target = path.resolve(finalDir);
  const parent = path.dirname(target);
  if (await fileSystem.exists(target)) throw new ArtifactExistsError(`${target} already exists; artifacts are never overwritten`);
  await fileSystem.makeDirectory(parent);
  const temporary = await fileSystem.makeTemporaryDirectory(temporaryPrefix(target));
  try {
    for (const file of files) {
      if (file.name !== path.basename(file.name)) throw new Error(`Artifact file names must be plain names, got '${file.name}'`);
      await fileSystem.writeFileDurably(path.join(temporary, file.name), file.data);
    }
    await fileSystem.syncDirectory(temporary);
    // rename(2) would replace an empty directory that appeared meanwhile: check once more.
    if (await fileSystem.exists(target)) throw new ArtifactExistsError(`${target} appeared while writing; artifacts are never overwritten`);
    await fileSystem.rename(temporary, target);
  } catch (error) {
    await fileSystem.removeRecursive(temporary).catch(() => undefined);
    throw error;
  }
  await fileSystem.syncDirectory(parent);
}

/**
 * Removes temporary folders that crashed writers left in `parentDir` (names '.<name>.tmp-*'), if
 * older than `olderThanMs` (default one hour, so a write in progress elsewhere is left alone).
 * Returns the removed paths.
 */
export async function removeStaleTemporaryFolders(parentDir: string, olderThanMs = 3_600_000): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(parentDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!/^\..+\.tmp-[^/]+$/.test(name)) continue;
    const candidate = path.join(parentDir, name);
    const stats = await fs.stat(candidate);
    if (stats.isDirectory() && Date.now() - stats.mtimeMs >= olderThanMs) {
      await fs.rm(candidate, { recursive: true, force: true });
      removed.push(candidate);
    }
  }
  return removed;
}
