// Trains a tiny CenterNet on generated squares and prints one JSON line with what happened. Run as
// its own Node process (see detector-learns.test.ts): under Jest's module sandbox the pure-JS cpu
// kernels run several times slower than in plain Node, and a training worker is a process anyway.
import '../../src/index';
import { intersectionOverUnion } from '../../src/models/detector/boxes';
import { buildDetector } from '../../src/models/detector/centernet';
import { initRuntime } from '../../src/runtime/node';
import { resetRuntimeForTesting } from '../../src/runtime/runtime-state';
import { tf } from '../../src/tf';
import { trainModel } from '../../src/train/train-model';
import { squareImages } from './square-images';

const SIZE = 32;
const CONV_KERNELS = ['Conv2DBackpropFilter', 'Conv2DBackpropInput'];

async function main(): Promise<void> {
  // wasm when it can compute conv gradients, else the cpu fallback.
  await initRuntime({ backend: 'wasm' });
  const missing = CONV_KERNELS.filter((kernel) => !tf.getKernel(kernel, 'wasm'));
  if (missing.length > 0) {
    resetRuntimeForTesting();
    await initRuntime({ backend: 'cpu' });
  }
  // Sized for the cpu fallback, whose Conv2DBackpropFilter costs about a microsecond per
  // multiply-add: two stages of 4 and 8 channels, 1x1 heads, 128 steps of 4 images.
  const detector = buildDetector({
    inputHeight: SIZE, inputWidth: SIZE, channels: 1, classes: 1, stageWidths: [4, 8], headWidth: 0, seed: 3,
  });
  const train = squareImages(64, SIZE, 1);
  const test = squareImages(32, SIZE, 2);
  const hitRate = () => {
    const found = detector.detect(test.images, { maxDetections: 5, scoreThreshold: 0.05 });
    return found.filter((boxes, index) => boxes[0] && intersectionOverUnion(boxes[0], test.boxes[index][0]) >= 0.5).length / found.length;
  };
  const untrained = hitRate();
  const targets = detector.encodeTargets(train.boxes);
  const tensorsBefore = tf.memory().numTensors;
  const result = await trainModel(detector.model, { train: { x: train.images, y: targets } }, {
    epochs: 8, batchSize: 4, seed: 1, loss: detector.loss,
    optimizer: { name: 'adam', learningRate: 0.03 }, learningRateSchedule: { kind: 'cosine' },
  });
  const tensorsAfter = tf.memory().numTensors;
  const report = {
    backend: tf.getBackend(),
    missingWasmKernels: missing,
    untrained,
    trained: hitRate(),
    firstLoss: result.history[0].loss,
    lastLoss: result.history.at(-1)?.loss,
    steps: result.steps,
    seconds: result.seconds,
    tensorsBefore,
    tensorsAfter,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
