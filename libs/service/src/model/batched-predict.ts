// timedPredict with dynamic batching: concurrent requests to one app are gathered for at most
// maxWaitMs (default 2 ms) or maxBatch inputs (default 32) and scored by ONE call of `predictMany`
// on the serving model, so under load the fixed cost of a model call is paid once per batch. Every
// prediction is still answered alone, timed and logged alone, and a bad input fails only its request.
//
// The coalescer is kept per model service and `key`: the `predictMany` of the first call for a key is
// the one every batch runs, so it must depend on its arguments only (no request state in a closure).
// ATLAS_PREDICT_BATCHING=off scores each request alone (same answers; the benchmark's "without").
import { createCoalescer, type PredictionCoalescer } from '@atlas/model-core/serving/coalescer';
import type { ModelRunRecord } from '@atlas/registry';
import type { ModelService } from './model-service';
import { recordPrediction, runSummary, type TimedPrediction, type TimedPredictOptions } from './timed-predict';

export const BATCHING_ENV = 'ATLAS_PREDICT_BATCHING';

export type PredictMany<M, I, O> = (model: M, inputs: I[], run: ModelRunRecord) => readonly O[] | Promise<readonly O[]>;

export interface BatchedPredictOptions<I, O> extends TimedPredictOptions<I, O> {
  /** Largest batch. Default 32. */
  maxBatch?: number;
  /** Longest a request waits for others. Default 2 ms. */
  maxWaitMs?: number;
  /** Tells apart several batched predict functions on one model service. Default 'predict'. */
  key?: string;
}

interface Scored {
  output: unknown;
  run: ModelRunRecord;
}

type Coalescers = Map<string, PredictionCoalescer<unknown, Scored>>;
const COALESCERS = Symbol.for('atlas.service.predictionCoalescers');

function coalescersOf(service: ModelService<unknown>): Coalescers {
  // On globalThis (like the model services themselves), so a dev reload keeps one coalescer per service.
  const holder = globalThis as unknown as Record<symbol, WeakMap<object, Coalescers> | undefined>;
  holder[COALESCERS] ??= new WeakMap();
  let map = holder[COALESCERS].get(service);
  if (!map) holder[COALESCERS].set(service, (map = new Map()));
  return map;
}

/** Whether batching is on for this process (it is unless ATLAS_PREDICT_BATCHING=off|0|false). */
export function batchingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(off|0|false|no)$/i.test(env[BATCHING_ENV]?.trim() ?? '');
}

async function scoreBatch<M, I, O>(service: ModelService<M>, predictMany: PredictMany<M, I, O>, inputs: I[]): Promise<Scored[]> {
  // One model for the whole batch, held so a promotion cannot dispose it mid-call.
  return service.use(async ({ model, run }) => (await predictMany(model, inputs, run)).map((output) => ({ output, run })));
}

function coalescerFor<M, I, O>(service: ModelService<M>, predictMany: PredictMany<M, I, O>, options: BatchedPredictOptions<I, O>) {
  const map = coalescersOf(service as ModelService<unknown>);
  const key = options.key ?? 'predict';
  let coalescer = map.get(key);
  if (!coalescer) {
    coalescer = createCoalescer<unknown, Scored>({
      maxBatch: options.maxBatch,
      maxWaitMs: options.maxWaitMs,
      runBatch: (inputs) => scoreBatch(service, predictMany, inputs as I[]),
    });
    map.set(key, coalescer);
  }
  return coalescer as PredictionCoalescer<I, Scored>;
}

/**
 * Scores `input` in a batch with the concurrent requests of the same service (see the file comment),
 * logs it like timedPredict, and answers the same shape. `latencyMs` includes the wait for the batch.
 */
export async function timedPredictBatched<M, I, O>(
  service: ModelService<M>,
  input: I,
  predictMany: PredictMany<M, I, O>,
  options: BatchedPredictOptions<I, O> = {},
): Promise<TimedPrediction<O>> {
  const started = performance.now();
  const { output, run } = batchingEnabled()
    ? await coalescerFor(service, predictMany, options).predict(input)
    : (await scoreBatch(service, predictMany, [input]))[0];
  const latencyMs = performance.now() - started;
  recordPrediction(service.domain, run, input, output as O, latencyMs, options);
  return { output: output as O, latencyMs, run: runSummary(run) };
}

/** The batching figures of a service's coalescer (requests, batches, largest batch), or null before its first use. */
export function batchingStats(service: ModelService<unknown>, key = 'predict') {
  return coalescersOf(service).get(key)?.stats() ?? null;
}
