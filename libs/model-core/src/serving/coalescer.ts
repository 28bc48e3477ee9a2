// Dynamic batching for serving: concurrent predictions are gathered for at most `maxWaitMs` (or until
// `maxBatch` have arrived) and answered by ONE call of `runBatch`, i.e. one tensor call for the lot.
// A model's cost per call is mostly fixed overhead (kernel dispatch, tensor allocation), so under load
// a batch of 32 costs little more than a batch of 1. A failing batch is retried input by input, so a
// bad input fails only its own request; answers keep the order of the inputs.
// At low load waiting buys nothing: a request that comes more than maxWaitMs after the one before it
// runs on the next turn of the event loop (with whatever came in the same turn) instead of waiting.

export interface CoalescerOptions<I, O> {
  /** Answers the inputs in order: `outputs[i]` belongs to `inputs[i]`. One tensor call per invocation. */
  runBatch: (inputs: readonly I[]) => readonly O[] | Promise<readonly O[]>;
  /** Largest batch; a batch that fills up runs at once. Default 32. */
  maxBatch?: number;
  /** Longest a request waits for others before its batch runs. Default 2 ms. */
  maxWaitMs?: number;
  /** Run a request at once when the one before it came more than maxWaitMs earlier. Default true. */
  eagerWhenIdle?: boolean;
}

export interface CoalescerStats {
  requests: number;
  batches: number;
  largestBatch: number;
  /** Batches that failed as a whole and were retried one input at a time. */
  isolatedBatches: number;
}

export interface PredictionCoalescer<I, O> {
  /** Resolves with this input's output, or rejects with the error of this input alone. */
  predict(input: I): Promise<O>;
  /** Runs the waiting batch now; resolves when every batch started so far has settled. */
  flush(): Promise<void>;
  /** Inputs waiting for their batch to start. */
  readonly waiting: number;
  stats(): CoalescerStats;
}

interface Waiter<I, O> {
  input: I;
  resolve: (output: O) => void;
  reject: (error: unknown) => void;
}

export const DEFAULT_MAX_BATCH = 32;
export const DEFAULT_MAX_WAIT_MS = 2;

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer (got ${value})`);
  return value;
}

export function createCoalescer<I, O>(options: CoalescerOptions<I, O>): PredictionCoalescer<I, O> {
  const maxBatch = positiveInteger(options.maxBatch ?? DEFAULT_MAX_BATCH, 'maxBatch');
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  if (!(maxWaitMs >= 0) || !Number.isFinite(maxWaitMs)) throw new RangeError(`maxWaitMs must be a finite number >= 0 (got ${maxWaitMs})`);

  const eagerWhenIdle = options.eagerWhenIdle ?? true;

  let queue: Waiter<I, O>[] = [];
  /** Cancels the pending start of the waiting batch (a timer or an immediate); null when none. */
  let cancelStart: (() => void) | null = null;
  let lastArrival = -Infinity;
  const running = new Set<Promise<void>>();
  const stats: CoalescerStats = { requests: 0, batches: 0, largestBatch: 0, isolatedBatches: 0 };

  async function call(inputs: readonly I[]): Promise<readonly O[]> {
    const outputs = await options.runBatch(inputs);
    if (!Array.isArray(outputs) || outputs.length !== inputs.length) {
      throw new Error(`runBatch answered ${Array.isArray(outputs) ? outputs.length : typeof outputs} outputs for ${inputs.length} inputs`);
    }
    return outputs;
  }

  async function runWaiters(batch: Waiter<I, O>[]): Promise<void> {
    stats.batches += 1;
    stats.largestBatch = Math.max(stats.largestBatch, batch.length);
    try {
      const outputs = await call(batch.map((w) => w.input));
      batch.forEach((w, i) => w.resolve(outputs[i]));
      return;
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
    }
    // Which input broke the batch is unknown: each one alone, so only the culprits fail.
    stats.isolatedBatches += 1;
    for (const w of batch) {
      try {
        w.resolve((await call([w.input]))[0]);
      } catch (error) {
        w.reject(error);
      }
    }
  }

  function scheduleStart(idle: boolean): void {
    if (idle && eagerWhenIdle) {
      const handle = setImmediate(dispatch);
      cancelStart = () => clearImmediate(handle);
    } else {
      const handle = setTimeout(dispatch, maxWaitMs);
      cancelStart = () => clearTimeout(handle);
    }
  }

  function dispatch(): void {
    cancelStart?.();
    cancelStart = null;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    const task = runWaiters(batch);
    running.add(task);
    void task.finally(() => running.delete(task));
  }

  return {
    predict(input: I): Promise<O> {
      stats.requests += 1;
      const now = performance.now();
      const idle = now - lastArrival > maxWaitMs;
      lastArrival = now;
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (queue.length >= maxBatch) dispatch();
        else if (cancelStart === null) scheduleStart(idle);
      });
    },
    async flush(): Promise<void> {
      dispatch();
      while (running.size > 0) await Promise.all([...running]);
    },
    get waiting() {
      return queue.length;
    },
    stats: () => ({ ...stats }),
  };
}
