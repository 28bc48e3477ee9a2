// What the benchmark ran on: CPU, cores, memory, OS, Node, the commit, and how busy the machine was.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from '../lib/processes.mjs';

function osName() {
  const file = '/etc/os-release';
  const pretty = existsSync(file) ? readFileSync(file, 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1] : null;
  return `${pretty ?? os.type()} (kernel ${os.release()})`;
}

function commit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return `${sha}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

export function describeMachine() {
  return {
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    commit: commit(),
    loadAverage: os.loadavg(),
  };
}
