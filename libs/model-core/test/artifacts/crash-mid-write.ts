// Run as its own process by atomic-write.test.ts: starts an atomic folder write and kills itself
// with SIGKILL (no cleanup can run) right after the first file is on disk.
import { nodeFolderFileSystem, writeFolderAtomically } from '../../src/artifacts/atomic-folder.node';

const target = process.argv[2];
if (!target) throw new Error('usage: crash-mid-write.ts <target folder>');
const files = ['a.json', 'b.json', 'c.bin'].map((name) => ({ name, data: new TextEncoder().encode(name) }));
let written = 0;
void writeFolderAtomically(target, files, {
  ...nodeFolderFileSystem,
  writeFileDurably: async (path, data) => {
    await nodeFolderFileSystem.writeFileDurably(path, data);
    written += 1;
    if (written === 1) process.kill(process.pid, 'SIGKILL');
  },
});
