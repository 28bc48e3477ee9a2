import { MetricWithCi } from '@atlas/ui';
import Link from 'next/link';
import { ANCHOR, MAP50_BAR } from '../../domain/card';
import { BEST_CONFIG, CONFIGS } from '../../domain/configs';
import type { VisionMetrics } from '../../domain/run-metrics';
import type { ConfigRun } from '../../server/page-data';

/** Where the best configuration stands against the bar, for a page that shows another model. */
function BestConfigLine({ best }: { best: ConfigRun | null }) {
  const title = CONFIGS[BEST_CONFIG].title;
  if (!best) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="best-config">
        The best configuration, {title}, has not been trained here yet: <code>npx nx run vision-detect:train-best</code> (about 15 minutes on one core).
      </p>
    );
  }
  const map50 = best.metrics.test.map50;
  const meets = map50.estimate >= MAP50_BAR;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="best-config">
      The best configuration, {title} (run {best.run.id}), reaches mAP@0.5 {map50.estimate.toFixed(3)} [{map50.lower.toFixed(2)}, {map50.upper.toFixed(2)}]:{' '}
      <strong>{meets ? 'it meets the bar' : 'below the bar'}</strong> of {MAP50_BAR}. It is not the served model; promote it on the{' '}
      <Link href="/train" className="underline">
        Train page
      </Link>{' '}
      to serve it, for its higher latency (see the tradeoff chart below).
    </p>
  );
}

/** The product's own bar for its best configuration, compared on the mAP@0.5 card. */
const BAR = { name: 'the product bar', value: MAP50_BAR, source: 'mAP@0.5 the best configuration must reach on the test images' };

export function HeadlineMetrics({ metrics, best }: { metrics: VisionMetrics; best: ConfigRun | null }) {
  const t = metrics.test;
  const ci = (i: typeof t.map50) => ({ low: i.lower, high: i.upper, level: i.level, method: i.method });
  return (
    <div className="grid gap-3">
      <div className="grid gap-4 sm:grid-cols-3" data-testid="headline">
        <MetricWithCi label="mAP@0.5 (test)" value={t.map50.estimate} ci={ci(t.map50)} anchor={BAR} />
        <MetricWithCi label="mAP@0.5:0.95 (COCO)" value={t.map.estimate} ci={ci(t.map)} />
        <MetricWithCi label="mAP@0.75" value={t.map75} />
      </div>
      {metrics.config === BEST_CONFIG ? null : <BestConfigLine best={best} />}
      <p className="text-sm text-slate-600 dark:text-slate-300">
        For scale: {ANCHOR.name} reaches {ANCHOR.value} mAP@0.5 ({ANCHOR.source}). This detector starts from random weights and learns from{' '}
        {metrics.dataset.images.train} images.
      </p>
    </div>
  );
}
