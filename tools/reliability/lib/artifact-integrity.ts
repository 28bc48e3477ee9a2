// Checks that what the registry says serves is really there: every succeeded run's artifact folder
// exists, each file matches the manifest's sha256, and the manifest is the one the run recorded.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listRuns } from '@atlas/registry';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** What is wrong with the artifact at `dir` for a run that recorded `expectedSha256`, or null. */
export function artifactProblem(dir: string | null, expectedSha256: string | null): string | null {
  if (!dir) return 'no artifact path';
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return `missing ${manifestFile}`;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { sha256: string; files: { name: string; bytes: number; sha256: string }[] };
  if (expectedSha256 && manifest.sha256 !== expectedSha256) return `manifest sha256 ${manifest.sha256} is not the recorded ${expectedSha256}`;
  for (const file of manifest.files) {
    const full = path.join(dir, file.name);
    if (!fs.existsSync(full)) return `missing ${file.name}`;
    const bytes = fs.readFileSync(full);
    if (bytes.byteLength !== file.bytes || sha256(bytes) !== file.sha256) return `${file.name} is partial or altered`;
  }
  return null;
}

/** Every problem with the succeeded and active runs of `domain` (an empty list when sound). */
export async function registryArtifactProblems(domain: string): Promise<string[]> {
  const problems: string[] = [];
  const runs = await listRuns(domain, { limit: 1000 });
  for (const run of runs) {
    if (run.active && run.status !== 'succeeded') problems.push(`the active run ${run.id} is ${run.status}`);
    if (run.status !== 'succeeded') continue;
    const problem = artifactProblem(run.artifactPath, run.artifactSha256);
    if (problem) problems.push(`run ${run.id}: ${problem}`);
  }
  if (runs.filter((r) => r.active).length > 1) problems.push('more than one active run');
  return problems;
}
