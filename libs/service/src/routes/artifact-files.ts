// Serves the files of a domain's run artifact (immutable, checked by sha256 on load) so the browser
// can run the same model, and the binaries of the TensorFlow.js wasm backend. Node only.
import { getRun } from '@atlas/registry';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { HttpError } from '../http/http-error';
import { route } from '../http/route';
import { parseParams } from '../http/validation';

const SERVED_ARTIFACT_FILES = ['manifest.json', 'model.json', 'weights.bin', 'preprocess.json', 'metrics.json', 'card.json'] as const;
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'] as const;

const ArtifactParams = z.object({ id: z.string().min(1).max(100), file: z.enum(SERVED_ARTIFACT_FILES) });
const WasmParams = z.object({ file: z.enum(WASM_FILES) });

function contentType(file: string): string {
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.wasm')) return 'application/wasm';
  return 'application/octet-stream';
}

/** GET handlers for app/api/runs/[id]/artifact/[file] and app/tfjs-wasm/[file]. */
export function createArtifactFileRoutes(domain: string) {
  const artifact = route(async (_req: Request, ctx: { params: Promise<{ id: string; file: string }> }) => {
    const { id, file } = await parseParams(ctx.params, ArtifactParams);
    const run = await getRun(id);
    if (!run || run.domain !== domain || run.status !== 'succeeded' || !run.artifactPath) {
      throw new HttpError(404, { error: 'not_found', message: `run ${id} has no artifact in ${domain}` });
    }
    const bytes = await readFile(path.join(run.artifactPath, file));
    return new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType(file), 'cache-control': 'public, max-age=31536000, immutable' } });
  });
  const wasm = route(async (_req: Request, ctx: { params: Promise<{ file: string }> }) => {
    const { file } = await parseParams(ctx.params, WasmParams);
    // Resolved at run time from the app's folder, so the bundler neither copies nor rewrites it.
    const resolve = createRequire(path.join(process.cwd(), 'package.json')).resolve;
    const dist = path.dirname(resolve('@tensorflow/tfjs-backend-wasm/package.json'));
    const bytes = await readFile(path.join(dist, 'dist', file));
    return new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType(file), 'cache-control': 'public, max-age=86400' } });
  });
  return { artifact, wasm };
}
