import { formatProgressLine, toServerSentEvent, type TrainingStepEvent } from '../../src/train/progress';

const step: TrainingStepEvent = {
  type: 'step', epoch: 2, epochs: 10, step: 120, totalSteps: 400, stepInEpoch: 20, stepsPerEpoch: 40,
  loss: 0.41234, batchLoss: 0.4, metrics: { accuracy: 0.81 }, learningRate: 0.001,
  samplesPerSecond: 1234, etaSeconds: 75, elapsedSeconds: 22,
};

describe('progress formatting', () => {
  it('turns a step into a terminal progress line', () => {
    expect(formatProgressLine(step)).toBe('epoch 2/10 [######..............] 120/400 loss 0.4123 accuracy 0.8100 1.2k/s ETA 1m15s');
  });

  it('reports the end, with restored weights', () => {
    const line = formatProgressLine({
      type: 'end', status: 'early-stopped', epochsRun: 7, steps: 280, totalSteps: 400, bestEpoch: 4,
      restoredBestWeights: true, elapsedSeconds: 3725, samplesPerSecond: 900,
    });
    expect(line).toBe('training early-stopped after 7 epochs (280 steps) in 1h02m, best weights of epoch 4 restored');
  });

  it('turns an event into one server-sent-event frame that parses back', () => {
    const frame = toServerSentEvent(step);
    expect(frame.startsWith('event: step\ndata: ')).toBe(true);
    expect(frame.endsWith('\n\n')).toBe(true);
    expect(frame.split('\n')).toHaveLength(4);
    expect(JSON.parse(frame.split('\n')[1].slice('data: '.length))).toEqual(step);
  });
});
