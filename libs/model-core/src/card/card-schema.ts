import { z } from 'zod';

/**
 * The tradeoff card (ARCHITECTURE.md): one record per model run, filled in by every domain, so that
 * the five products can be laid side by side on quality, speed, size, cost, privacy and failure.
 * Measurements that were not taken are null, never left out, so the gap shows.
 */

export const TASK_KINDS = [
  'binary-classification',
  'multiclass-classification',
  'regression',
  'rating-prediction',
  'ranking',
  'object-detection',
] as const;

const nonNegative = z.number().finite().nonnegative();
const count = z.number().int().nonnegative();

export const latencySchema = z.object({
  p50Ms: nonNegative,
  p95Ms: nonNegative,
  p99Ms: nonNegative.optional(),
  /** The TensorFlow.js backend it ran on ('wasm', 'tensorflow', 'webgl', ...). */
  backend: z.string().min(1),
  /** Rows per call; latency figures are per call. */
  batchSize: z.number().int().positive(),
  /** Timed calls after the warm-up. */
  runs: z.number().int().positive(),
});

export const confidenceIntervalSchema = z
  .object({
    low: z.number().finite(),
    high: z.number().finite(),
    /** e.g. 0.95 */
    level: z.number().gt(0).lt(1),
    /** How it was computed, e.g. 'bootstrap, 1000 resamples of the test set'. */
    method: z.string().min(1),
  })
  .refine((interval) => interval.low <= interval.high, { message: 'ci.low must not exceed ci.high' });

export const tradeoffCardSchema = z.object({
  schemaVersion: z.literal(1),
  task: z.object({
    /** The product: 'credit', 'chat', 'recommendations', 'detection', 'health'... */
    domain: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(TASK_KINDS),
    description: z.string().optional(),
  }),
  dataset: z.object({
    name: z.string().min(1),
    rows: z.object({ train: count, validation: count.optional(), test: count }),
    /** Canonical URL or citation of where the data comes from. */
    source: z.string().min(1),
    license: z.string().min(1),
    /** True when trained on the project's own small sample instead of the real dataset. */
    isSample: z.boolean(),
  }),
  quality: z.object({
    /** The primary metric: 'roc_auc', 'macro_f1', 'rmse', 'ndcg@10', 'map@0.5'... */
    metric: z.string().min(1),
    value: z.number().finite(),
    higherIsBetter: z.boolean(),
    ci: confidenceIntervalSchema.nullable(),
    /** The split the value was measured on. */
    split: z.string().min(1),
    /** What the value is compared with: a published result or a simple baseline, and where it comes from. */
    anchor: z.object({ name: z.string().min(1), value: z.number().finite(), source: z.string().min(1) }),
  }),
  latency: z.object({ server: latencySchema.nullable(), browser: latencySchema.nullable() }),
  size: z.object({ parameters: count, bytes: count }),
  training: z.object({
    seconds: nonNegative,
    backend: z.string().min(1),
    epochs: count.optional(),
    seed: z.number().int(),
    samplesPerSecond: nonNegative.optional(),
  }),
  privacy: z.object({
    sensitivity: z.enum(['public', 'personal', 'sensitive']),
    /** What was done about it: 'pseudonymised ids', 'DP-SGD', 'federated averaging', 'none'... */
    measures: z.array(z.string().min(1)),
    differentialPrivacy: z
      .object({ epsilon: z.number().positive(), delta: z.number().gt(0).lt(1), accountant: z.string().min(1) })
      .nullable(),
  }),
  explanation: z.object({ method: z.string().min(1), description: z.string().optional() }),
  failureModes: z.array(z.string().min(1)).min(1),
  humanFallback: z.string().min(1),
  createdAt: z.iso.datetime(),
});

export type TradeoffCard = z.infer<typeof tradeoffCardSchema>;
export type TradeoffCardInput = z.input<typeof tradeoffCardSchema>;
export type LatencyEntry = z.infer<typeof latencySchema>;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Parses a card, throwing an error that names every invalid field. */
export function parseTradeoffCard(value: unknown): TradeoffCard {
  const parsed = tradeoffCardSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(card)'}: ${issue.message}`);
  throw new Error(`Invalid tradeoff card: ${problems.join('; ')}`);
}
