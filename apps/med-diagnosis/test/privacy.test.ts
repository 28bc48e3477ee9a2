// The privacy and decision pieces the pages show, checked by hand: rounds read back from the
// streamed progress messages, the decision curve, per-hospital metrics and the AUC-vs-epsilon points.
import { decisionCurve } from '../src/domain/clinical';
import { currentFitRounds, parseRoundMessage, roundMessage } from '../src/domain/round-message';
import { PIMA } from '../src/domain/tasks';
import { groupMetrics } from '../src/domain/train-run';
import { epsilonPoints } from '../src/components/privacy/EpsilonChart';

describe('federated rounds in the progress stream', () => {
  it('writes and reads back a round, with and without epsilon', () => {
    const dp = `fold 2 of 5: ${roundMessage({ round: 3, rounds: 15, trainLoss: 0.51234, epsilon: 1.23456 })}`;
    expect(dp).toBe('fold 2 of 5: round 3 of 15, loss 0.5123, epsilon spent 1.235');
    expect(parseRoundMessage(dp)).toEqual({ fit: 'fold 2 of 5', round: 3, rounds: 15, trainLoss: 0.5123, epsilon: 1.235 });
    expect(parseRoundMessage(`final model: ${roundMessage({ round: 1, rounds: 20, trainLoss: 0.7 })}`)).toEqual({ fit: 'final model', round: 1, rounds: 20, trainLoss: 0.7 });
    expect(parseRoundMessage('fold 1 of 5: epoch 3')).toBeNull();
    expect(parseRoundMessage(null)).toBeNull();
  });

  it('keeps the rounds of the latest fit only', () => {
    const msgs = ['Run running.', 'fold 1 of 2: round 1 of 2, loss 0.7000', 'fold 1 of 2: round 2 of 2, loss 0.6000', 'fold 2 of 2: round 1 of 2, loss 0.6900', 'fold 2 of 2: round 2 of 2, loss 0.5900, epsilon spent 2.000'];
    expect(currentFitRounds(msgs).map((r) => [r.fit, r.round])).toEqual([['fold 2 of 2', 1], ['fold 2 of 2', 2]]);
    expect(currentFitRounds(msgs.slice(0, 3)).map((r) => r.round)).toEqual([1, 2]);
    expect(currentFitRounds(['Run queued.'])).toEqual([]);
  });
});

describe('decision curve', () => {
  it('gives net benefit for the model, treat-all and treat-none by hand', () => {
    // t = 0.2: odds 0.25. Model: 0.8 * 0.3 - 0.1 * 0.7 * 0.25 = 0.2225; treat all: 0.3 - 0.7 * 0.25 = 0.125.
    const [point] = decisionCurve([{ threshold: 0.2, sensitivity: 0.8, specificity: 0.9 }, { threshold: 0, sensitivity: 1, specificity: 0 }, { threshold: 0.99, sensitivity: 0, specificity: 1 }], 0.3);
    expect(point.threshold).toBe(0.2);
    expect(point.netBenefit).toBeCloseTo(0.2225, 12);
    expect(point.treatAll).toBeCloseTo(0.125, 12);
    expect(point.treatNone).toBe(0);
    expect(decisionCurve([{ threshold: 0, sensitivity: 1, specificity: 0 }], 0.3)).toEqual([]);
    // t = 0.9: treat all = 0.3 - 0.7 * 9 = -6, below the floor.
    expect(decisionCurve([{ threshold: 0.9, sensitivity: 0.1, specificity: 1 }], 0.3, -0.05)[0]).toEqual({ threshold: 0.9, netBenefit: expect.closeTo(0.03, 12), treatAll: null, treatNone: 0 });
  });
});

describe('per-hospital metrics', () => {
  it('counts sizes, prevalence and the rates at 50% within each band', () => {
    // Hospital 0: two patients (1 positive, ranked right: AUC 1); hospital 2: three negatives (no AUC).
    const keys = [0, 0, 2, 2, 2];
    const labels = [1, 0, 0, 0, 0];
    const risks = [0.9, 0.2, 0.6, 0.1, 0.2];
    const groups = groupMetrics(PIMA, keys, labels, risks);
    expect(groups).toHaveLength(5);
    expect(groups[0]).toEqual({ name: PIMA.hospitals.names[0], size: 2, positives: 1, auc: 1, meanRisk: 0.55, sensitivity: 1, specificity: 1 });
    expect(groups[1]).toMatchObject({ size: 0, positives: 0, auc: null, sensitivity: null, specificity: null });
    expect(groups[2]).toMatchObject({ size: 3, positives: 0, auc: null, meanRisk: 0.3, sensitivity: null });
    expect(groups[2].specificity).toBeCloseTo(2 / 3, 4);
  });
});

describe('AUC against epsilon', () => {
  it('picks the federated-dp runs of a task at epsilon 1, 3 and 8 and the references', () => {
    const row = (config: string, auc: number, epsilon: number | null = null) => ({ task: 'wdbc', config, kind: 'x', auc, targetEpsilon: epsilon, epsilon, runId: config });
    const points = epsilonPoints([row('wdbc-federated-dp-eps1', 0.984, 1), row('wdbc-federated-dp', 0.988, 3), row('wdbc-logistic', 0.995), row('federated-dp', 0.82, 3)], 'wdbc');
    expect(points.dp).toEqual([
      { epsilon: 1, auc: 0.984, spent: 1 },
      { epsilon: 3, auc: 0.988, spent: 3 },
      { epsilon: 8, auc: null, spent: null },
    ]);
    expect(points).toMatchObject({ centralized: 0.995, federated: null });
  });
});
