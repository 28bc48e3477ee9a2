// Recovery of runs whose training process died: which runs count as owned (lease holder files), which
// are marked failed, and which artifact folders are removed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRun, finishRun, getRun } from '@atlas/registry';
import { claimRun, holdRun, INTERRUPTED_RUN_ERROR, leasesDir, liveHolders, recoverInterruptedRuns, releaseRun, type LeaseHolderFile } from '../src';
import { useTempRegistry } from './helpers/temp-registry';

const DOMAIN = 'recovery-test';
const registry = useTempRegistry();

const newRun = () => createRun({ domain: DOMAIN, modelKind: 'k', config: 'c', backend: 'cpu' });

function writeHolder(name: string, body: Partial<LeaseHolderFile>, ageMs = 0): string {
  fs.mkdirSync(leasesDir(), { recursive: true });
  const file = path.join(leasesDir(), name);
  fs.writeFileSync(file, JSON.stringify({ host: os.hostname(), pid: process.pid, token: 'x', runs: [], claims: [], ...body }));
  const t = new Date(Date.now() - ageMs);
  fs.utimesSync(file, t, t);
  return file;
}

/** A pid that is not running: a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('recoverInterruptedRuns', () => {
  it('marks a running run with no live holder failed, and keeps runs this process holds', async () => {
    const orphan = await newRun();
    const mine = await newRun();
    holdRun(mine.id);
    try {
      const report = await recoverInterruptedRuns(DOMAIN);
      expect(report.failed).toEqual([orphan.id]);
      expect(await getRun(orphan.id)).toMatchObject({ status: 'failed', error: INTERRUPTED_RUN_ERROR });
      expect((await getRun(mine.id))?.status).toBe('running');
    } finally {
      releaseRun(mine.id);
      await finishRun(mine.id, { status: 'cancelled' });
    }
  });

  it('treats a holder on this host whose pid is gone as dead and removes its file', async () => {
    const run = await newRun();
    const file = writeHolder('dead.json', { pid: deadPid(), runs: [run.id] });
    expect((await recoverInterruptedRuns(DOMAIN)).failed).toEqual([run.id]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('trusts a holder on another host while its file is fresh, not once it is stale', async () => {
    const run = await newRun();
    const file = writeHolder('other.json', { host: 'another-host', pid: 1, runs: [run.id] });
    expect((await recoverInterruptedRuns(DOMAIN)).failed).toEqual([]);
    const old = new Date(Date.now() - 10 * 60_000);
    fs.utimesSync(file, old, old);
    expect((await recoverInterruptedRuns(DOMAIN, { staleMs: 60_000 })).failed).toEqual([run.id]);
    expect(liveHolders()).toEqual([]);
  });

  it('leaves runs created after a live claim on the domain (their owner has not attached them yet)', async () => {
    const before = await newRun();
    await new Promise((r) => setTimeout(r, 1100));
    const claim = claimRun(DOMAIN);
    const after = await newRun();
    try {
      const report = await recoverInterruptedRuns(DOMAIN);
      expect(report.failed).toEqual([before.id]);
    } finally {
      claim.done();
    }
    expect((await recoverInterruptedRuns(DOMAIN)).failed).toEqual([after.id]);
  });

  it('removes artifact folders no succeeded run points at, and keeps the others', async () => {
    const dir = path.join(registry.home(), 'artifacts', DOMAIN);
    const good = await newRun();
    await finishRun(good.id, { status: 'succeeded', artifactPath: path.join(dir, good.id) });
    const crashed = await newRun();
    const training = await newRun();
    holdRun(training.id);
    for (const name of [good.id, crashed.id, `.${crashed.id}.tmp-abc`, `.${good.id}.tmp-def`, `.${training.id}.tmp-ghi`, 'not-a-run-of-this-registry']) {
      fs.mkdirSync(path.join(dir, name), { recursive: true });
    }
    try {
      const report = await recoverInterruptedRuns(DOMAIN);
      expect(report.failed).toEqual([crashed.id]);
      expect(report.removedFolders.sort()).toEqual([`.${crashed.id}.tmp-abc`, `.${good.id}.tmp-def`, crashed.id].sort());
      // The folder a live process is writing stays.
      expect(fs.readdirSync(dir).sort()).toEqual([good.id, `.${training.id}.tmp-ghi`, 'not-a-run-of-this-registry'].sort());
    } finally {
      releaseRun(training.id);
    }
  });
});
