import { ConfusionMatrix, MetricWithCi, ReliabilityChart, RocChart, ThresholdChart } from '@atlas/ui';
import { PageHeader, taskFromQuery } from '../../src/components/PageHeader';
import { PrivacyTable } from '../../src/components/PrivacyTable';
import Link from 'next/link';
import { decisionCurve } from '../../src/domain/clinical';
import { TASKS } from '../../src/domain/tasks';
import { privacyTable, taskModelView } from '../../src/server/page-data';

export const dynamic = 'force-dynamic';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const task = taskFromQuery((await searchParams).task);
  const spec = TASKS[task];
  const [{ view, error }, privacy] = await Promise.all([taskModelView(task), privacyTable()]);
  const m = view?.metrics;
  return (
    <div className="space-y-6">
      <PageHeader task={task} path="/evaluate" />
      <h1 className="text-2xl font-semibold">Evaluate: {spec.name}</h1>
      {!m ? (
        <p role="alert">No model yet: {error}</p>
      ) : (
        <>
          <p className="text-sm text-gray-600">
            Run {view.runId} ({view.config}): {m.cv.k}-fold stratified cross-validation on {m.dataset.rows} patients ({(m.cv.prevalence * 100).toFixed(0)}% {spec.positiveLabel}); imputation and scaling fitted inside each training fold.
          </p>
          <div className="grid gap-4 md:grid-cols-3">
            <MetricWithCi label="ROC AUC (mean of folds)" value={m.cv.meanAuc} ci={{ low: m.cv.pooledAuc.lower, high: m.cv.pooledAuc.upper, level: m.cv.pooledAuc.level }} anchor={{ name: `bar ${spec.aucBar}`, value: spec.aucBar }} digits={3} />
            <MetricWithCi label="Brier score" value={m.cv.brier} ci={{ low: m.cv.brierCi.lower, high: m.cv.brierCi.upper, level: 0.95 }} higherIsBetter={false} digits={3} />
            <MetricWithCi label="Expected calibration error" value={m.cv.ece} anchor={{ name: 'before calibration', value: m.cv.eceUncalibrated }} higherIsBetter={false} digits={3} />
          </div>
          <p className="text-sm">Sensitivity at 90% specificity: {(m.cv.sensitivityAt90Specificity * 100).toFixed(1)}%. Fold AUCs: {m.cv.foldAuc.join(', ')}.</p>
          <section data-testid="roc-chart">
            <h2 className="font-semibold">ROC curve</h2>
            <RocChart points={m.roc} auc={m.cv.pooledAuc.estimate} />
          </section>
          <section data-testid="reliability-chart">
            <h2 className="font-semibold">Reliability (calibrated, out-of-fold)</h2>
            <ReliabilityChart bins={m.reliability} ece={m.cv.ece} />
          </section>
          <section data-testid="confusion-matrix">
            <h2 className="font-semibold">Confusion matrix at risk 50%</h2>
            <ConfusionMatrix labels={[spec.negativeLabel, spec.positiveLabel]} matrix={m.confusionAt50} />
          </section>
          <section data-testid="threshold-curves">
            <h2 className="font-semibold">Threshold curves</h2>
            <ThresholdChart points={m.thresholds.map((p) => ({ ...p }))} series={[{ key: 'sensitivity', label: 'Sensitivity' }, { key: 'specificity', label: 'Specificity' }, { key: 'ppv', label: 'PPV' }, { key: 'npv', label: 'NPV' }]} yDomain={[0, 1]} />
          </section>
          <section data-testid="decision-curve">
            <h2 className="font-semibold">Decision curve (net benefit)</h2>
            <p className="text-sm text-gray-600">
              Net benefit at a threshold probability t counts true positives minus false positives weighted by t/(1-t), per patient, at the cohort prevalence of{' '}
              {(m.cv.prevalence * 100).toFixed(0)}% (Vickers &amp; Elkin 2006). The model is worth using where its curve lies above both treat-all and treat-none; the Try page
              recomputes it for your prevalence.
            </p>
            <ThresholdChart title="Net benefit by threshold probability" points={decisionCurve(m.thresholds, m.cv.prevalence, -0.05)} series={[{ key: 'netBenefit', label: 'Model' }, { key: 'treatAll', label: 'Treat all' }, { key: 'treatNone', label: 'Treat none' }]} yDomain="auto" />
          </section>
          <p className="text-sm">
            <Link className="underline" href={`/model-card?task=${task}`}>The model card of this run</Link>: intended use, factors, metrics by hospital, ethical considerations and caveats.
          </p>
        </>
      )}
      <PrivacyTable rows={privacy} />
    </div>
  );
}
