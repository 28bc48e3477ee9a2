import { MetricWithCi } from '@atlas/ui';
import { ANCHORS, ECE_BAR } from '../../domain/card';
import type { CreditMetrics } from '../../domain/run-metrics';

/** The headline figures with their intervals and what each is compared with. */
export function HeadlineMetrics({ metrics }: { metrics: CreditMetrics }) {
  const cv = metrics.crossValidation;
  const t = metrics.test;
  const baseRate = t.positives / t.count;
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {cv ? (
        <MetricWithCi
          label={`ROC AUC, ${cv.k}-fold CV mean`}
          value={cv.mean.auc}
          ci={{ low: cv.pooledAuc.lower, high: cv.pooledAuc.upper, level: cv.pooledAuc.level, method: `${cv.pooledAuc.method} of the pooled out-of-fold predictions` }}
          anchor={ANCHORS.lightgbm}
        />
      ) : null}
      <MetricWithCi label="ROC AUC, test set" value={t.auc.estimate} ci={{ low: t.auc.lower, high: t.auc.upper, level: t.auc.level, method: t.auc.method }} anchor={ANCHORS.logisticRaw} />
      <MetricWithCi label="KS statistic" value={t.ks.statistic} anchor={null} />
      <MetricWithCi label="PR AUC (average precision)" value={t.prAuc} anchor={{ name: 'random ranking (the default rate)', value: baseRate, source: 'share of defaults in the test set' }} />
      <MetricWithCi label="Brier score" value={t.brier} higherIsBetter={false} anchor={{ name: 'always predicting the default rate', value: baseRate * (1 - baseRate), source: 'p(1 - p) of the test set' }} />
      <MetricWithCi label="Expected calibration error" value={t.ece} higherIsBetter={false} digits={4} anchor={{ name: 'the bar', value: ECE_BAR, source: 'issue: ECE at most 0.02 after calibration' }} />
    </div>
  );
}
