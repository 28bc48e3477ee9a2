// preprocess.json of an intent artifact: everything besides the weights that turns a message into a
// decision, identical on the server and in the browser. Browser-safe.
import { z } from 'zod';
import type { FeaturizerState } from './featurizer';
import type { Knobs } from './decision';

export const PREPROCESS_FORMAT = 'atlas-nlp-intent-preprocess';

export interface IntentPreprocess {
  format: typeof PREPROCESS_FORMAT;
  version: 1;
  config: string;
  featurizer: FeaturizerState;
  labels: string[];
  oosLabel: string | null;
  domainOf: Record<string, string>;
  /** The threshold chosen on validation data and the default clarification margin. */
  knobs: Knobs;
  /** True for a user's own intents: replies are generic. */
  custom: boolean;
  isSample: boolean;
}

const schema = z.object({
  format: z.literal(PREPROCESS_FORMAT),
  version: z.literal(1),
  config: z.string(),
  featurizer: z.object({ kind: z.literal('ngram-ids'), maxTokens: z.number().int().positive(), vocab: z.object({ kind: z.literal('text-vocab'), terms: z.array(z.string()) }).passthrough() }),
  labels: z.array(z.string()).min(2),
  oosLabel: z.string().nullable(),
  domainOf: z.record(z.string(), z.string()),
  knobs: z.object({ threshold: z.number().min(0).max(1), margin: z.number().min(0).max(1) }),
  custom: z.boolean(),
  isSample: z.boolean(),
});

export function parsePreprocess(value: unknown): IntentPreprocess {
  return schema.parse(value) as unknown as IntentPreprocess;
}
