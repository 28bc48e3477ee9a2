// In-browser inference latency per domain: each domain's active artifact (model.json + weights.bin,
// as the apps ship it to the browser) loaded by TensorFlow.js in Debian's Chromium, driven by
// Playwright, on the wasm and webgl backends; p50/p99 of one-row predictions after a warm-up. The
// tensor call alone: each app's own feature encoding around it is not timed here.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { DOMAINS, ROOT } from '../lib/processes.mjs';
import { activeRuns } from './registry-db.mjs';

// The flags of tools/playwright-config.ts (CHROMIUM_ARGS): no GPU, no network chatter, no sandbox.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const BROWSER_BACKENDS = ['wasm', 'webgl'];
const TFJS = {
  '/tfjs/tf.min.js': 'node_modules/@tensorflow/tfjs/dist/tf.min.js',
  '/tfjs/tf-backend-wasm.min.js': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tf-backend-wasm.min.js',
  '/tfjs/tfjs-backend-wasm.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm',
  '/tfjs/tfjs-backend-wasm-simd.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm',
  '/tfjs/tfjs-backend-wasm-threaded-simd.wasm': 'node_modules/@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm',
};
const PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title><script src="/tfjs/tf.min.js"></script><script src="/tfjs/tf-backend-wasm.min.js"></script>';
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.bin': 'application/octet-stream' };

/** Serves the page, tfjs and each domain's artifact folder (/artifact/<domain>/<file>). */
function startStaticServer(artifacts) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = null;
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(PAGE);
    }
    if (TFJS[url.pathname]) file = path.join(ROOT, TFJS[url.pathname]);
    const match = url.pathname.match(/^\/artifact\/([a-z-]+)\/(model\.json|weights\.bin)$/);
    if (match && artifacts[match[1]]) file = path.join(artifacts[match[1]], match[2]);
    if (!file || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: load the model, one-row inputs of its shapes, warm-up then timed predictions. */
async function timeInPage({ modelUrl, backend, warmup, runs }) {
  const tf = globalThis.tf;
  if (backend === 'wasm') tf.wasm.setWasmPaths('/tfjs/');
  if (!(await tf.setBackend(backend).catch(() => false))) return { error: `the ${backend} backend did not initialise in this browser` };
  await tf.ready();
  const model = await tf.loadLayersModel(modelUrl);
  const inputs = model.inputs.map((input) => {
    const shape = input.shape.map((d, i) => (i === 0 ? 1 : d ?? 1));
    return input.dtype === 'int32' ? tf.zeros(shape, 'int32') : tf.randomUniform(shape);
  });
  const predict = () => {
    const out = model.predict(inputs.length === 1 ? inputs[0] : inputs);
    const list = Array.isArray(out) ? out : [out];
    list.forEach((t) => t.dataSync());
    list.forEach((t) => t.dispose());
  };
  for (let i = 0; i < warmup; i += 1) predict();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    predict();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  const gl = backend === 'webgl' ? tf.backend().gpgpu?.gl : null;
  const debug = gl?.getExtension('WEBGL_debug_renderer_info');
  const renderer = gl ? gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER) : null;
  inputs.forEach((t) => t.dispose());
  model.dispose();
  return { p50Ms: at(0.5), p99Ms: at(0.99), runs, backend: tf.getBackend(), renderer };
}

export async function runBrowserBench({ home, warmup = 20, runs = 200, only = null, log = console.log } = {}) {
  const active = Object.fromEntries(activeRuns(home).filter((r) => r.artifactPath).map((r) => [r.domain, r]));
  const server = await startStaticServer(Object.fromEntries(Object.entries(active).map(([d, r]) => [d, r.artifactPath])));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const version = browser.version();
  const results = [];
  try {
    for (const d of DOMAINS) {
      if (only && !only.includes(d.id)) continue;
      const run = active[d.id];
      const entry = { app: d.id, name: d.name, runId: run?.id ?? null, config: run?.config ?? null, backends: {} };
      results.push(entry);
      if (!run) {
        entry.skipped = 'no trained model';
        log(`  ${d.id}: ${entry.skipped}`);
        continue;
      }
      for (const backend of BROWSER_BACKENDS) {
        const page = await browser.newPage();
        try {
          await page.goto(base);
          entry.backends[backend] = await page.evaluate(timeInPage, { modelUrl: `${base}/artifact/${d.id}/model.json`, backend, warmup, runs });
        } catch (err) {
          entry.backends[backend] = { error: (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200) };
        } finally {
          await page.close();
        }
        const r = entry.backends[backend];
        log(`  ${d.id} ${backend}: ${r.error ?? `p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms${r.renderer ? ` (${r.renderer})` : ''}`}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { warmup, runs, browser: `Chromium ${version}`, apps: results };
}
