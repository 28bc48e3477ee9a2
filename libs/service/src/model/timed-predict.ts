// Serving one prediction: time it, answer, and log it to the registry without making the caller wait
// for the database (a slow or failing log must never slow or fail a prediction).
import { hashInput, logPrediction, logPredictions, type JsonValue, type ModelRunRecord } from '@atlas/registry';
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

type LogEntry = Parameters<typeof logPrediction>[0];

/**
 * Prediction logs waiting to be written, and the write in flight. A statement costs the database
 * client ~1.5 ms of CPU whatever its size and ~0.3 ms per row (measured: BENCHMARKS.md), more than
 * the prediction itself; so rows wait up to LOG_FLUSH_MS and one write at a time takes every row
 * queued so far. On globalThis so that every copy of this module in a process (bundles, dev reloads)
 * shares it; the state lives in a closure (test runners rewrite the plain properties of globals).
 */
interface LogWriter {
  add(entry: LogEntry): void;
  flush(): Promise<void>;
}

/** Rows per statement at most (SQLite allows 32766 bound variables; a row binds 8). */
const MAX_ROWS_PER_WRITE = 1000;
/** How long a row waits for others before it is written. */
const LOG_FLUSH_MS = 20;
const WRITER = Symbol.for('atlas.service.predictionLogWriter');

function toJson(value: unknown): JsonValue {
  // The registry stores JSON; a value JSON cannot hold (undefined, NaN) becomes null rather than failing.
  // A top-level null is refused by the registry (it reads back ambiguously), so it is wrapped.
  const text = JSON.stringify(value ?? null);
  const parsed = text === undefined ? null : (JSON.parse(text) as JsonValue);
  return parsed === null ? { value: null } : parsed;
}

const logFailure = (entry: LogEntry, err: unknown) =>
  console.error(`[atlas] ${entry.domain}: logging a prediction of run ${entry.runId} failed`, err);

async function writeRows(rows: LogEntry[]): Promise<void> {
  try {
    await logPredictions(rows);
  } catch (err) {
    if (rows.length === 1) return logFailure(rows[0], err);
    // Which row spoiled the statement is unknown: each alone, so only that one is lost.
    for (const row of rows) await logPrediction(row).catch((e: unknown) => logFailure(row, e));
  }
}

function createLogWriter(): LogWriter {
  const rows: LogEntry[] = [];
  let writing: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function startWrite(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (writing || rows.length === 0) return;
    const batch = rows.splice(0, MAX_ROWS_PER_WRITE);
    writing = writeRows(batch).finally(() => {
      writing = null;
      if (rows.length > 0) startWrite();
    });
  }

  return {
    add(entry) {
      // Stamped now, not when the batch is written, so the log keeps the order predictions were made.
      rows.push({ ...entry, createdAt: entry.createdAt ?? new Date() });
      if (rows.length >= MAX_ROWS_PER_WRITE) startWrite();
      else if (!writing && !timer) timer = setTimeout(startWrite, LOG_FLUSH_MS).unref();
    },
    async flush() {
      while (rows.length > 0 || writing) {
        startWrite();
        if (writing) await writing;
      }
    },
  };
}

function writer(): LogWriter {
  const holder = globalThis as unknown as Record<symbol, LogWriter | undefined>;
  holder[WRITER] ??= createLogWriter();
  return holder[WRITER];
}

/**
 * Queues one prediction log for the batched background writer (what timedPredict does for you), for
 * routes that serve without timedPredict: never waits for the database, failures go to console.error.
 */
export function queuePredictionLog(entry: LogEntry): void {
  writer().add(entry);
}

/** Resolves when every prediction log started so far has been written (or has failed). */
export function flushPredictionLogs(): Promise<void> {
  return writer().flush();
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
    recordPrediction(service.domain, run, input, output, latencyMs, options);
    return { output, latencyMs, run: runSummary(run) };
  });
}

export const runSummary = (run: ModelRunRecord): TimedPrediction<unknown>['run'] => ({ id: run.id, config: run.config, modelKind: run.modelKind });

/** Logs one served prediction in the background, as the options say (shared with the batched variant). */
export function recordPrediction<I, O>(
  domain: string,
  run: Pick<ModelRunRecord, 'id'>,
  input: I,
  output: O,
  latencyMs: number,
  options: TimedPredictOptions<I, O>,
): void {
  if (options.log === false) return;
  try {
    queuePredictionLog({
      runId: run.id,
      domain,
      inputHash: hashInput(input),
      redactedInput: toJson(options.redact ? options.redact(input) : redactInputPii(input)),
      output: toJson(options.logOutput ? options.logOutput(output) : output),
      latencyMs,
    });
  } catch (err) {
    // Redaction or serialisation of an odd value failed: the prediction still stands.
    console.error(`[atlas] ${domain}: preparing a prediction log failed`, err);
  }
}
