// Many prediction logs in one statement. A serving process under load logs hundreds of predictions a
// second; one INSERT each costs a query compilation and a transaction each, which is more than the
// prediction itself. All or nothing: a batch with an invalid row or an unknown run writes nothing.
import { getPrisma } from './client';
import { RegistryError } from './errors';
import type { Prisma } from './generated/sqlite/client';
import { LogPredictionInputSchema, type LogPredictionInput } from './schemas';
import { parseInput } from './validate';

/** Writes the predictions in one statement; resolves with the number of rows written. */
export async function logPredictions(inputs: readonly LogPredictionInput[]): Promise<number> {
  if (inputs.length === 0) return 0;
  const data = inputs.map((input) => {
    const row = parseInput(LogPredictionInputSchema, 'prediction', input);
    return { ...row, redactedInput: row.redactedInput as Prisma.InputJsonValue, output: row.output as Prisma.InputJsonValue };
  });
  try {
    return (await getPrisma().prediction.createMany({ data })).count;
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === 'P2003') throw new RegistryError('not_found', 'a run of these predictions was not found');
    throw err;
  }
}
