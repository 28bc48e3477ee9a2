// Serving one prediction: time it, answer, and log it to the registry without making the caller wait
// for the database (a slow or failing log must never slow or fail a prediction).
import { hashInput, logPrediction, type JsonValue, type ModelRunRecord } from '@atlas/registry';
import type { ModelService } from './model-service';
import { redactInputPii } from './redact-input';

export interface TimedPredictOptions<I, O> {
  /** What of the input is stored; default: the input with PII redacted in every string. */
  redact?: (input: I) => unknown;
  /** What of the output is stored; default: the output itself. */
  logOutput?: (output: O) => unknown;
  /** Set false to skip logging (health probes, warm-up). Default true. */
  log?: boolean;
}

export interface TimedPrediction<O> {
  output: O;
  /** Wall time of `predict` alone, in ms. */
  latencyMs: number;
  run: Pick<ModelRunRecord, 'id' | 'config' | 'modelKind'>;
}

const PENDING = Symbol.for('atlas.service.pendingPredictionLogs');

function pending(): Set<Promise<void>> {
  const holder = globalThis as unknown as Record<symbol, Set<Promise<void>> | undefined>;
  holder[PENDING] ??= new Set();
  return holder[PENDING];
}

function toJson(value: unknown): JsonValue {
  // The registry stores JSON; a value JSON cannot hold (undefined, NaN) becomes null rather than failing.
  // A top-level null is refused by the registry (it reads back ambiguously), so it is wrapped.
  const text = JSON.stringify(value ?? null);
  const parsed = text === undefined ? null : (JSON.parse(text) as JsonValue);
  return parsed === null ? { value: null } : parsed;
}

function logInBackground(entry: Parameters<typeof logPrediction>[0]): void {
  const task: Promise<void> = logPrediction(entry).then(
    () => undefined,
    (err: unknown) => console.error(`[atlas] ${entry.domain}: logging a prediction of run ${entry.runId} failed`, err),
  );
  const set = pending();
  set.add(task);
  void task.finally(() => set.delete(task));
}

/** Resolves when every prediction log started so far has been written (or has failed). */
export async function flushPredictionLogs(): Promise<void> {
  while (pending().size > 0) await Promise.all([...pending()]);
}

export async function timedPredict<M, I, O>(
  service: ModelService<M>,
  input: I,
  predict: (model: M, input: I, run: ModelRunRecord) => O | Promise<O>,
  options: TimedPredictOptions<I, O> = {},
): Promise<TimedPrediction<O>> {
  return service.use(async ({ model, run }) => {
    const started = performance.now();
    const output = await predict(model, input, run);
    const latencyMs = performance.now() - started;
    if (options.log !== false) {
      try {
        logInBackground({
          runId: run.id,
          domain: service.domain,
          inputHash: hashInput(input),
          redactedInput: toJson(options.redact ? options.redact(input) : redactInputPii(input)),
          output: toJson(options.logOutput ? options.logOutput(output) : output),
          latencyMs,
        });
      } catch (err) {
        // Redaction or serialisation of an odd value failed: the prediction still stands.
        console.error(`[atlas] ${service.domain}: preparing a prediction log failed`, err);
      }
    }
    return { output, latencyMs, run: { id: run.id, config: run.config, modelKind: run.modelKind } };
  });
}
