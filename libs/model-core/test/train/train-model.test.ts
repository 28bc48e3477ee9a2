import { initRuntime } from '../../src/runtime/node';
import { tf } from '../../src/tf';
import { TrainingCancelledError, isAbortError } from '../../src/train/abort';
import { learningRateAt } from '../../src/train/learning-rate';
import { TrainingProgressEvent, type TrainingEvent } from '../../src/train/progress';
import { trainModel } from '../../src/train/train-model';
import { linearlySeparable, smallNet, tensorsOf, weightValues } from './toy-data';

let train: { x: tf.Tensor2D; y: tf.Tensor2D };
let validation: { x: tf.Tensor2D; y: tf.Tensor2D };

beforeAll(async () => {
  const runtime = await initRuntime({ backend: 'wasm' });
  expect(runtime.backend).toBe('wasm');
  train = tensorsOf(linearlySeparable(240, 1));
  validation = tensorsOf(linearlySeparable(80, 2));
});
afterAll(() => tf.dispose([train.x, train.y, validation.x, validation.y]));

describe('seeded reproducibility', () => {
  async function run(seed: number) {
    const model = smallNet(seed);
    const result = await trainModel(model, { train, validation }, {
      epochs: 3, batchSize: 32, seed, loss: 'binaryCrossentropy', metrics: ['accuracy'],
      optimizer: { name: 'adam', learningRate: 0.05 },
    });
    const weights = weightValues(model);
    model.dispose();
    return { history: result.history.map(({ loss, metrics }) => ({ loss, metrics })), weights };
  }

  it('gives identical metrics and weights for the same seed, and different ones for another seed', async () => {
    const first = await run(7);
    const second = await run(7);
    const other = await run(8);
    expect(second.history).toEqual(first.history);
    second.weights.forEach((values, index) => expect(values).toEqual(first.weights[index]));
    expect(other.history[2].loss).not.toBe(first.history[2].loss);
    // And it learned: the separable toy task reaches high validation accuracy.
    expect(first.history[2].metrics.val_accuracy).toBeGreaterThan(0.85);
  });
});

describe('early stopping', () => {
  it('stops after `patience` epochs without improvement and restores the best epoch weights', async () => {
    // Validation labels are the flipped training labels: the better the net fits the training data,
    // the worse the validation loss, so the best validation epoch is the first one.
    const flipped = { x: train.x, y: tf.sub(1, train.y) as tf.Tensor2D };
    const model = smallNet(3);
    const weightsAtEpoch = new Map<number, Float32Array[]>();
    const result = await trainModel(model, { train, validation: flipped }, {
      epochs: 20, batchSize: 60, loss: 'binaryCrossentropy', optimizer: { name: 'adam', learningRate: 0.05 },
      earlyStopping: { patience: 2 },
      onProgress: (event) => {
        if (event.type === 'epoch') weightsAtEpoch.set(event.epoch, weightValues(model));
      },
    });
    expect(result.status).toBe('early-stopped');
    expect(result.history).toHaveLength(3);
    expect(result.bestEpoch).toBe(1);
    expect(result.restoredBestWeights).toBe(true);
    const valLosses = result.history.map((epoch) => epoch.metrics.val_loss);
    expect(valLosses[1]).toBeGreaterThan(valLosses[0]);
    expect(valLosses[2]).toBeGreaterThan(valLosses[0]);
    const restored = weightValues(model);
    restored.forEach((values, index) => expect(values).toEqual(weightsAtEpoch.get(1)?.[index]));
    expect(restored[0]).not.toEqual(weightsAtEpoch.get(3)?.[0]);
    model.dispose();
    flipped.y.dispose();
  });
});

describe('cancellation', () => {
  it('stops between batches when the signal aborts, rejects with an AbortError and frees its tensors', async () => {
    const model = smallNet(4);
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const seen: TrainingEvent[] = [];
    const training = trainModel(model, { train, validation }, {
      epochs: 5, batchSize: 16, loss: 'binaryCrossentropy', metrics: ['accuracy'], signal: controller.signal,
      earlyStopping: { patience: 3 }, clipNorm: 1,
      onProgress: (event) => {
        seen.push(event);
        if (event.type === 'step' && event.step === 20) controller.abort();
      },
    });
    const error = await training.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TrainingCancelledError);
    expect(isAbortError(error)).toBe(true);
    expect((error as TrainingCancelledError).stepsCompleted).toBe(20);
    expect((error as TrainingCancelledError).history).toHaveLength(1); // 15 steps per epoch
    expect(seen.at(-1)).toMatchObject({ type: 'end', status: 'cancelled', steps: 20 });
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });

  it('hands the event loop turns, so an abort from a timer lands mid-epoch', async () => {
    const model = smallNet(5);
    const controller = new AbortController();
    let steps = 0;
    setTimeout(() => controller.abort(), 30);
    const error = await trainModel(model, { train }, {
      epochs: 1000, batchSize: 8, loss: 'binaryCrossentropy', signal: controller.signal, yieldIntervalMs: 5,
      onProgress: (event) => {
        if (event.type === 'step') steps = event.step;
      },
    }).catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeLessThan(1000 * 30);
    model.dispose();
  });

  it('rejects at once when the signal is already aborted', async () => {
    const model = smallNet(6);
    const error = await trainModel(model, { train }, { epochs: 1, loss: 'binaryCrossentropy', signal: AbortSignal.abort() }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TrainingCancelledError);
    model.dispose();
  });
});

describe('memory', () => {
  it('keeps the live tensor count flat across epochs', async () => {
    const model = smallNet(9);
    const counts: number[] = [];
    await trainModel(model, { train, validation }, {
      epochs: 5, batchSize: 32, loss: 'binaryCrossentropy', metrics: ['accuracy'], clipNorm: 1, classWeights: [1, 2],
      earlyStopping: { patience: 10 }, learningRateSchedule: { kind: 'cosine' }, optimizer: { name: 'adam', learningRate: 0.01 },
      onProgress: (event) => {
        if (event.type === 'epoch') counts.push(tf.memory().numTensors);
      },
    });
    // Epoch 1 creates the optimizer's slots and the best-weights copy; from then on nothing grows.
    expect(new Set(counts.slice(1)).size).toBe(1);
    model.dispose();
  });

  it('frees everything when the loss throws mid-training', async () => {
    const model = smallNet(11);
    const before = tf.memory().numTensors;
    let calls = 0;
    const failing = (yTrue: tf.Tensor | tf.Tensor[], yPred: tf.Tensor | tf.Tensor[]) => {
      calls += 1;
      if (calls === 3) throw new Error('loss failed');
      return tf.mean(tf.square(tf.sub(yTrue as tf.Tensor, yPred as tf.Tensor)), -1);
    };
    await expect(trainModel(model, { train }, { epochs: 1, batchSize: 32, loss: failing, clipNorm: 1, metrics: ['accuracy'] })).rejects.toThrow(
      'loss failed',
    );
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
  });
});

describe('progress events', () => {
  it('reports every step with a decreasing ETA, and sends the same events through an EventTarget', async () => {
    const model = smallNet(10);
    const events: TrainingEvent[] = [];
    const target = new EventTarget();
    const fromTarget: string[] = [];
    for (const type of ['start', 'step', 'epoch', 'end']) {
      target.addEventListener(type, (event) => fromTarget.push((event as TrainingProgressEvent).detail.type));
    }
    const schedule = { kind: 'step', everyEpochs: 1, factor: 0.5 } as const;
    await trainModel(model, { train }, {
      epochs: 2, batchSize: 48, loss: 'binaryCrossentropy', metrics: ['accuracy'], events: target,
      optimizer: { name: 'sgd', learningRate: 0.4 }, learningRateSchedule: schedule, onProgress: (event) => events.push(event),
    });
    const steps = events.filter((event) => event.type === 'step');
    expect(events[0]).toMatchObject({ type: 'start', epochs: 2, stepsPerEpoch: 5, totalSteps: 10, examples: 240 });
    expect(steps.map((event) => event.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps.at(-1)).toMatchObject({ epoch: 2, stepInEpoch: 5, etaSeconds: 0 });
    for (const event of steps) {
      expect(event.samplesPerSecond).toBeGreaterThan(0);
      expect(event.metrics.accuracy).toBeGreaterThanOrEqual(0);
      expect(event.learningRate).toBeCloseTo(learningRateAt(0.4, schedule, { step: event.step - 1, epochIndex: event.epoch - 1, totalSteps: 10 }), 10);
    }
    expect(steps[0].learningRate).toBe(0.4);
    expect(steps[9].learningRate).toBe(0.2);
    expect(events.filter((event) => event.type === 'epoch')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'end', status: 'completed', steps: 10 });
    expect(fromTarget).toEqual(events.map((event) => event.type));
    model.dispose();
  });
});
