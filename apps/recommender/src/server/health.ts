import { initRuntime } from '@atlas/model-core/runtime/node';
import { healthReport } from '@atlas/registry';
import pkg from '../../package.json';
import { overview } from '../domain/overview';

/** GET /api/health: which domain and version answer, which tfjs backend runs, whether the registry works. */
export async function healthResponse(): Promise<Response> {
  const runtime = await initRuntime();
  const { status, body } = await healthReport({ domain: overview.domain, version: pkg.version, tfBackend: runtime.backend });
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}
