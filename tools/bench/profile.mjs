// Where a server's CPU time goes: a V8 .cpuprofile (node --cpu-prof) summed by self time into the
// parts of the stack (Next.js, the database client, TensorFlow.js, zod, Atlas code, Node itself,
// garbage collection), plus the costliest functions.
import { readFileSync } from 'node:fs';

const PARTS = [
  ['idle', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['database client (Prisma, SQLite driver)', (f) => /@prisma|prisma|better-sqlite3|generated\/(sqlite|postgresql)/.test(f.url) || /query_compiler/.test(f.url)],
  ['TensorFlow.js', (f) => /@tensorflow|tfjs/.test(f.url)],
  ['zod validation', (f) => /\/zod\//.test(f.url)],
  ['Next.js and React', (f) => /\/next\/|react-dom|react-server|\.next\/server/.test(f.url) && !/\/apps\/|\/libs\//.test(f.url)],
  ['Atlas code (apps, libs)', (f) => /\/apps\/|\/libs\//.test(f.url)],
  ['Node.js (http, streams, fetch)', (f) => /^node:|undici|internal/.test(f.url)],
];
// wasm and native frames count toward the JavaScript that called them (Prisma's query compiler and
// TensorFlow.js's wasm kernels are both wasm).
const inherits = (f) => !f.url || /^wasm:/.test(f.url) || /wasm-function/.test(f.functionName);

/** The monotonic clock V8 stamps profile samples with (microseconds): marks a window to summarize. */
export const profileClockUs = () => Number(process.hrtime.bigint() / 1000n);

/** Sums the samples taken between fromUs and toUs (profileClockUs; default: the whole profile). */
export function summarizeProfile(file, { top = 8, fromUs = -Infinity, toUs = Infinity } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const partOf = (id) => {
    for (let cur = id; cur !== undefined; cur = parentOf.get(cur)) {
      const frame = byId.get(cur).callFrame;
      const found = PARTS.find(([, test]) => test(frame));
      if (found) return found[0];
      if (!inherits(frame)) break;
    }
    return 'other (native, program)';
  };
  const selfUs = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= fromUs && at <= toUs) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const parts = new Map();
  const functions = new Map();
  let total = 0;
  let busy = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id).callFrame;
    total += us;
    const part = partOf(id);
    parts.set(part, (parts.get(part) ?? 0) + us);
    if (part === 'idle') continue;
    busy += us;
    const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^.*\/(apps|libs)\//, '$1/').replace(/^file:\/\//, '')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const share = (us, of) => Math.round((1000 * us) / of) / 10;
  return {
    seconds: total / 1e6,
    busyShare: share(busy, total),
    parts: [...parts].filter(([p]) => p !== 'idle').sort((a, b) => b[1] - a[1]).map(([part, us]) => ({ part, share: share(us, busy) })),
    functions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, share: share(us, busy) })),
  };
}
