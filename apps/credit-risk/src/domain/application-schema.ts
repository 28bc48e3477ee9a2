// The application as the API accepts it: every field of the form, typed and within its range, and
// nothing else (an unknown field is an error, so a typo never silently falls back to a default).
import { z } from 'zod';
import { CREDIT_FEATURES, FIELDS, type CreditFeature, type FieldInfo } from './fields';
import type { CreditApplication } from './features';

function fieldSchema(field: FieldInfo) {
  const number = z.number({ error: (issue) => (issue.input === undefined ? 'required' : 'must be a number') });
  if (field.codes) {
    const codes = Object.keys(field.codes).map(Number);
    return number.int('must be a whole number').refine((v) => codes.includes(v), `must be one of ${codes.join(', ')}`);
  }
  if (field.kind === 'years') return number.int('must be a whole number').min(field.min, `must be at least ${field.min}`).max(field.max, `must be at most ${field.max}`);
  return number.min(field.min, `must be at least ${field.min}`).max(field.max, `must be at most ${field.max}`);
}

export const applicationSchema = z.strictObject(
  Object.fromEntries(FIELDS.map((f) => [f.name, fieldSchema(f)])) as unknown as Record<CreditFeature, z.ZodType<number>>,
) as z.ZodType<CreditApplication>;

export const scoreRequestSchema = z.strictObject({
  application: applicationSchema,
  /** Approval cutoff on the PD (default: the model's). */
  cutoff: z.number().gt(0, 'must be above 0').lt(1, 'must be below 1').optional(),
});

/** A user's own CSV model: any of its columns, numbers or codes; missing ones are null. */
export function customApplicationSchema(columns: readonly { name: string; kind: 'numeric' | 'categorical' }[]) {
  return z.strictObject(
    Object.fromEntries(columns.map((c) => [c.name, (c.kind === 'numeric' ? z.number() : z.union([z.string(), z.number()])).nullable().optional()])),
  );
}

export function isCompleteApplication(value: Record<string, unknown>): value is CreditApplication {
  return CREDIT_FEATURES.every((f) => typeof value[f] === 'number');
}
