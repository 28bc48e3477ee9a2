import { learningRateAt, validateSchedule } from '../../src/train/learning-rate';

const at = (step: number, epochIndex = 0, totalSteps = 100) => ({ step, epochIndex, totalSteps });

describe('learning-rate schedules (values worked out by hand)', () => {
  it('constant', () => {
    expect(learningRateAt(0.1, { kind: 'constant' }, at(57, 3))).toBe(0.1);
  });

  it('step decay multiplies by the factor every `everyEpochs` epochs', () => {
    const schedule = { kind: 'step', everyEpochs: 3, factor: 0.5 } as const;
    expect([0, 2, 3, 5, 6, 9].map((epoch) => learningRateAt(0.8, schedule, at(0, epoch)))).toEqual([0.8, 0.8, 0.4, 0.4, 0.2, 0.1]);
  });

  it('exponential decay is base * rate^(step / decaySteps)', () => {
    const schedule = { kind: 'exponential', decayRate: 0.5, decaySteps: 10 } as const;
    expect(learningRateAt(1, schedule, at(0))).toBe(1);
    expect(learningRateAt(1, schedule, at(10))).toBeCloseTo(0.5, 12);
    expect(learningRateAt(1, schedule, at(5))).toBeCloseTo(Math.SQRT1_2, 12);
    expect(learningRateAt(1, schedule, at(30))).toBeCloseTo(0.125, 12);
  });

  it('cosine goes from base to the floor along a half cosine, after a linear warm-up', () => {
    const schedule = { kind: 'cosine', minLearningRate: 0.1 } as const;
    // 101 steps: step 0 is the start, step 50 the middle, step 100 the end.
    expect(learningRateAt(1, schedule, at(0, 0, 101))).toBeCloseTo(1, 12);
    expect(learningRateAt(1, schedule, at(50, 0, 101))).toBeCloseTo(0.55, 12);
    expect(learningRateAt(1, schedule, at(25, 0, 101))).toBeCloseTo(0.1 + 0.9 * (1 + Math.SQRT1_2) / 2, 12);
    expect(learningRateAt(1, schedule, at(100, 0, 101))).toBeCloseTo(0.1, 12);

    const warm = { kind: 'cosine', warmupSteps: 4 } as const;
    expect([0, 1, 2, 3].map((step) => learningRateAt(2, warm, at(step, 0, 14)))).toEqual([0.5, 1, 1.5, 2]);
    expect(learningRateAt(2, warm, at(4, 0, 14))).toBeCloseTo(2, 12);
    expect(learningRateAt(2, warm, at(13, 0, 14))).toBeCloseTo(0, 12);
  });

  it('rejects schedules that would train at a zero or negative rate', () => {
    expect(() => validateSchedule({ kind: 'step', everyEpochs: 0, factor: 0.5 })).toThrow(/everyEpochs/);
    expect(() => validateSchedule({ kind: 'exponential', decayRate: 0, decaySteps: 10 })).toThrow(/decayRate/);
    expect(() => validateSchedule({ kind: 'cosine', warmupSteps: -1 })).toThrow(/warmupSteps/);
  });
});
