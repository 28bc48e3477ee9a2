// The quality report of a dataset build, as a zod schema: the apps render it on their Data page and
// can validate a stored report before showing it.
import { z } from 'zod';

const count = z.number().int().nonnegative();

export const stepSchema = z.object({
  step: z.string(),
  rowsIn: count,
  rowsOut: count,
  /** Rows removed, by reason. */
  removed: z.record(z.string(), count),
  note: z.string().optional(),
});

export const decisionSchema = z.object({
  step: z.string(),
  column: z.string().optional(),
  rule: z.string(),
  rationale: z.string(),
  count,
  /** Up to 20 affected example ids, to look them up. */
  ids: z.array(z.string()),
  /** Counts per original value, e.g. {"0": 14, "5": 280}. */
  byValue: z.record(z.string(), count).optional(),
});

const histogram = z.object({ edges: z.array(z.number()), counts: z.array(count) });

export const featureSummarySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('numeric'),
    name: z.string(),
    count,
    missing: count,
    min: z.number().nullable(),
    max: z.number().nullable(),
    mean: z.number().nullable(),
    std: z.number().nullable(),
    p25: z.number().nullable(),
    median: z.number().nullable(),
    p75: z.number().nullable(),
    histogram,
  }),
  z.object({
    type: z.literal('categorical'),
    name: z.string(),
    count,
    missing: count,
    distinct: count,
    top: z.array(z.object({ value: z.string(), count })),
  }),
  z.object({
    type: z.literal('text'),
    name: z.string(),
    count,
    missing: count,
    distinct: count,
    meanLength: z.number().nullable(),
    /** Histogram of lengths in characters. */
    lengthHistogram: histogram,
    /** Whether the product may show the values (false for datasets whose licence forbids it). */
    displayable: z.boolean(),
  }),
]);

export const splitSummarySchema = z.object({
  name: z.string(),
  strategy: z.string(),
  seed: z.string().nullable(),
  fingerprint: z.string(),
  /** What classBalance counts: rows, boxes, ratings... */
  unit: z.string(),
  parts: z.record(z.string(), z.object({ rows: count, classBalance: z.record(z.string(), count) })),
});

export const driftSchema = z.object({
  feature: z.string(),
  reference: z.string(),
  compared: z.string(),
  psi: z.number(),
  level: z.enum(['stable', 'moderate', 'major']),
});

export const duplicateStatsSchema = z.object({
  kind: z.enum(['exact', 'normalized']),
  removed: count,
  bySplit: z.record(z.string(), count),
  leakage: z.record(z.string(), count),
  labelConflicts: count,
});

export const piiColumnSchema = z.object({
  column: z.string(),
  kind: z.enum(['direct-identifier', 'quasi-identifier', 'free-text']),
  detail: z.string(),
  /** Matches per PII kind found by scanning the values (free text). */
  byKind: z.record(z.string(), count).optional(),
  rowsWithPii: count.optional(),
  action: z.string(),
});

export const qualityReportSchema = z.object({
  schemaVersion: z.literal(1),
  datasetId: z.string(),
  title: z.string(),
  domain: z.string(),
  source: z.object({
    kind: z.enum(['real', 'sample', 'custom']),
    /** True when built from the project's generated sample, not the real dataset. */
    sample: z.boolean(),
    description: z.string(),
    files: z.array(z.object({ path: z.string(), sha256: z.string() })),
  }),
  license: z.object({ name: z.string(), redistributable: z.boolean(), displayable: z.boolean() }),
  citation: z.string(),
  rowsIn: count,
  rowsOut: count,
  /** Class balance of the validated rows before cleaning and dedupe (unit as in the splits). */
  classBalanceIn: z.record(z.string(), count),
  steps: z.array(stepSchema),
  decisions: z.array(decisionSchema),
  missing: z.record(z.string(), z.object({ count, fraction: z.number() })),
  duplicates: z.object({
    stats: z.array(duplicateStatsSchema),
    examples: z.array(
      z.object({ id: z.string(), duplicateOf: z.string(), kind: z.string(), split: z.string().optional(), keptSplit: z.string().optional() }),
    ),
  }),
  splits: z.array(splitSummarySchema),
  features: z.array(featureSummarySchema),
  drift: z.array(driftSchema),
  pii: z.object({ columns: z.array(piiColumnSchema) }),
  warnings: z.array(z.string()),
});

export type QualityReport = z.infer<typeof qualityReportSchema>;
export type ReportStep = z.infer<typeof stepSchema>;
export type ReportDecision = z.infer<typeof decisionSchema>;
export type FeatureSummary = z.infer<typeof featureSummarySchema>;
export type SplitSummary = z.infer<typeof splitSummarySchema>;
export type DriftEntry = z.infer<typeof driftSchema>;
export type PiiColumn = z.infer<typeof piiColumnSchema>;
