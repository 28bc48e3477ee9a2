// kill -9 the credit-risk train command (`npx nx run credit-risk:train`'s entry point, --quick
// --sample --promote always) at random points, CRASH_KILLS times: at a random time, or just after it
// starts writing the artifact, or just after it records the run. After every kill the registry only
// points at complete artifacts and its active run is a succeeded one; the next start of the command
// marks the killed runs failed and removes the folders nobody points at.
import fs from 'node:fs';
import path from 'node:path';
import { listRuns } from '@atlas/registry';
import { INTERRUPTED_RUN_ERROR, liveHolders } from '@atlas/service';
import { useTempHome } from '../../testing/temp-home';
import { registryArtifactProblems } from '../lib/artifact-integrity';
import { CRASH_KILLS } from '../lib/fuzz-sizes';
import { killHard, startTs, type Child } from '../lib/processes';

const DOMAIN = 'credit-risk';
const CLI = 'apps/credit-risk/src/cli/train.ts';
const ARGS = ['--config', 'mlp', '--quick', '--sample', '--promote', 'always'];
const temp = useTempHome('atlas-crash-');

const train = (): Child => startTs(CLI, ARGS, { ATLAS_HOME: temp.home(), DATABASE_URL: '' });

/** A deterministic stream of numbers in [0, 1): kill points are random but repeatable. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

type KillPoint = { kind: 'time'; ms: number } | { kind: 'phase'; phase: 'save' | 'register'; delayMs: number };

describe('kill -9 of a training process', () => {
  it(`at ${CRASH_KILLS} random points never leaves the registry pointing at a missing or partial artifact, and the next start recovers`, async () => {
    const random = seeded(Number(process.env.ATLAS_CRASH_SEED ?? 7));
    // One uncut run: an active model to protect, and how long a run takes here.
    const t0 = Date.now();
    const first = train();
    expect(await first.exited).toEqual({ code: 0, signal: null });
    const runMs = Date.now() - t0;

    const kills: string[] = [];
    for (let i = 0; i < CRASH_KILLS; i++) {
      // Writing the artifact and recording the run take milliseconds: kills aimed at them land
      // within a few ms of the phase starting; the others anywhere in the run.
      const point: KillPoint =
        i % 3 === 0 ? { kind: 'time', ms: Math.round(random() * runMs) } : { kind: 'phase', phase: i % 3 === 1 ? 'save' : 'register', delayMs: Math.round(random() * 8) };
      const child = train();
      if (point.kind === 'time') await Promise.race([new Promise((r) => setTimeout(r, point.ms)), child.exited]);
      else {
        await child.waitFor(new RegExp(`\\] ${point.phase}:`));
        await new Promise((r) => setTimeout(r, point.delayMs));
      }
      await killHard(child);
      kills.push(point.kind === 'time' ? `${point.ms} ms` : `${point.phase}+${point.delayMs} ms`);
      expect({ after: kills[kills.length - 1], problems: await registryArtifactProblems(DOMAIN) }).toEqual({ after: kills[kills.length - 1], problems: [] });
    }

    // The next start: the command recovers before it trains, and this run is not killed.
    const next = train();
    expect(await next.exited).toEqual({ code: 0, signal: null });
    const runs = await listRuns(DOMAIN, { limit: 1000 });
    expect(runs.filter((r) => r.status === 'queued' || r.status === 'running').map((r) => r.id)).toEqual([]);
    const failed = runs.filter((r) => r.status === 'failed');
    for (const run of failed) expect(run.error).toBe(INTERRUPTED_RUN_ERROR);
    expect(await registryArtifactProblems(DOMAIN)).toEqual([]);
    // Only succeeded runs keep a folder; no temporary folder is left.
    const succeeded = new Set(runs.filter((r) => r.status === 'succeeded').map((r) => r.id));
    const folders = fs.readdirSync(path.join(temp.home(), 'artifacts', DOMAIN));
    expect(folders.filter((f) => !succeeded.has(f))).toEqual([]);
    expect(liveHolders()).toEqual([]);
    console.log(
      `[crash] ${CRASH_KILLS} kills (${kills.join(', ')}); an uncut run took ${(runMs / 1000).toFixed(1)} s; ` +
        `${failed.length} runs recovered as failed, ${succeeded.size} succeeded, active ${runs.find((r) => r.active)?.id}`,
    );
  });
});
