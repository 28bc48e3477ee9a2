// preprocess.json of a detector artifact, checked when loaded (server and browser).
import { z } from 'zod';
import type { DetectorSpec } from './run-detector';

const specSchema = z.object({
  kind: z.literal('centernet-detector'),
  classes: z.array(z.string().min(1)).min(1),
  inputSize: z.number().int().min(32).max(1024),
  architecture: z.literal('fpn'),
  stageWidths: z.array(z.number().int().positive()).min(1),
  convsPerStage: z.union([z.literal(1), z.literal(2)]),
  headWidth: z.number().int().min(0),
});

export function parseSpec(value: unknown): DetectorSpec {
  return specSchema.parse(value);
}
