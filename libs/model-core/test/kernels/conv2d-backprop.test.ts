// The wasm Conv2DBackpropFilter / Conv2DBackpropInput against the cpu backend, reached the way
// training reaches them: through the gradient of conv2d (plain and fused).
import { setSimdLoopsEnabled } from '../../src/kernels/simd-module';
import { createSeededRandom } from '../../src/seeded-random';
import { tf } from '../../src/tf';
import { compareBackends, runOn, seededValues } from './backends';

interface ConvCase {
  batch: number;
  height: number;
  width: number;
  inChannels: number;
  outChannels: number;
  filterHeight: number;
  filterWidth: number;
  strides: [number, number];
  pad: 'same' | 'valid' | tf.backend_util.ExplicitPadding;
  seed: number;
}

function randomCases(count: number, seed: number): ConvCase[] {
  const random = createSeededRandom(seed);
  const pick = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const cases: ConvCase[] = [];
  for (let i = 0; i < count; i++) {
    const filterHeight = pick(1, 3) + (i % 7 === 0 ? 2 : 0);
    const filterWidth = pick(1, 3);
    // Explicit, asymmetric padding covers the general path; a numeric pad is left out because
    // TensorFlow.js 4.22 computes a wrong output width with it for non-square filters.
    const explicit: tf.backend_util.ExplicitPadding = [[0, 0], [pick(0, 2), pick(0, 2)], [pick(0, 2), pick(0, 2)], [0, 0]];
    const pads = ['same', 'valid', explicit] as const;
    const stride = pick(1, 2);
    cases.push({
      batch: pick(1, 4),
      height: pick(filterHeight, 11),
      width: pick(filterWidth, 11),
      inChannels: pick(1, 8),
      outChannels: pick(1, 8),
      filterHeight,
      filterWidth,
      strides: i % 5 === 4 ? [stride, 3 - stride] : [stride, stride],
      pad: pads[i % pads.length],
      seed: 100 + i,
    });
  }
  return cases;
}

function describeCase(c: ConvCase): string {
  const pad = typeof c.pad === 'string' ? c.pad : `[${c.pad.slice(1, 3).map((side) => side.join(','))}]`;
  return `x [${c.batch},${c.height},${c.width},${c.inChannels}] w [${c.filterHeight},${c.filterWidth},${c.inChannels},${c.outChannels}] strides ${c.strides} pad ${pad}`;
}

/** Gradients of sum(conv2d(x, w) * r) with respect to x and w; r makes every output position count differently. */
function convGradients(c: ConvCase, fused: boolean): () => tf.Tensor[] {
  return () => {
    const x = tf.tensor4d(seededValues(c.batch * c.height * c.width * c.inChannels, c.seed), [c.batch, c.height, c.width, c.inChannels]);
    const w = tf.tensor4d(
      seededValues(c.filterHeight * c.filterWidth * c.inChannels * c.outChannels, c.seed + 1),
      [c.filterHeight, c.filterWidth, c.inChannels, c.outChannels],
    );
    const bias = tf.tensor1d(seededValues(c.outChannels, c.seed + 2));
    const y = fused
      ? tf.fused.conv2d({ x, filter: w, strides: c.strides, pad: c.pad, bias, activation: 'relu' })
      : tf.conv2d(x, w, c.strides, c.pad);
    const r = tf.tensor(seededValues(y.size, c.seed + 3), y.shape);
    const loss = (xs: tf.Tensor, ws: tf.Tensor) =>
      tf.sum(tf.mul(fused ? tf.fused.conv2d({ x: xs as tf.Tensor4D, filter: ws as tf.Tensor4D, strides: c.strides, pad: c.pad, bias, activation: 'relu' }) : tf.conv2d(xs as tf.Tensor4D, ws as tf.Tensor4D, c.strides, c.pad), r));
    return [y, ...tf.grads(loss)([x, w])];
  };
}

const TOLERANCE = 1e-4;

describe('conv2d gradients on wasm match the cpu backend', () => {
  const cases = randomCases(36, 2024);

  it.each(cases.map((c) => [describeCase(c), c] as const))('%s', async (_, c) => {
    const [forward, dx, dw] = await compareBackends(convGradients(c, false));
    expect(forward).toBeLessThan(TOLERANCE);
    expect(dx).toBeLessThan(TOLERANCE);
    expect(dw).toBeLessThan(TOLERANCE);
  });

  it.each(cases.slice(0, 8).map((c) => [describeCase(c), c] as const))('fused conv2d + bias + relu: %s', async (_, c) => {
    const errors = await compareBackends(convGradients(c, true));
    for (const error of errors) expect(error).toBeLessThan(TOLERANCE);
  });

  it('covers batch 1..4, channels 1..8, strides 1 and 2, same and valid padding', () => {
    expect(new Set(cases.map((c) => c.batch))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(cases.flatMap((c) => c.strides))).toEqual(new Set([1, 2]));
    expect(new Set(cases.map((c) => (typeof c.pad === 'string' ? c.pad : 'explicit')))).toEqual(new Set(['same', 'valid', 'explicit']));
    expect(Math.min(...cases.map((c) => c.inChannels))).toBe(1);
    expect(Math.max(...cases.map((c) => c.outChannels))).toBe(8);
  });
});

describe('without the wasm SIMD loops (engines that lack them use TypeScript patch loops)', () => {
  beforeAll(() => setSimdLoopsEnabled(false));
  afterAll(() => setSimdLoopsEnabled(true));
  it.each(randomCases(8, 99).map((c) => [describeCase(c), c] as const))('%s', async (_, c) => {
    const [forward, dx, dw] = await compareBackends(convGradients(c, false));
    expect(Math.max(forward, dx, dw)).toBeLessThan(TOLERANCE);
  });
});

describe('the detector-sized layers', () => {
  it.each([
    ['stride 2, same, 16 -> 32 channels', { batch: 2, height: 32, width: 32, inChannels: 16, outChannels: 32, filterHeight: 3, filterWidth: 3, strides: [2, 2], pad: 'same', seed: 7 }],
    ['stride 1, same, 8 -> 16 channels', { batch: 2, height: 24, width: 20, inChannels: 8, outChannels: 16, filterHeight: 3, filterWidth: 3, strides: [1, 1], pad: 'same', seed: 8 }],
    ['1x1 head', { batch: 3, height: 16, width: 16, inChannels: 32, outChannels: 5, filterHeight: 1, filterWidth: 1, strides: [1, 1], pad: 'valid', seed: 9 }],
  ] as [string, ConvCase][])('%s', async (_, c) => {
    const [forward, dx, dw] = await compareBackends(convGradients(c, false));
    expect(Math.max(forward, dx, dw)).toBeLessThan(TOLERANCE);
  });
});

describe('finite differences', () => {
  // L(x, w) = sum(conv2d(x, w) * r) is linear in each of x and w, so a central difference equals the
  // derivative up to float32 rounding of L, whatever the step.
  const c: ConvCase = { batch: 2, height: 5, width: 6, inChannels: 3, outChannels: 2, filterHeight: 3, filterWidth: 3, strides: [2, 2], pad: 'same', seed: 42 };
  const xShape: [number, number, number, number] = [c.batch, c.height, c.width, c.inChannels];
  const wShape: [number, number, number, number] = [c.filterHeight, c.filterWidth, c.inChannels, c.outChannels];
  const xValues = seededValues(xShape.reduce((a, b) => a * b), 1);
  const wValues = seededValues(wShape.reduce((a, b) => a * b), 2);
  const rValues = seededValues(c.batch * 3 * 3 * c.outChannels, 3);
  const loss = (x: Float32Array, w: Float32Array) =>
    tf.sum(tf.mul(tf.conv2d(tf.tensor4d(x, xShape), tf.tensor4d(w, wShape), c.strides, c.pad), tf.tensor4d(rValues, [c.batch, 3, 3, c.outChannels])));

  it('the wasm gradients agree with central differences of the loss', async () => {
    const [dx, dw] = await runOn('wasm', () =>
      tf.grads((x: tf.Tensor, w: tf.Tensor) =>
        tf.sum(tf.mul(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, c.strides, c.pad), tf.tensor4d(rValues, [c.batch, 3, 3, c.outChannels]))),
      )([tf.tensor4d(xValues, xShape), tf.tensor4d(wValues, wShape)]),
    );
    const step = 0.25;
    const central = async (which: 'x' | 'w', index: number) => {
      const shifted = (delta: number) => {
        const x = Float32Array.from(xValues);
        const w = Float32Array.from(wValues);
        (which === 'x' ? x : w)[index] += delta;
        return loss(x, w);
      };
      const [plus, minus] = await runOn('wasm', () => [shifted(step), shifted(-step)]);
      return (plus[0] - minus[0]) / (2 * step);
    };
    for (const index of [0, 7, 23, wValues.length - 1]) {
      expect(Math.abs((await central('w', index)) - dw[index])).toBeLessThan(1e-4 * Math.max(1, Math.abs(dw[index])));
    }
    for (const index of [0, 13, 44, xValues.length - 1]) {
      expect(Math.abs((await central('x', index)) - dx[index])).toBeLessThan(1e-4 * Math.max(1, Math.abs(dx[index])));
    }
    // Not all zero: the check above would pass trivially for a kernel that returned zeros.
    expect(Math.max(...dw.map(Math.abs))).toBeGreaterThan(0.1);
    expect(Math.max(...dx.map(Math.abs))).toBeGreaterThan(0.1);
  });
});
