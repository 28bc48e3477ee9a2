// Who is training which run. A process that trains (the CLI, a job worker) or queues runs (an app's
// job manager) keeps one small "holder" file under <ATLAS_HOME>/leases naming its runs, and touches it
// every few seconds. A run left 'queued' or 'running' by a process that is gone (kill -9, power loss,
// OOM) has no live holder, so recoverInterruptedRuns can mark it failed on the next start.
//
// The holder file is written before the run row is created (a "claim" on the domain): a crash between
// the two leaves a run that no holder names and no live claim can own, so it is recovered at once,
// with no grace period to guess.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atlasHome } from '@atlas/registry';

/** How often a holder touches its file; a holder on another host is live while its file is younger than staleMs. */
export const LEASE_HEARTBEAT_MS = 10_000;
export const LEASE_STALE_MS = 120_000;

export interface LeaseHolderFile {
  host: string;
  pid: number;
  /** Distinguishes this process from a later one that reuses the pid (containers restart with pid 1). */
  token: string;
  runs: string[];
  /** Domains this process is about to create a run in, with when it started to. */
  claims: { domain: string; since: string }[];
}

interface HolderState {
  token: string;
  runs: Map<string, number>;
  claims: Map<number, { domain: string; since: string }>;
  nextClaim: number;
  timer: NodeJS.Timeout | null;
  /** The files written, per ATLAS_HOME (tests switch homes within one process). */
  written: Set<string>;
}

const holder = globalThis as typeof globalThis & { __atlasLeaseHolder?: HolderState };

function state(): HolderState {
  holder.__atlasLeaseHolder ??= { token: randomBytes(6).toString('hex'), runs: new Map(), claims: new Map(), nextClaim: 1, timer: null, written: new Set() };
  return holder.__atlasLeaseHolder;
}

export function leasesDir(): string {
  return path.join(atlasHome(), 'leases');
}

function holderFileName(s: HolderState): string {
  return `${os.hostname()}.${process.pid}.${s.token}.json`;
}

function writeHolder(): void {
  const s = state();
  const dir = leasesDir();
  const file = path.join(dir, holderFileName(s));
  if (s.runs.size === 0 && s.claims.size === 0) {
    for (const f of s.written) fs.rmSync(f, { force: true });
    s.written.clear();
    if (s.timer) clearInterval(s.timer);
    s.timer = null;
    return;
  }
  const body: LeaseHolderFile = { host: os.hostname(), pid: process.pid, token: s.token, runs: [...s.runs.keys()], claims: [...s.claims.values()] };
  fs.mkdirSync(dir, { recursive: true });
  // Write then rename: a reader never sees half a file.
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(body));
  fs.renameSync(tmp, file);
  s.written.add(file);
  if (!s.timer) {
    s.timer = setInterval(() => {
      const now = new Date();
      for (const f of s.written) fs.utimes(f, now, now, () => undefined);
    }, LEASE_HEARTBEAT_MS);
    s.timer.unref();
  }
}

function safely(action: () => void): void {
  try {
    action();
  } catch (err) {
    // A lease is a recovery aid: failing to write one must not fail the training itself.
    console.error('[atlas] could not update the training lease file', err);
  }
}

export interface RunClaim {
  /** The run this process now owns (it may already be attached: then a no-op). */
  attach(runId: string): void;
  /** Drops the claim; attached runs stay until release(runId). */
  done(): void;
}

/** Call before creating a run row in `domain`, attach the id once it exists. */
export function claimRun(domain: string): RunClaim {
  const s = state();
  const id = s.nextClaim++;
  s.claims.set(id, { domain, since: new Date().toISOString() });
  safely(writeHolder);
  let open = true;
  return {
    attach(runId) {
      holdRun(runId);
    },
    done() {
      if (!open) return;
      open = false;
      s.claims.delete(id);
      safely(writeHolder);
    },
  };
}

/** This process owns `runId` (counted: the job manager and an inline worker may both hold it). */
export function holdRun(runId: string): void {
  const s = state();
  s.runs.set(runId, (s.runs.get(runId) ?? 0) + 1);
  safely(writeHolder);
}

export function releaseRun(runId: string): void {
  const s = state();
  const n = (s.runs.get(runId) ?? 0) - 1;
  if (n > 0) s.runs.set(runId, n);
  else s.runs.delete(runId);
  safely(writeHolder);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LiveHolder extends LeaseHolderFile {
  file: string;
}

/**
 * The holders still alive. On this host a holder is live while its pid runs and its file is fresh
 * (a reused pid with an old file is dead); on another host, while its file is fresh. Files of dead
 * holders are removed.
 */
export function liveHolders(options: { staleMs?: number; now?: number } = {}): LiveHolder[] {
  const staleMs = options.staleMs ?? LEASE_STALE_MS;
  const now = options.now ?? Date.now();
  const dir = leasesDir();
  if (!fs.existsSync(dir)) return [];
  const me = state();
  const live: LiveHolder[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (name.endsWith('.tmp')) {
      // A writer killed between write and rename.
      if (statAge(file, now) > staleMs) fs.rmSync(file, { force: true });
      continue;
    }
    if (!name.endsWith('.json')) continue;
    let body: LeaseHolderFile;
    try {
      body = JSON.parse(fs.readFileSync(file, 'utf8')) as LeaseHolderFile;
    } catch {
      continue; // removed meanwhile
    }
    const fresh = statAge(file, now) <= staleMs;
    const isMe = body.host === os.hostname() && body.pid === process.pid && body.token === me.token;
    const alive = isMe || (body.host === os.hostname() ? fresh && pidAlive(body.pid) && body.pid !== process.pid : fresh);
    if (alive) live.push({ ...body, file });
    else fs.rmSync(file, { force: true });
  }
  return live;
}

function statAge(file: string, now: number): number {
  try {
    return now - fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
