import fs from 'node:fs/promises';
import path from 'node:path';
import { readArtifact, type LoadedArtifact, type ReadArtifactOptions } from './read-artifact';
import { sha256Hex } from './save-artifact.node';

/** Loads an artifact folder from disk, checking every file against its manifest (Node). */
export function loadArtifact(dir: string, options: ReadArtifactOptions = {}): Promise<LoadedArtifact> {
  const readFile = async (name: string) => new Uint8Array(await fs.readFile(path.join(dir, name)));
  return readArtifact(readFile, async (bytes) => sha256Hex(bytes), options);
}
