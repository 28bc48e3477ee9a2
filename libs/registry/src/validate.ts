import type { z } from 'zod';
import { invalidInput } from './errors';

/** Parses input from outside; throws a RegistryError('invalid') naming the fields. */
export function parseInput<S extends z.ZodType>(schema: S, what: string, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(what, result.error);
  return result.data;
}
