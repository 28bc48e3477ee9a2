// The run and training endpoints every domain app has (DOMAIN-APP.md), written once. An app file is
// then one line: `export const { POST } = routes.train;`.
import { deleteRun, getRun, listRuns, readActiveModel, type ModelRunRecord } from '@atlas/registry';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { requireAdmin } from '../http/admin';
import { HttpError, json } from '../http/http-error';
import { route } from '../http/route';
import { parseJsonBody, parseParams, parseQuery } from '../http/validation';
import type { TrainingJobs } from '../jobs/training-jobs';
import { summarizeRun } from '../compare/run-summary';
import { promoteAndRefresh } from '../model/promotion-bus';
import { sseResponse } from '../sse/sse-response';
import type { SseMessage } from '../sse/sse-frame';
import { recoverOnce } from '../training/recover-runs';
import { artifactDirFor } from '../training/run-record';
import { isFinalStatus } from '../training/types';

export interface DomainRoutesOptions {
  /**
   * Runs the app serves besides the active one (e.g. another task's model): DELETE refuses them
   * with 409, as it refuses the active run.
   */
  inUse?: (run: ModelRunRecord) => boolean | Promise<boolean>;
  domain: string;
  jobs: TrainingJobs;
  /** Path prefix of the API, used in the eventsUrl of a started job. Default '/api'. */
  apiBase?: string;
  /** Most runs listed by GET runs. Default 50. */
  listLimit?: number;
}

type IdContext = { params: Promise<{ id: string }> | { id: string } };

const IdParams = z.object({ id: z.string().min(1).max(100) });
const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() });
const TrainBody = z
  .object({
    config: z.string().trim().min(1).max(100).optional(),
    seed: z.number().int().optional(),
  })
  // A server-side data path is deliberately not accepted from the web: that is what the CLI is for.
  .strict();

function once(message: SseMessage): AsyncIterable<SseMessage> {
  return {
    async *[Symbol.asyncIterator]() {
      yield message;
    },
  };
}

export function createDomainRoutes(options: DomainRoutesOptions) {
  const { domain, jobs } = options;
  const apiBase = (options.apiBase ?? '/api').replace(/\/+$/, '');

  async function runOfDomain(id: string) {
    const run = await getRun(id);
    if (!run || run.domain !== domain) throw new HttpError(404, { error: 'not_found', message: `run ${id} not found in ${domain}` });
    return run;
  }

  return {
    runs: {
      GET: route(async (req: Request) => {
        const { limit } = parseQuery(req, ListQuery);
        // The first listing after a start marks runs of crashed processes failed, so none shows 'running' forever.
        await recoverOnce(domain);
        const runs = await listRuns(domain, { limit: limit ?? options.listLimit ?? 50 });
        const active = runs.find((r) => r.active)?.id ?? (await readActiveModel(domain)).model?.id ?? null;
        return json({ domain, activeRunId: active, runs: runs.map(summarizeRun), jobs: jobs.list() });
      }),
    },
    run: {
      GET: route(async (_req: Request, ctx: IdContext) => {
        const { id } = await parseParams(ctx.params, IdParams);
        const run = await runOfDomain(id);
        return json({ run: summarizeRun(run), metrics: run.metrics, tradeoffCard: run.tradeoffCard, params: run.params, job: jobs.get(id) });
      }),
      /** Admin: removes a finished, inactive run with its prediction logs and its artifact folder. */
      DELETE: route(async (req: Request, ctx: IdContext) => {
        requireAdmin(req);
        const { id } = await parseParams(ctx.params, IdParams);
        const run = await runOfDomain(id);
        if (!isFinalStatus(run.status)) throw new HttpError(409, { error: 'conflict', message: `run ${id} is ${run.status}: cancel it first` });
        if (await options.inUse?.(run)) throw new HttpError(409, { error: 'conflict', message: `run ${id} is serving predictions: train or promote another first` });
        await deleteRun(id); // refuses the active run (409)
        // Only the folder this domain's runs are written to: a path edited in the database cannot widen the delete.
        const own = artifactDirFor(domain, id);
        if (run.artifactPath && path.resolve(run.artifactPath) === own) await rm(own, { recursive: true, force: true });
        return json({ deleted: id });
      }),
    },
    train: {
      POST: route(async (req: Request) => {
        requireAdmin(req);
        const body = await parseJsonBody(req, TrainBody);
        const job = await jobs.start({ config: body.config, seed: body.seed });
        return json({ runId: job.runId, status: job.status, config: job.config, eventsUrl: `${apiBase}/runs/${job.runId}/events` }, { status: 202 });
      }),
    },
    promote: {
      POST: route(async (req: Request, ctx: IdContext) => {
        requireAdmin(req);
        const { id } = await parseParams(ctx.params, IdParams);
        await runOfDomain(id);
        const run = await promoteAndRefresh(id);
        return json({ run: summarizeRun(run) });
      }),
    },
    cancel: {
      POST: route(async (req: Request, ctx: IdContext) => {
        requireAdmin(req);
        const { id } = await parseParams(ctx.params, IdParams);
        const known = jobs.get(id);
        if (known && isFinalStatus(known.status)) {
          throw new HttpError(409, { error: 'conflict', message: `run ${id} already finished (${known.status})` });
        }
        const job = await jobs.cancel(id);
        if (job) return json({ job }, { status: 202 });
        const run = await runOfDomain(id);
        throw new HttpError(409, {
          error: 'conflict',
          message:
            run.status === 'running' || run.status === 'queued'
              ? `run ${id} is not running in this server (started from the command line or another instance); stop it there`
              : `run ${id} already finished (${run.status})`,
        });
      }),
    },
    events: {
      GET: route(async (req: Request, ctx: IdContext) => {
        const { id } = await parseParams(ctx.params, IdParams);
        // Browsers resend the last id they saw when they reconnect; ?after= does the same by hand.
        const lastId = Number(req.headers.get('last-event-id') ?? new URL(req.url).searchParams.get('after') ?? 0);
        const live = jobs.events(id, { afterId: Number.isFinite(lastId) ? lastId : 0 });
        if (live) return sseResponse(live, { signal: req.signal });
        // Not a job of this process (finished long ago, a server restart, or the CLI): its stored status.
        const run = await runOfDomain(id);
        return sseResponse(
          once({ event: 'status', data: { type: 'status', runId: run.id, status: run.status, error: run.error, metrics: run.metrics, at: new Date().toISOString() } }),
          { signal: req.signal },
        );
      }),
    },
  };
}

export type DomainRoutes = ReturnType<typeof createDomainRoutes>;
