// The request body of predict and explain, checked against what the active model reads: the Taiwan
// application form, or the columns of a model trained on a user's own CSV.
import { z } from 'zod';
import { customApplicationSchema, scoreRequestSchema } from '../domain/application-schema';
import type { ApplicationInput } from '../domain/predictor';
import type { CreditPreprocess } from '../domain/preprocess';

export interface ScoreRequest {
  application: ApplicationInput;
  cutoff?: number;
}

const cutoff = z.number().gt(0, 'must be above 0').lt(1, 'must be below 1').optional();

export function requestSchemaFor(preprocess: CreditPreprocess): z.ZodType<ScoreRequest> {
  if (preprocess.schema.kind === 'taiwan-credit') return scoreRequestSchema as unknown as z.ZodType<ScoreRequest>;
  return z.strictObject({ application: customApplicationSchema(preprocess.columns), cutoff }) as unknown as z.ZodType<ScoreRequest>;
}
