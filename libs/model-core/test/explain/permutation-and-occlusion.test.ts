// Permutation importance on a model with a known irrelevant feature, and occlusion on an image
// with one bright patch.
import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { createSeededRandom } from '../../src/seeded-random';
import { occlusionSaliency, permutationImportance, predictRowsWith } from '../../src/explain';

const accuracy = (targets: number[], scores: number[]): number =>
  targets.filter((target, index) => (scores[index] > 0.5 ? 1 : 0) === target).length / targets.length;

describe('permutation importance', () => {
  const random = createSeededRandom(3);
  const rows = Array.from({ length: 300 }, () => [random() * 2 - 1, random() * 2 - 1, random() * 2 - 1]);
  // The target follows 3 x0 + x1; x2 is noise the model never looks at.
  const targets = rows.map(([a, b]) => (3 * a + b > 0 ? 1 : 0));
  let model: tf.Sequential;

  beforeAll(async () => {
    await initRuntime({ backend: 'wasm' });
    model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [3], units: 1, activation: 'sigmoid' }));
    model.setWeights([tf.tensor2d([6, 2, 0], [3, 1]), tf.tensor1d([0])]);
  });

  afterAll(() => model.dispose());

  it('ranks the strong feature first and the irrelevant one last with zero importance', async () => {
    const result = await permutationImportance({
      predict: predictRowsWith(model),
      rows,
      targets,
      metric: accuracy,
      repeats: 5,
      seed: 1,
      featureNames: ['strong', 'weak', 'irrelevant'],
    });
    expect(result.baselineScore).toBe(1);
    expect(result.features.map((feature) => feature.feature)).toEqual(['strong', 'weak', 'irrelevant']);
    const [strong, weak, irrelevant] = result.features;
    expect(strong.importanceMean).toBeGreaterThan(0.3);
    expect(weak.importanceMean).toBeGreaterThan(0.05);
    expect(weak.importanceMean).toBeLessThan(strong.importanceMean);
    expect(irrelevant.importanceMean).toBe(0);
    expect(irrelevant.importanceStd).toBe(0);
    expect(strong.importances).toHaveLength(5);
    // Population standard deviation of the repeats, by hand.
    const mean = strong.importances.reduce((sum, value) => sum + value, 0) / 5;
    const std = Math.sqrt(strong.importances.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 5);
    expect(strong.importanceStd).toBeCloseTo(std, 12);
    expect(strong.importanceStd).toBeGreaterThan(0);
  });

  it('repeats with the same seed and treats lower-is-better metrics the right way round', async () => {
    const logLoss = (targetValues: number[], scores: number[]): number =>
      -targetValues.reduce((sum, target, index) => {
        const p = Math.min(1 - 1e-7, Math.max(1e-7, scores[index]));
        return sum + target * Math.log(p) + (1 - target) * Math.log(1 - p);
      }, 0) / targetValues.length;
    const options = { predict: predictRowsWith(model), rows, targets, metric: logLoss, higherIsBetter: false, repeats: 3, seed: 8 };
    const first = await permutationImportance(options);
    const second = await permutationImportance(options);
    expect(second).toEqual(first);
    expect(first.features[0].index).toBe(0);
    expect(first.features[0].importanceMean).toBeGreaterThan(0);
    expect(first.features[2].index).toBe(2);
  });
});

describe('occlusion saliency', () => {
  beforeAll(async () => {
    await initRuntime({ backend: 'wasm' });
  });

  // A 12x12 grey image with one bright 3x3 square whose top-left corner is (6, 2).
  const image = Array.from({ length: 12 }, (_, y) =>
    Array.from({ length: 12 }, (__, x) => [y >= 6 && y < 9 && x >= 2 && x < 5 ? 1 : 0.1]),
  );

  it('finds the bright patch of a max-brightness model', () => {
    // Global max pooling scores the brightest pixel: only a patch that hides the whole square
    // lowers the score, and with stride 1 exactly one 3x3 patch does.
    const model = tf.sequential();
    model.add(tf.layers.globalMaxPooling2d({ inputShape: [12, 12, 1] }));
    const result = occlusionSaliency(model, image, { patchSize: 3, stride: 1, fillValue: 0 });
    expect(result.baselineScore).toBeCloseTo(1, 6);
    expect(result.patches).toHaveLength(100);
    expect(result.strongest).toMatchObject({ row: 6, column: 2 });
    expect(result.strongest.drop).toBeCloseTo(0.9, 5);
    expect(result.patches.filter((patch) => patch.drop > 1e-6)).toHaveLength(1);
    model.dispose();
  });

  it('makes the bright square the hottest region of a mean-brightness heatmap', () => {
    const meanBrightness = (batch: tf.Tensor): tf.Tensor => tf.mean(batch, [1, 2, 3]);
    const result = occlusionSaliency(meanBrightness, image, { patchSize: [2, 2], stride: 2, fillValue: 0.1 });
    expect(result.heatmap).toHaveLength(12);
    expect(result.heatmap[0]).toHaveLength(12);
    const hottest = Math.max(...result.heatmap.flat());
    // A 2x2 patch fully inside the square hides 4 bright pixels: 4 * 0.9 / 144 = 0.025, and only
    // the patch at (6, 2) lies fully inside.
    expect(hottest).toBeCloseTo((4 * 0.9) / 144, 6);
    const hotPixels: string[] = [];
    for (let y = 0; y < 12; y += 1) {
      for (let x = 0; x < 12; x += 1) {
        if (result.heatmap[y][x] > hottest - 1e-6) hotPixels.push(`${y},${x}`);
        // Filling with the background value changes nothing unless a patch touches the square,
        // and the stride-2 patches touching it reach at most row 9 and column 5.
        if (y < 6 || y > 9 || x < 2 || x > 5) expect(result.heatmap[y][x]).toBeCloseTo(0, 6);
      }
    }
    expect(hotPixels).toEqual(['6,2', '6,3', '7,2', '7,3']);
  });

  it('covers the edges when the stride does not divide the image', () => {
    const meanBrightness = (batch: tf.Tensor): tf.Tensor => tf.mean(batch, [1, 2, 3]);
    const result = occlusionSaliency(meanBrightness, image, { patchSize: 5, stride: 4 });
    // Offsets 0, 4 and the flush 7 on each axis.
    expect(new Set(result.patches.map((patch) => patch.row))).toEqual(new Set([0, 4, 7]));
    expect(result.heatmap[11][11]).not.toBe(0);
  });
});
