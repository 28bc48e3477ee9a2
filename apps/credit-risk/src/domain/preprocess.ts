// preprocess.json of a credit artifact: everything besides the weights that serving needs to turn an
// application into a decision and its reasons, written by the training job and read, unchanged, by
// the server and the browser.
import type { TabularEncoderState } from '@atlas/data-pipeline';
import type { Calibrator } from '@atlas/model-core';
import { z } from 'zod';
import type { ConfigName } from './configs';
import type { InputSchema } from './dataset';
import type { InputColumn } from './model-inputs';
import type { PsiReference } from './monitoring';
import type { ScoreScaling } from './scaling';
import type { ScorecardTable } from './scorecard';

export const PREPROCESS_FORMAT = 'atlas-credit-risk';

export interface CreditPreprocess {
  format: typeof PREPROCESS_FORMAT;
  version: 1;
  config: ConfigName;
  kind: 'mlp' | 'scorecard';
  schema: InputSchema;
  columns: InputColumn[];
  encoder: TabularEncoderState;
  calibrator: Calibrator | null;
  scorecard: ScorecardTable | null;
  scaling: ScoreScaling;
  /** The default approval cutoff on the PD. */
  cutoff: number;
  /** Integrated-gradients baseline: the mean encoded row of the training applicants who repaid. */
  baseline: number[];
  /** Reason group of every encoded feature (encoder.featureNames order). */
  featureGroups: string[];
  /** Training distributions for the stability index. */
  psi: PsiReference[];
  /** A typical application (training medians), the form's starting point. */
  defaults: Record<string, number | string>;
  /** True when the model was trained on the project's generated sample. */
  isSample: boolean;
}

const shape = z.object({
  format: z.literal(PREPROCESS_FORMAT),
  version: z.literal(1),
  config: z.string(),
  kind: z.enum(['mlp', 'scorecard']),
  schema: z.object({ kind: z.enum(['taiwan-credit', 'custom']) }).loose(),
  columns: z.array(z.object({ name: z.string(), kind: z.enum(['numeric', 'categorical']), group: z.string() }).loose()),
  encoder: z.object({ kind: z.literal('tabular'), featureNames: z.array(z.string()) }).loose(),
  baseline: z.array(z.number()),
  featureGroups: z.array(z.string()),
  cutoff: z.number().gt(0).lt(1),
});

/** Checks the parts serving relies on; throws naming what is wrong. */
export function parsePreprocess(value: unknown): CreditPreprocess {
  const parsed = shape.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Invalid preprocess.json: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  const p = value as CreditPreprocess;
  if (p.baseline.length !== p.encoder.featureNames.length || p.featureGroups.length !== p.encoder.featureNames.length) {
    throw new Error('Invalid preprocess.json: baseline and featureGroups need one entry per encoded feature');
  }
  return p;
}

/** The reason group of each encoded feature: the group of the column the feature was encoded from. */
export function featureGroupsOf(encoder: TabularEncoderState, columns: readonly InputColumn[]): string[] {
  const groupOf = new Map(columns.map((c) => [c.name, c.group]));
  const names = [...groupOf.keys()].sort((a, b) => b.length - a.length);
  return encoder.featureNames.map((feature) => {
    const column = names.find((n) => feature === n || feature.startsWith(`${n}=`) || feature.startsWith(`${n}#`));
    if (!column) throw new Error(`Encoded feature ${feature} matches no input column`);
    return groupOf.get(column) as string;
  });
}
