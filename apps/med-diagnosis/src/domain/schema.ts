// The inputs of /api/predict and /api/explain: a task and a patient. A missing or null measurement
// is allowed (it is imputed and the answer says so); a present one must be a plausible number.
import { z } from 'zod';
import { TASKS } from './tasks';

const measurement = z.number().finite().min(0).max(10_000).nullable().optional();

const pimaPatient = z
  .object(Object.fromEntries(TASKS.pima.features.map((f) => [f.name, measurement])) as Record<string, typeof measurement>)
  .strict()
  .extend({ age: z.number().int().min(1).max(120).nullable().optional(), pregnancies: z.number().int().min(0).max(30).nullable().optional() });

const wdbcPatient = z.object(Object.fromEntries(TASKS.wdbc.features.map((f) => [f.name, measurement])) as Record<string, typeof measurement>).strict();

export const PredictRequestSchema = z.discriminatedUnion('task', [
  z.object({ task: z.literal('pima'), patient: pimaPatient, threshold: z.number().min(0).max(1).optional() }),
  z.object({ task: z.literal('wdbc'), patient: wdbcPatient, threshold: z.number().min(0).max(1).optional() }),
]);
export type PredictRequest = z.infer<typeof PredictRequestSchema>;
