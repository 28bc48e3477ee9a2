// The wasm GatherV2 and Tile replacements against the cpu backend, on the shapes training uses and on
// the general ones (other axes, batch dims, int32 and bool data).
import { setSimdLoopsEnabled } from '../../src/kernels/simd-module';
import { tf } from '../../src/tf';
import { compareBackends, runOn, seededValues } from './backends';

const ids = (values: number[], shape?: number[]) => tf.tensor(Int32Array.from(values), shape ?? [values.length], 'int32');

// The wasm loop (memory.copy) and the TypeScript loop that engines without it run.
describe.each([
  ['wasm row copies', true],
  ['TypeScript row copies', false],
])('GatherV2 with %s', (_, simd) => {
  beforeAll(() => setSimdLoopsEnabled(simd));
  afterAll(() => setSimdLoopsEnabled(true));

  it('gathers embedding rows by a 2-D id tensor as cpu does', async () => {
    const table = seededValues(500 * 16, 1);
    const lookups = Array.from({ length: 6 * 7 }, (_, i) => (i * 37) % 500);
    const [error] = await compareBackends(() => tf.gather(tf.tensor2d(table, [500, 16]), ids(lookups, [6, 7])));
    expect(error).toBe(0);
  });

  it.each([
    ['axis 1 of a 3-D tensor', [4, 9, 5], 1, 0, [[8, 0, 3, 3]]],
    ['axis 2 (rows of one element)', [3, 4, 6], 2, 0, [[5, 0, 1]]],
    ['batch dims 1', [3, 7, 2], 1, 1, [[0, 6], [1, 1], [5, 2]]],
    ['a scalar index', [5, 3], 0, 0, 4],
  ] as const)('%s', async (_, shape, axis, batchDims, indexValues) => {
    const values = seededValues(shape.reduce((a: number, b: number) => a * b, 1), 2);
    const [error] = await compareBackends(() => {
      const index = typeof indexValues === 'number' ? tf.scalar(indexValues, 'int32') : tf.tensor2d(indexValues.map((row) => [...row]), undefined, 'int32');
      const source = tf.tensor(values, [...shape]);
      return tf.gather(source, batchDims === 0 && typeof indexValues !== 'number' ? index.reshape([-1]) : index, axis, batchDims);
    });
    expect(error).toBe(0);
  });

  it('gathers int32 and bool data bit for bit', async () => {
    const [ints, bools] = await runOn('wasm', () => [
      tf.gather(tf.tensor2d([[1, 2], [3, 4], [5, 6]], undefined, 'int32'), ids([2, 0, 2])),
      tf.cast(tf.gather(tf.tensor1d([true, false, true, false], 'bool'), ids([1, 2, 3, 0])), 'int32'),
    ]);
    expect(Array.from(ints)).toEqual([5, 6, 1, 2, 5, 6]);
    expect(Array.from(bools)).toEqual([0, 1, 0, 1]);
  });

  it('rejects an index outside the gathered axis, as the shipped kernels do', async () => {
    await expect(runOn('wasm', () => tf.gather(tf.tensor2d([[1], [2]]), ids([0, 2])))).rejects.toThrow('GatherV2: the index value 2 is not in [0, 1]');
  });
});

describe('Tile', () => {
  it.each([
    ['batch-norm statistics to an activation', [1, 1, 1, 6], [3, 5, 4, 1]],
    ['every axis', [2, 3, 2], [2, 3, 4]],
    ['a vector', [5], [3]],
    ['reps of one', [2, 3], [1, 1]],
  ] as const)('%s matches cpu', async (_, shape, reps) => {
    const values = seededValues(shape.reduce((a: number, b: number) => a * b, 1), 3);
    const [error] = await compareBackends(() => tf.tile(tf.tensor(values, [...shape]), [...reps]));
    expect(error).toBe(0);
  });

  it('tiles int32 and bool data, as computed by hand', async () => {
    const [ints, bools] = await runOn('wasm', () => [
      tf.tile(tf.tensor2d([[1, 2]], undefined, 'int32'), [2, 2]),
      tf.cast(tf.tile(tf.tensor1d([true, false], 'bool'), [3]), 'int32'),
    ]);
    expect(Array.from(ints)).toEqual([1, 2, 1, 2, 1, 2, 1, 2]);
    expect(Array.from(bools)).toEqual([1, 0, 1, 0, 1, 0]);
  });
});
