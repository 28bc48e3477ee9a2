import { MetricWithCi } from '@atlas/ui';
import { ANCHOR, MAP50_BAR } from '../../domain/card';
import type { VisionMetrics } from '../../domain/run-metrics';

export function HeadlineMetrics({ metrics }: { metrics: VisionMetrics }) {
  const t = metrics.test;
  const ci = (i: typeof t.map50) => ({ low: i.lower, high: i.upper, level: i.level, method: i.method });
  return (
    <div className="grid gap-4 sm:grid-cols-3" data-testid="headline">
      <MetricWithCi label="mAP@0.5 (test)" value={t.map50.estimate} ci={ci(t.map50)} anchor={ANCHOR} />
      <MetricWithCi label="mAP@0.5:0.95 (COCO)" value={t.map.estimate} ci={ci(t.map)} />
      <MetricWithCi label="mAP@0.75" value={t.map75} anchor={{ name: `the bar for mAP@0.5`, value: MAP50_BAR, source: 'issue 9' }} />
    </div>
  );
}
