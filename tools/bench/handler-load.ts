// The predict route's handler called in-process (no Next.js, no HTTP): what the model, validation and
// logging cost on their own, with the coalescer on or off. Run by serving.mjs through swc-node:
//   node -r @swc-node/register tools/bench/handler-load.ts '{"app":..., "route":..., "body":..., "concurrency":[1,16,64], "seconds":5}'
// Prints one JSON line: per concurrency, requests/s, p50/p99 latency and CPU ms per request (the
// prediction logs written, included).
import path from 'node:path';
import { initRuntime } from '@atlas/model-core/runtime/node';
import { flushPredictionLogs } from '@atlas/service';

interface Spec {
  app: string;
  route: string;
  body: unknown;
  concurrency: number[];
  seconds: number;
}

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

const spec = JSON.parse(process.argv[2]) as Spec;
const text = JSON.stringify(spec.body);
const request = () => new Request(`http://localhost${spec.route}`, { method: 'POST', body: text, headers: { 'content-type': 'application/json' } });

async function call(post: Handler): Promise<number> {
  const started = performance.now();
  const res = await post(request(), undefined);
  await res.text();
  if (res.status !== 200) throw new Error(`${spec.route} answered ${res.status}`);
  return performance.now() - started;
}

async function level(post: Handler, clients: number, seconds: number) {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) latencies.push(await call(post));
    }),
  );
  const wallS = (performance.now() - started) / 1000;
  await flushPredictionLogs();
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  return { connections: clients, requests: latencies.length, rps: latencies.length / wallS, p50Ms: at(0.5), p99Ms: at(0.99), cpuMsPerRequest: (used.user + used.system) / 1000 / latencies.length };
}

async function main(): Promise<void> {
  await initRuntime(); // as the app's server has done by the time it serves (its health route)
  const file = path.join(process.cwd(), 'apps', spec.app, 'app', spec.route, 'route.ts');
  const { POST } = (await import(file)) as { POST: Handler };
  for (let i = 0; i < 200; i += 1) await call(POST); // warm-up: the model load, JIT
  await flushPredictionLogs();
  const levels = [];
  for (const clients of spec.concurrency) levels.push(await level(POST, clients, spec.seconds));
  console.log(JSON.stringify({ levels }));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.log(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
    process.exit(1);
  },
);
